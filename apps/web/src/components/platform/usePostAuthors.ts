// Who a preview shows as the author on each platform: the connected account's name, handle and
// avatar where the platform reported them, else the user's own profile name and photo.
import type { Platform } from '@brandwright/contracts';
import { useMemo } from 'react';
import { usePlatforms } from '../../queries/platforms';
import { useMe } from '../../queries/users';

export interface PostAuthor {
  name: string;
  /** The handle as readers see it (@alice, alice.bsky.social); absent until connected. */
  handle?: string;
  avatarUrl?: string;
}

export type PostAuthors = Partial<Record<Platform, PostAuthor>> & { fallback: PostAuthor };

/** "@alice" for X and Mastodon, the bare domain handle for Bluesky. */
export function displayHandle(platform: Platform, handle: string): string {
  if (platform === 'bluesky' || platform === 'linkedin' || handle.startsWith('@')) return handle;
  return `@${handle}`;
}

export function usePostAuthors(): PostAuthors {
  const platforms = usePlatforms();
  const me = useMe();
  return useMemo(() => {
    const profile = me.data?.profile;
    const fallback: PostAuthor = {
      name: profile?.fullName || 'You',
      ...(profile?.profileImageUrl ? { avatarUrl: profile.profileImageUrl } : {}),
    };
    const authors: PostAuthors = { fallback };
    for (const c of platforms.data ?? []) {
      if (!c.connected || !c.account) continue;
      const avatarUrl = c.account.avatarUrl ?? fallback.avatarUrl;
      authors[c.platform] = {
        name: c.account.displayName || fallback.name,
        handle: displayHandle(c.platform, c.account.handle),
        ...(avatarUrl ? { avatarUrl } : {}),
      };
    }
    return authors;
  }, [platforms.data, me.data]);
}
