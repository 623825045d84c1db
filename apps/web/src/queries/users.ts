// TanStack Query hooks for the signed-in user's account.
import type { UpdateProfileInput, User } from '@brandwright/contracts';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { endSession } from '../api/session';
import { deleteMe, fetchMe, updateMe } from '../api/users';

export const meQueryKey = ['users', 'me'] as const;

/** Shared by the hook and the boot prefetch in main.tsx, so both are one request. */
export const meQuery = queryOptions({
  queryKey: meQueryKey,
  queryFn: ({ signal }) => fetchMe(signal),
  staleTime: 60_000,
});

export function useMe() {
  return useQuery(meQuery);
}

export function useUpdateProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateProfileInput) => updateMe(input),
    onSuccess: (user: User) => queryClient.setQueryData(meQueryKey, user),
  });
}

export function useDeleteAccount() {
  return useMutation({
    mutationFn: deleteMe,
    // The server has revoked every session; ending ours sends the guard to /login with a notice.
    onSuccess: () => endSession('deleted'),
  });
}
