// TanStack Query hooks for platform connections. A direct connect or a disconnect writes the
// server's answer into the cached list; an OAuth connect leaves the page for the platform.
import type { ConnectPlatformBody, Platform, PlatformConnection } from '@brandwright/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { connectPlatform, disconnectPlatform, fetchPlatforms } from '../api/platforms';
import type { AccountLimits } from '../lib/platformLength';

export const platformKeys = { list: ['platforms'] as const };

export function usePlatforms() {
  return useQuery({ queryKey: platformKeys.list, queryFn: ({ signal }) => fetchPlatforms(signal) });
}

/** The per-post lengths connected accounts reported (Mastodon instances set their own). */
export function useAccountLimits(): AccountLimits {
  const { data } = usePlatforms();
  return useMemo(() => {
    const limits: AccountLimits = {};
    for (const c of data ?? [])
      if (c.connected && c.account?.maxPostLength) limits[c.platform] = c.account.maxPostLength;
    return limits;
  }, [data]);
}

function replace(list: PlatformConnection[] | undefined, next: PlatformConnection) {
  return list?.map((item) => (item.platform === next.platform ? next : item));
}

export function useConnectPlatform<T extends ConnectPlatformBody>(platform: Platform) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: T) => connectPlatform(platform, body),
    onSuccess: (outcome) => {
      if (outcome.kind === 'connected')
        queryClient.setQueryData<PlatformConnection[]>(platformKeys.list, (list) =>
          replace(list, outcome.connection),
        );
      // Leaving for the platform's consent page; it sends the browser back to /platforms.
      else window.location.assign(outcome.authorizationUrl);
    },
  });
}

export function useDisconnectPlatform() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (platform: Platform) => disconnectPlatform(platform),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: platformKeys.list }),
  });
}
