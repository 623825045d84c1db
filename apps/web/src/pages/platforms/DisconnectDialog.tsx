// Confirmation before a platform is disconnected: Brandwright forgets the tokens and asks the
// platform to revoke them.
import type { PlatformConnection } from '@brandwright/contracts';
import { useId } from 'react';
import { Button } from '../../components/Button';
import { describeError } from '../../components/ErrorState';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { Modal } from '../../components/Modal';
import type { useDisconnectPlatform } from '../../queries/platforms';

interface DisconnectDialogProps {
  connection: PlatformConnection | null;
  mutation: ReturnType<typeof useDisconnectPlatform>;
  onClose: () => void;
  onDisconnected: (connection: PlatformConnection) => void;
}

export function DisconnectDialog({ connection, mutation, onClose, onDisconnected }: DisconnectDialogProps) {
  const titleId = useId();
  const close = () => {
    if (mutation.isPending) return;
    mutation.reset();
    onClose();
  };
  return (
    <Modal open={connection !== null} onClose={close} labelledBy={titleId}>
      {connection && (
        <div className="space-y-5 p-6 sm:p-8">
          <h2 id={titleId} className="text-lg font-semibold">
            Disconnect {connection.displayName}?
          </h2>
          <p className="text-sm text-slate-700">
            Brandwright deletes its access to{' '}
            <span className="font-medium">{connection.account?.handle ?? connection.displayName}</span> and
            asks {connection.displayName} to revoke it. Scheduled posts for {connection.displayName} will not
            go out until you connect again.
          </p>
          {mutation.isError && <FormErrorAlert message={describeError(mutation.error)} details={[]} />}
          <div className="flex flex-col-reverse gap-3 sm:flex-row sm:justify-end">
            <Button variant="secondary" onClick={close} disabled={mutation.isPending}>
              Cancel
            </Button>
            <Button
              variant="danger"
              pending={mutation.isPending}
              pendingLabel="Disconnecting…"
              onClick={() =>
                mutation.mutate(connection.platform, { onSuccess: () => onDisconnected(connection) })
              }
            >
              Disconnect {connection.displayName}
            </Button>
          </div>
        </div>
      )}
    </Modal>
  );
}
