// What LinkedIn tells about the member: the OpenID userinfo profile, each post's analytics (one
// metric per call: impressions, members reached, reshares, reactions, comments) and followers.
import { z } from 'zod';
import { PlatformError } from '../errors.js';
import type { AccountMetrics, PostMetrics, Profile, PublishedPost, Session } from '../port.js';
import { type LinkedInSettings, linkedInJson, linkedInRequest } from './rest.js';

const userinfoSchema = z.object({
  sub: z.string().min(1),
  name: z.string().optional(),
  given_name: z.string().optional(),
  family_name: z.string().optional(),
  picture: z.string().optional(),
  email: z.string().optional(),
});

export async function profile(settings: LinkedInSettings, session: Session): Promise<Profile> {
  const response = await linkedInRequest(settings, session, {
    path: '/v2/userinfo',
    effect: 'read',
    versioned: false,
  });
  const info = await linkedInJson(response, userinfoSchema, 'the member profile');
  const displayName = info.name || [info.given_name, info.family_name].filter(Boolean).join(' ') || info.sub;
  return {
    id: info.sub,
    // Members are mentioned by name on LinkedIn; there is no @handle.
    handle: displayName,
    displayName,
    ...(info.picture ? { avatarUrl: info.picture } : {}),
  };
}

const countSchema = z.object({ elements: z.array(z.object({ count: z.number() })) });
const followersSchema = z.object({ elements: z.array(z.object({ memberFollowersCount: z.number() })) });

/** Rest.li 2.0 union `(share:<encoded urn>)`; the parentheses and colon stay literal. */
function entityOf(urn: string): string {
  const kind = urn.startsWith('urn:li:share:')
    ? 'share'
    : urn.startsWith('urn:li:ugcPost:')
      ? 'ugc'
      : undefined;
  if (!kind) throw new PlatformError('linkedin', 'NOT_FOUND', 'Not a LinkedIn post URN');
  return `(${kind}:${encodeURIComponent(urn)})`;
}

async function metric(
  settings: LinkedInSettings,
  session: Session,
  entity: string,
  type: string,
): Promise<number> {
  const response = await linkedInRequest(settings, session, {
    path: `/rest/memberCreatorPostAnalytics?q=entity&entity=${entity}&queryType=${type}&aggregation=TOTAL`,
    effect: 'read',
  });
  const { elements } = await linkedInJson(response, countSchema, `the ${type} count`);
  // No element = nothing counted yet.
  return elements[0]?.count ?? 0;
}

/** Needs r_member_postAnalytics; without it LinkedIn answers 403 (FORBIDDEN). */
export async function postMetrics(
  settings: LinkedInSettings,
  session: Session,
  post: PublishedPost,
): Promise<PostMetrics> {
  const entity = entityOf(post.id);
  const [impressions, reach, reposts, likes, comments] = await Promise.all(
    ['IMPRESSION', 'MEMBERS_REACHED', 'RESHARE', 'REACTION', 'COMMENT'].map((type) =>
      metric(settings, session, entity, type),
    ),
  );
  return { impressions, reach, reposts: reposts ?? 0, likes: likes ?? 0, comments: comments ?? 0 };
}

/** Needs r_member_profileAnalytics. */
export async function accountMetrics(settings: LinkedInSettings, session: Session): Promise<AccountMetrics> {
  const response = await linkedInRequest(settings, session, {
    path: '/rest/memberFollowersCount?q=me',
    effect: 'read',
  });
  const { elements } = await linkedInJson(response, followersSchema, 'the follower count');
  const followers = elements[0]?.memberFollowersCount;
  return followers === undefined ? {} : { followers };
}
