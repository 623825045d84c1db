// `/platforms`: every platform as a card (connect, reconnect, disconnect, token health, sandbox
// badge), what the OAuth callback reported, and a first-steps note for users with nothing connected.
import type { PlatformConnection } from '@brandwright/contracts';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { Alert, LiveMessage } from '../../components/Alert';
import { ErrorState } from '../../components/ErrorState';
import { PageLoader } from '../../components/Spinner';
import { useDisconnectPlatform, usePlatforms } from '../../queries/platforms';
import { CallbackNotice } from './CallbackNotice';
import { DisconnectDialog } from './DisconnectDialog';
import { PlatformCard } from './PlatformCard';

function EmptyState({ sandbox }: { sandbox: boolean }) {
  return (
    <Alert tone="info" title="No platforms connected yet">
      Connect the places you publish to, and Brandwright can post your drafts there on schedule and learn from
      how they do.
      {sandbox &&
        ' Platforms marked Sandbox run on the bundled emulator: try everything safely, nothing reaches the real platform.'}
    </Alert>
  );
}

export function PlatformsPage() {
  const platforms = usePlatforms();
  const disconnect = useDisconnectPlatform();
  const [confirming, setConfirming] = useState<PlatformConnection | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [, setParams] = useSearchParams();
  // One message at a time: a newer one replaces what the OAuth callback reported.
  const say = (message: string | null) => {
    setParams({}, { replace: true });
    setNotice(message);
  };
  if (platforms.isPending) return <PageLoader label="Loading your platforms…" />;
  if (platforms.isError)
    return (
      <ErrorState
        error={platforms.error}
        onRetry={() => void platforms.refetch()}
        retrying={platforms.isFetching}
      />
    );
  const connections = platforms.data;
  const none = connections.every((c) => !c.connected);
  return (
    <div className="space-y-8">
      <title>Platforms · Brandwright</title>
      <div>
        <h1 className="text-3xl font-semibold tracking-tight text-slate-900">Platforms</h1>
        <p className="mt-2 max-w-2xl text-slate-600">
          Connect your accounts so Brandwright can publish for you. Your access is stored encrypted, and you
          can disconnect at any time.
        </p>
      </div>
      <CallbackNotice connections={connections} />
      <LiveMessage tone="success" message={notice} />
      {none && <EmptyState sandbox={connections.some((c) => c.sandbox)} />}
      <ul className="grid gap-6 md:grid-cols-2" aria-label="Platforms">
        {connections.map((connection) => (
          <li key={connection.platform} className="flex">
            <div className="w-full">
              <PlatformCard
                connection={connection}
                onDisconnect={(c) => {
                  say(null);
                  setConfirming(c);
                }}
                onConnected={say}
              />
            </div>
          </li>
        ))}
      </ul>
      <DisconnectDialog
        connection={confirming}
        mutation={disconnect}
        onClose={() => setConfirming(null)}
        onDisconnected={(c) => {
          setConfirming(null);
          disconnect.reset();
          say(`${c.displayName} disconnected.`);
        }}
      />
    </div>
  );
}
