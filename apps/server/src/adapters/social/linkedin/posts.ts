// Publishing on LinkedIn: images through the Images API (initializeUpload, then PUT the bytes),
// the post through /rest/posts (201, empty body, URN in x-restli-id), deletion, and reading the
// member's posts back (q=author, only with r_member_social) to reconcile a publish whose outcome
// was unknown.
import { PLATFORM_LIMITS } from '@brandwright/contracts';
import { z } from 'zod';
import { isPlatformError, PlatformError } from '../errors.js';
import { platformFetch } from '../http.js';
import type { MediaInput, OutgoingPost, PublishedPost, RecentPost, Session } from '../port.js';
import { fromLittleText, toLittleText } from './little-text.js';
import { type LinkedInSettings, linkedInFailure, linkedInJson, linkedInRequest, postUrl } from './rest.js';

export const MAX_COMMENTARY = PLATFORM_LIMITS.linkedin.limit;
export const MAX_IMAGES = 20;

export const authorUrn = (session: Session) => `urn:li:person:${session.account.id}`;

const uploadSchema = z.object({
  value: z.object({ uploadUrl: z.url(), image: z.string().startsWith('urn:li:image:') }),
});

/** Upload URLs live on LinkedIn's hosts; the bearer token goes nowhere else. */
function trustedUploadUrl(settings: LinkedInSettings, uploadUrl: string): boolean {
  const url = new URL(uploadUrl);
  const ours = [settings.authUrl, settings.apiUrl].map((base) => new URL(base).origin);
  return (
    ours.includes(url.origin) || (url.protocol === 'https:' && /(^|\.)linkedin\.com$/.test(url.hostname))
  );
}

/** Nothing is published by an upload, so its failures are retryable (`read` effect). */
async function uploadImage(settings: LinkedInSettings, session: Session, media: MediaInput): Promise<string> {
  const init = await linkedInRequest(settings, session, {
    method: 'POST',
    path: '/rest/images?action=initializeUpload',
    body: { initializeUploadRequest: { owner: authorUrn(session) } },
    effect: 'read',
  });
  const { value } = await linkedInJson(init, uploadSchema, 'the image upload request');
  if (!trustedUploadUrl(settings, value.uploadUrl))
    throw new PlatformError(
      'linkedin',
      'UNAVAILABLE',
      'LinkedIn returned an upload URL on an unexpected host',
    );
  const response = await platformFetch(settings.http, {
    platform: 'linkedin',
    url: value.uploadUrl,
    method: 'PUT',
    headers: { authorization: `Bearer ${session.accessToken}`, 'content-type': media.mimeType },
    body: media.bytes,
    effect: 'read',
  });
  if (!response.ok) throw await linkedInFailure(response, 'read', settings);
  return value.image;
}

function contentOf(images: { id: string; altText?: string }[]) {
  if (images.length === 0) return {};
  if (images.length === 1) return { content: { media: images[0] } };
  return { content: { multiImage: { images } } };
}

function checkPost(post: OutgoingPost, commentary: string): void {
  if (post.replyTo) throw new PlatformError('linkedin', 'INVALID_CONTENT', 'LinkedIn has no threads');
  if ((post.media?.length ?? 0) > MAX_IMAGES)
    throw new PlatformError(
      'linkedin',
      'INVALID_CONTENT',
      `LinkedIn takes at most ${MAX_IMAGES} images per post`,
    );
  if (commentary.length > MAX_COMMENTARY)
    throw new PlatformError(
      'linkedin',
      'INVALID_CONTENT',
      `LinkedIn allows ${MAX_COMMENTARY} characters; this post has ${commentary.length} once written as little text (reserved characters escaped)`,
    );
  if (commentary === '' && (post.media?.length ?? 0) === 0)
    throw new PlatformError('linkedin', 'INVALID_CONTENT', 'A LinkedIn post needs text or an image');
}

export async function publish(
  settings: LinkedInSettings,
  session: Session,
  post: OutgoingPost,
): Promise<PublishedPost> {
  const commentary = toLittleText(post.text);
  checkPost(post, commentary);
  const images: { id: string; altText?: string }[] = [];
  for (const media of post.media ?? [])
    images.push({
      id: await uploadImage(settings, session, media),
      ...(media.altText ? { altText: media.altText } : {}),
    });
  const response = await linkedInRequest(settings, session, {
    method: 'POST',
    path: '/rest/posts',
    body: {
      author: authorUrn(session),
      commentary,
      visibility: 'PUBLIC',
      distribution: { feedDistribution: 'MAIN_FEED', targetEntities: [], thirdPartyDistributionChannels: [] },
      lifecycleState: 'PUBLISHED',
      isReshareDisabledByAuthor: false,
      ...contentOf(images),
    },
    effect: 'write',
  });
  const urn = response.headers.get('x-restli-id') ?? response.headers.get('x-linkedin-id');
  if (!urn)
    throw new PlatformError('linkedin', 'UNKNOWN_OUTCOME', 'LinkedIn accepted the post without naming it', {
      status: response.status,
    });
  return { id: urn, url: postUrl(settings, urn), publishedAt: new Date() };
}

/** A post that is already gone counts as deleted. */
export async function deletePost(settings: LinkedInSettings, session: Session, urn: string): Promise<void> {
  try {
    await linkedInRequest(settings, session, {
      method: 'DELETE',
      path: `/rest/posts/${encodeURIComponent(urn)}`,
      headers: { 'x-restli-method': 'DELETE' },
      effect: 'write',
    });
  } catch (error) {
    if (error instanceof PlatformError && error.code === 'NOT_FOUND') return;
    throw error;
  }
}

const postsPageSchema = z.object({
  elements: z.array(
    z.object({
      id: z.string(),
      commentary: z.string().optional(),
      createdAt: z.number().optional(),
      publishedAt: z.number().optional(),
    }),
  ),
});

const PAGE_SIZE = 50;
const MAX_PAGES = 10;

/** One page of the member's posts; undefined when LinkedIn refuses to list them (403: no r_member_social). */
async function postsPage(settings: LinkedInSettings, session: Session, page: number) {
  const author = encodeURIComponent(authorUrn(session));
  try {
    const response = await linkedInRequest(settings, session, {
      path: `/rest/posts?q=author&author=${author}&sortBy=CREATED&start=${page * PAGE_SIZE}&count=${PAGE_SIZE}`,
      effect: 'read',
    });
    return (await linkedInJson(response, postsPageSchema, 'the list of posts')).elements;
  } catch (error) {
    if (isPlatformError(error, 'FORBIDDEN')) return undefined;
    throw error;
  }
}

/**
 * The member's posts since `since`, newest first. Listing them needs r_member_social, which
 * LinkedIn grants to approved partners only: without it the answer is undefined ("cannot tell").
 */
export async function recentPosts(
  settings: LinkedInSettings,
  session: Session,
  since: Date,
): Promise<RecentPost[] | undefined> {
  const found: RecentPost[] = [];
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const elements = await postsPage(settings, session, page);
    if (!elements) return undefined;
    for (const element of elements) {
      const at = new Date(element.publishedAt ?? element.createdAt ?? 0);
      if (at < since) return found;
      found.push({
        id: element.id,
        url: postUrl(settings, element.id),
        text: fromLittleText(element.commentary ?? ''),
        publishedAt: at,
      });
    }
    if (elements.length < PAGE_SIZE) break;
  }
  return found;
}
