// The signed-in user's photo (or initials) and name in the header.
import type { User } from '@brandwright/contracts';

function initials(fullName: string): string {
  const parts = fullName.trim().split(/\s+/).filter(Boolean);
  const first = parts[0]?.[0] ?? '';
  const last = parts.length > 1 ? (parts.at(-1)?.[0] ?? '') : '';
  return `${first}${last}`.toUpperCase() || '?';
}

export function UserBadge({ user }: { user: User }) {
  return (
    <div className="flex items-center gap-2">
      {user.profile.profileImageUrl ? (
        <img
          src={user.profile.profileImageUrl}
          alt=""
          width={32}
          height={32}
          className="size-8 rounded-full object-cover"
        />
      ) : (
        <span
          aria-hidden="true"
          className="flex size-8 items-center justify-center rounded-full bg-indigo-100 text-xs font-semibold text-indigo-800"
        >
          {initials(user.profile.fullName)}
        </span>
      )}
      <span className="hidden max-w-48 truncate text-sm font-medium text-slate-800 sm:inline">
        <span className="sr-only">Signed in as </span>
        {user.profile.fullName}
      </span>
    </div>
  );
}
