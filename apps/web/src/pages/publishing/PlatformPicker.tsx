// The platform checkboxes of the schedule dialog: connected platforms can be picked; the others say
// so and link to the Platforms page. Each platform carries its own error (from the preview or the
// server's errors[].path "platforms.N"), tied to its checkbox with aria-describedby.
import type { Platform, PlatformConnection } from '@brandwright/contracts';
import { Link } from 'react-router';
import { PLATFORM_LABELS, PLATFORMS } from '../content/labels';
import { handleText } from '../platforms/handleText';

interface PlatformPickerProps {
  idPrefix: string;
  /** null while the connections load or when they could not be loaded (the server then decides). */
  connections: readonly PlatformConnection[] | null;
  value: readonly Platform[];
  onChange: (platforms: Platform[]) => void;
  /** Error per platform, and one for the group ("pick at least one"). */
  errors: Partial<Record<Platform, string>>;
  groupError: string | undefined;
}

function connectionNote(connection: PlatformConnection | undefined): string | null {
  if (!connection?.connected) return null;
  const health = connection.tokenHealth?.status;
  if (health === 'expired' || health === 'revoked') return 'Reconnect needed before it can publish';
  const account = connection.account;
  if (!account) return 'Connected';
  return `Connected as ${handleText(account.handle, account.displayName) ?? account.displayName}`;
}

export function PlatformPicker({
  idPrefix,
  connections,
  value,
  onChange,
  errors,
  groupError,
}: PlatformPickerProps) {
  const byPlatform = new Map(connections?.map((c) => [c.platform, c]) ?? []);
  const toggle = (platform: Platform, checked: boolean) =>
    onChange(
      checked
        ? PLATFORMS.filter((p) => p === platform || value.includes(p))
        : value.filter((p) => p !== platform),
    );
  return (
    <fieldset className="space-y-2" aria-describedby={groupError ? `${idPrefix}-group-error` : undefined}>
      <legend className="text-sm font-medium text-slate-800">Platforms</legend>
      <ul className="grid gap-2 sm:grid-cols-2">
        {PLATFORMS.map((platform) => {
          const connection = byPlatform.get(platform);
          const unavailable = connections !== null && !connection?.connected;
          const error = errors[platform];
          const errorId = `${idPrefix}-${platform}-error`;
          const noteId = `${idPrefix}-${platform}-note`;
          const described = error ? `${noteId} ${errorId}` : noteId;
          return (
            <li
              key={platform}
              className={`rounded-lg border px-3 py-2.5 text-sm shadow-sm ${
                error ? 'border-red-600' : 'border-slate-300'
              } ${unavailable ? 'bg-slate-50' : 'bg-white has-checked:border-indigo-600 has-checked:bg-indigo-50'}`}
            >
              <label
                className={`flex items-center gap-3 font-medium ${unavailable ? 'text-slate-500' : 'text-slate-900'}`}
              >
                <input
                  type="checkbox"
                  checked={value.includes(platform)}
                  disabled={unavailable}
                  onChange={(e) => toggle(platform, e.target.checked)}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={described}
                  className="size-4 shrink-0 accent-indigo-700"
                />
                {PLATFORM_LABELS[platform]}
              </label>
              <p id={noteId} className="mt-1 pl-7 text-xs text-slate-600">
                {unavailable ? (
                  <>
                    Not connected.{' '}
                    <Link to="/platforms" className="font-medium text-indigo-800 underline">
                      Connect {PLATFORM_LABELS[platform]}
                    </Link>
                  </>
                ) : (
                  connectionNote(connection)
                )}
              </p>
              {error && (
                <p id={errorId} className="mt-1 pl-7 text-sm font-medium text-red-700">
                  {error}
                </p>
              )}
            </li>
          );
        })}
      </ul>
      {groupError && (
        <p id={`${idPrefix}-group-error`} className="text-sm font-medium text-red-700">
          {groupError}
        </p>
      )}
    </fieldset>
  );
}
