// Confirmation before an older version becomes the newest one (nothing is lost: restoring adds a
// version). A 412 means the piece changed meanwhile; the dialog says so.
import { useId } from 'react';
import { isApiError } from '../../../api/errors';
import { Button } from '../../../components/Button';
import { describeError } from '../../../components/ErrorState';
import { FormErrorAlert } from '../../../components/FormErrorAlert';
import { Modal } from '../../../components/Modal';
import type { useRestoreVersion } from '../../../queries/content';

interface RestoreDialogProps {
  version: number | null;
  /** The piece's revision, sent as If-Match. */
  current: number;
  /** The newest text version: the text being replaced. */
  currentText: number;
  mutation: ReturnType<typeof useRestoreVersion>;
  onClose: () => void;
  onRestored: () => void;
}

export function RestoreDialog({
  version,
  current,
  currentText,
  mutation,
  onClose,
  onRestored,
}: RestoreDialogProps) {
  const titleId = useId();
  const close = () => {
    if (mutation.isPending) return;
    mutation.reset();
    onClose();
  };
  const conflict = isApiError(mutation.error) && mutation.error.status === 412;
  return (
    <Modal open={version !== null} onClose={close} labelledBy={titleId}>
      {version !== null && (
        <div className="space-y-5 p-6 sm:p-8">
          <h2 id={titleId} className="text-lg font-semibold">
            Restore version {version}?
          </h2>
          <p className="text-sm text-slate-700">
            Its text becomes the newest version. Version {currentText}, the current text, stays in the
            history, so you can come back to it. Unsaved changes in the editor are replaced.
          </p>
          {mutation.isError && (
            <FormErrorAlert
              message={
                conflict
                  ? 'This piece changed since you opened it. Close this dialog, reload and try again.'
                  : describeError(mutation.error)
              }
              details={[]}
            />
          )}
          <div className="flex flex-col-reverse gap-3 sm:flex-row sm:justify-end">
            <Button variant="secondary" onClick={close} disabled={mutation.isPending}>
              Cancel
            </Button>
            <Button
              pending={mutation.isPending}
              pendingLabel="Restoring…"
              onClick={() => mutation.mutate({ version, current }, { onSuccess: onRestored })}
            >
              Restore version {version}
            </Button>
          </div>
        </div>
      )}
    </Modal>
  );
}
