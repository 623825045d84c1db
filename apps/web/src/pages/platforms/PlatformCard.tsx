// One platform: status, the connected account (avatar, name, handle), token health with days left,
// the Sandbox badge, granted scopes, and connect / reconnect / disconnect.
import type { PlatformConnection } from '@brandwright/contracts';
import { useId, useState } from 'react';
import { Button } from '../../components/Button';
import {
  BlueskyConnectForm,
  MastodonConnectForm,
  MediumConnectForm,
  OAuthConnectButton,
} from './ConnectForms';
import { handleText } from './handleText';
import { describeHealth, type HealthTone } from './health';

interface PlatformCardProps {
  connection: PlatformConnection;
  onDisconnect: (connection: PlatformConnection) => void;
  onConnected: (message: string) => void;
}

const HOW: Record<PlatformConnection['connectMethod'], string> = {
  oauth: 'Sign in with the platform and approve Brandwright.',
  instance_oauth: 'Name your instance, then approve Brandwright there.',
  app_password: 'Connect with your handle and an app password.',
  integration_token: 'Connect with an integration token.',
};

const TONES: Record<HealthTone, string> = {
  good: 'bg-emerald-50 text-emerald-800 ring-emerald-200',
  warning: 'bg-amber-50 text-amber-900 ring-amber-200',
  danger: 'bg-red-50 text-red-800 ring-red-200',
};

function Avatar({ url, name }: { url: string | undefined; name: string }) {
  const [failed, setFailed] = useState(false);
  const initials = name
    .split(/\s+/)
    .map((part) => part[0] ?? '')
    .join('')
    .slice(0, 2)
    .toUpperCase();
  if (!url || failed)
    return (
      <span
        aria-hidden="true"
        className="flex size-12 shrink-0 items-center justify-center rounded-full bg-indigo-100 font-semibold text-indigo-800"
      >
        {initials || '?'}
      </span>
    );
  return (
    <img
      src={url}
      alt=""
      onError={() => setFailed(true)}
      className="size-12 shrink-0 rounded-full bg-slate-100"
    />
  );
}

function Account({ connection }: { connection: PlatformConnection }) {
  const account = connection.account;
  if (!account) return <p className="text-sm text-slate-600">{HOW[connection.connectMethod]}</p>;
  const handle = handleText(account.handle, account.displayName);
  const label = handle ?? 'Profile';
  return (
    <div className="flex items-center gap-3">
      <Avatar url={account.avatarUrl} name={account.displayName} />
      <div className="min-w-0">
        <p className="truncate font-medium text-slate-900">{account.displayName}</p>
        <p className="truncate text-sm text-slate-600">
          {account.profileUrl ? (
            <a
              href={account.profileUrl}
              target="_blank"
              rel="noreferrer noopener"
              className="hover:underline"
            >
              {label}
            </a>
          ) : (
            handle
          )}
          {account.serverUrl && <span className="text-slate-500"> · {new URL(account.serverUrl).host}</span>}
        </p>
        {account.serverUrl && account.maxPostLength && (
          <p className="text-xs text-slate-500">
            Posts up to {account.maxPostLength.toLocaleString('en-US')} characters on this instance
          </p>
        )}
      </div>
    </div>
  );
}

function Health({ connection }: { connection: PlatformConnection }) {
  if (!connection.tokenHealth) return null;
  const health = describeHealth(connection.tokenHealth);
  return (
    <div className="flex flex-wrap items-baseline gap-x-2 gap-y-1 text-sm">
      <span
        className={`rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ring-inset ${TONES[health.tone]}`}
      >
        {health.label}
      </span>
      <span className="text-slate-600">{health.detail}</span>
      {connection.analytics === 'stopped' && (
        <span className="text-slate-600">Analytics stopped for this connection: reconnect to resume.</span>
      )}
    </div>
  );
}

function Scopes({ scopes }: { scopes: string[] }) {
  if (scopes.length === 0) return null;
  return (
    <div className="text-xs text-slate-600">
      <span className="font-medium text-slate-700">Permissions: </span>
      {scopes.map((scope, index) => (
        <span key={scope}>
          {index > 0 && ', '}
          <code className="rounded bg-slate-100 px-1 py-0.5">{scope}</code>
        </span>
      ))}
    </div>
  );
}

function ConnectControl({ connection, onConnected }: Omit<PlatformCardProps, 'onDisconnect'>) {
  switch (connection.connectMethod) {
    case 'oauth':
      return <OAuthConnectButton connection={connection} />;
    case 'instance_oauth':
      return <MastodonConnectForm connection={connection} />;
    case 'app_password':
      return <BlueskyConnectForm connection={connection} onConnected={onConnected} />;
    case 'integration_token':
      return <MediumConnectForm connection={connection} onConnected={onConnected} />;
  }
}

export function PlatformCard({ connection, onDisconnect, onConnected }: PlatformCardProps) {
  const headingId = useId();
  const [formOpen, setFormOpen] = useState(false);
  const oauth = connection.connectMethod === 'oauth';
  // OAuth reconnects are one click; the others need their form again.
  const showConnect = !connection.connected || oauth || formOpen;
  return (
    <article
      aria-labelledby={headingId}
      className="flex flex-col gap-4 rounded-xl border border-slate-200 bg-white p-6 shadow-sm"
    >
      <header className="flex items-start justify-between gap-3">
        <h2 id={headingId} className="text-lg font-semibold text-slate-900">
          {connection.displayName}
        </h2>
        <div className="flex shrink-0 gap-2">
          {connection.sandbox && (
            <span
              className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900"
              title="Connected to the bundled platform emulator, not the real platform"
            >
              Sandbox
            </span>
          )}
          <span
            className={`rounded-full px-2 py-0.5 text-xs font-semibold ${connection.connected ? 'bg-indigo-50 text-indigo-800' : 'bg-slate-100 text-slate-700'}`}
          >
            {connection.connected ? 'Connected' : 'Not connected'}
          </span>
        </div>
      </header>
      <Account connection={connection} />
      <Health connection={connection} />
      <Scopes scopes={connection.scopes} />
      <div className="mt-auto flex flex-wrap items-end gap-3">
        {showConnect && (
          <ConnectControl
            connection={connection}
            onConnected={(message) => {
              setFormOpen(false);
              onConnected(message);
            }}
          />
        )}
        {connection.connected && !oauth && !formOpen && (
          <Button variant="secondary" onClick={() => setFormOpen(true)}>
            Reconnect {connection.displayName}
          </Button>
        )}
        {connection.connected && (
          <Button variant="ghost" onClick={() => onDisconnect(connection)}>
            Disconnect
          </Button>
        )}
      </div>
    </article>
  );
}
