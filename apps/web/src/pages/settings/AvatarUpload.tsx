// The profile photo on /settings: pick an image and it is uploaded at once (the server crops and
// resizes it), or remove it. Refusals ("not a photo", "over 5 MB") show beside the control.
import { type User, userSchema } from '@brandwright/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useRef } from 'react';
import { authedJson } from '../../api/client';
import { Button } from '../../components/Button';
import { describeError } from '../../components/ErrorState';
import { submitErrors } from '../../lib/forms';
import { meQueryKey } from '../../queries/users';

const MAX_BYTES = 5 * 1024 * 1024;

function useAvatar() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File | null) => {
      if (!file) return authedJson('/users/me/avatar', userSchema, { method: 'DELETE' });
      const body = new FormData();
      body.append('file', file);
      return authedJson('/users/me/avatar', userSchema, { method: 'PUT', body });
    },
    onSuccess: (user: User) => queryClient.setQueryData(meQueryKey, user),
  });
}

export function AvatarUpload({ user }: { user: User }) {
  const inputId = useId();
  const errorId = useId();
  const input = useRef<HTMLInputElement>(null);
  const avatar = useAvatar();
  const tooBig = avatar.variables instanceof File && avatar.variables.size > MAX_BYTES;
  const error = avatar.isError
    ? (submitErrors(avatar.error, ['file']).fields.file ?? describeError(avatar.error))
    : null;
  const url = user.profile.profileImageUrl;
  return (
    <div className="flex flex-wrap items-center gap-4">
      {url ? (
        <img
          src={url}
          alt={user.profile.fullName}
          width={64}
          height={64}
          className="size-16 rounded-full object-cover"
        />
      ) : (
        <span className="flex size-16 items-center justify-center rounded-full bg-slate-100 text-xs text-slate-600">
          No photo
        </span>
      )}
      <div className="space-y-1">
        <label htmlFor={inputId} className="block text-sm font-medium text-slate-800">
          Profile photo
        </label>
        <input
          ref={input}
          id={inputId}
          type="file"
          accept="image/jpeg,image/png,image/webp,image/gif"
          aria-describedby={error ? errorId : undefined}
          aria-invalid={error ? true : undefined}
          className="block cursor-pointer text-sm text-slate-700 file:mr-3 file:cursor-pointer file:rounded-lg file:border-0 file:bg-indigo-50 file:px-3 file:py-2 file:text-sm file:font-semibold file:text-indigo-800 hover:file:bg-indigo-100"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) avatar.mutate(file);
            event.target.value = '';
          }}
        />
        <p className="text-xs text-slate-600">JPEG, PNG, WebP or GIF up to 5 MB; cropped to a square.</p>
        {(error || tooBig) && (
          <p id={errorId} className="text-sm font-medium text-red-700">
            {error ?? 'The photo is larger than 5 MB.'}
          </p>
        )}
      </div>
      {url && (
        <Button
          variant="secondary"
          pending={avatar.isPending && avatar.variables === null}
          onClick={() => avatar.mutate(null)}
        >
          Remove photo
        </Button>
      )}
      {avatar.isPending && avatar.variables !== null && (
        <p role="status" className="text-sm text-slate-600">
          Uploading…
        </p>
      )}
    </div>
  );
}
