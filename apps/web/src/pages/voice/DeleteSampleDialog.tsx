// Confirmation before a sample is deleted; the profile is re-learned without it.
import type { VoiceSample } from '@brandwright/contracts';
import { useId } from 'react';
import { Button } from '../../components/Button';
import { describeError } from '../../components/ErrorState';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { Modal } from '../../components/Modal';
import type { useDeleteSample } from '../../queries/voice';
import { preview } from './format';

interface DeleteSampleDialogProps {
  sample: VoiceSample | null;
  mutation: ReturnType<typeof useDeleteSample>;
  onClose: () => void;
  onDeleted: () => void;
}

export function DeleteSampleDialog({ sample, mutation, onClose, onDeleted }: DeleteSampleDialogProps) {
  const titleId = useId();
  const close = () => {
    if (mutation.isPending) return;
    mutation.reset();
    onClose();
  };
  return (
    <Modal open={sample !== null} onClose={close} labelledBy={titleId}>
      {sample && (
        <div className="space-y-5 p-6 sm:p-8">
          <h2 id={titleId} className="text-lg font-semibold">
            Delete this sample?
          </h2>
          <blockquote className="border-l-4 border-slate-200 pl-3 text-sm text-slate-600 italic">
            {preview(sample.text, 160)}
          </blockquote>
          <p className="text-sm text-slate-700">
            Brandwright will stop learning from it and update your voice profile. This cannot be undone.
          </p>
          {mutation.isError && <FormErrorAlert message={describeError(mutation.error)} details={[]} />}
          <div className="flex flex-col-reverse gap-3 sm:flex-row sm:justify-end">
            <Button variant="secondary" onClick={close} disabled={mutation.isPending}>
              Cancel
            </Button>
            <Button
              variant="danger"
              pending={mutation.isPending}
              pendingLabel="Deleting…"
              onClick={() => mutation.mutate(sample.id, { onSuccess: onDeleted })}
            >
              Delete sample
            </Button>
          </div>
        </div>
      )}
    </Modal>
  );
}
