// Confirmation before a platform is disconnected: Brandwright forgets the tokens and asks the
// platform to revoke them.
import type { PlatformConnection } from '@brandwright/contracts';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import type { useDisconnectPlatform } from '../../queries/platforms';

interface DisconnectDialogProps {
  connection: PlatformConnection | null;
  mutation: ReturnType<typeof useDisconnectPlatform>;
  onClose: () => void;
  onDisconnected: (connection: PlatformConnection) => void;
}

export function DisconnectDialog({ connection, mutation, onClose, onDisconnected }: DisconnectDialogProps) {
  const name = connection?.displayName ?? '';
  return (
    <ConfirmDialog
      open={connection !== null}
      onClose={onClose}
      title={`Disconnect ${name}?`}
      action={mutation}
      confirmLabel={`Disconnect ${name}`}
      pendingLabel="Disconnecting…"
      onConfirm={() =>
        connection && mutation.mutate(connection.platform, { onSuccess: () => onDisconnected(connection) })
      }
    >
      <p className="text-sm text-slate-700">
        Brandwright deletes its access to{' '}
        <span className="font-medium">{connection?.account?.handle ?? name}</span> and asks {name} to revoke
        it. Scheduled posts for {name} will not go out until you connect again.
      </p>
    </ConfirmDialog>
  );
}
