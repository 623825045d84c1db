// The emulated LinkedIn: www.linkedin.com and api.linkedin.com both live on the LinkedIn origin,
// with the real paths below it. Routes each request to OAuth, the upload host, or the API gate.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { PlatformHandler } from '../handler.js';
import { sendPostPage } from '../pages.js';
import type { SocialState } from '../state.js';
import { postAnalytics } from './analytics.js';
import { createComment, listComments } from './comments.js';
import { notFound, reply } from './errors.js';
import { type ApiRoute, type Caller, send, serveApi } from './gate.js';
import { initializeUpload, upload } from './media.js';
import { followersCount, userinfo } from './members.js';
import { handleOAuth } from './oauth.js';
import { createPost, deletePost, getPost, listPosts } from './posts.js';

const WRITE = ['w_member_social'];
// ⚠ Reading members' posts needs r_member_social, which LinkedIn grants only to approved partners.
const READ_POSTS = ['r_member_social'];

type RouteFactory = (state: SocialState, req: IncomingMessage, url: URL) => ApiRoute | undefined;

const api = (
  operation: ApiRoute['operation'],
  scopes: string[],
  resource: string,
  handle: (caller: Caller) => ReturnType<ApiRoute['handle']>,
  versioned = true,
): ApiRoute => ({ operation, scopes, resource, versioned, handle });

/** Posts, images and their uploads (the paths after the LinkedIn origin). */
function postRoute(path: string): RouteFactory | undefined {
  const postUrn = /^\/rest\/posts\/([^/]+)$/.exec(path)?.[1];
  const uploadKey = /^\/dms-uploads\/sp\/v2\/([A-Za-z0-9]+)\/uploaded-image\/0$/.exec(path)?.[1];
  if (path === '/rest/posts')
    return (state, req, url) =>
      req.method === 'POST'
        ? api('publish', WRITE, 'partnerApiPostsExternal.CREATE', (c) => createPost(state, req, c))
        : req.method === 'GET'
          ? api('read', READ_POSTS, 'partnerApiPostsExternal.FINDER-author', (c) => listPosts(state, url, c))
          : undefined;
  if (postUrn)
    return (state, req) => {
      const urn = decodeURIComponent(postUrn);
      if (req.method === 'GET')
        return api('read', READ_POSTS, 'partnerApiPostsExternal.GET', (c) => getPost(state, urn, c));
      if (req.method === 'DELETE')
        return api('read', WRITE, 'partnerApiPostsExternal.DELETE', (c) => deletePost(state, urn, c));
      return undefined;
    };
  if (path === '/rest/images')
    return (state, req, url) =>
      req.method === 'POST' && url.searchParams.get('action') === 'initializeUpload'
        ? api('read', WRITE, 'partnerApiImages.ACTION-initializeUpload', (c) =>
            initializeUpload(state, req, c),
          )
        : undefined;
  if (uploadKey)
    return (state, req) =>
      req.method === 'PUT'
        ? api('read', WRITE, 'dmsUploads.PUT', (c) => upload(state, req, uploadKey, c), false)
        : undefined;
  return undefined;
}

/** The member's identity, analytics, follower count, and comments on posts. */
function memberRoute(path: string): RouteFactory | undefined {
  const commented = /^\/rest\/socialActions\/([^/]+)\/comments$/.exec(path)?.[1];
  if (path === '/v2/userinfo')
    return (_s, req) =>
      req.method === 'GET' ? api('read', ['openid'], 'userinfo', (c) => userinfo(c), false) : undefined;
  if (path === '/rest/memberCreatorPostAnalytics')
    return (state, req, url) =>
      req.method === 'GET'
        ? api('read', ['r_member_postAnalytics'], 'memberCreatorPostAnalytics.FINDER-entity', (c) =>
            postAnalytics(state, url, c),
          )
        : undefined;
  if (path === '/rest/memberFollowersCount')
    return (state, req, url) =>
      req.method === 'GET'
        ? api('read', ['r_member_profileAnalytics'], 'memberFollowersCount.FINDER-me', (c) =>
            followersCount(state, url, c),
          )
        : undefined;
  if (commented)
    return (state, req, url) => {
      const urn = decodeURIComponent(commented);
      if (req.method === 'GET')
        return api('read', READ_POSTS, 'partnerApiSocialActions.GET_ALL', () =>
          listComments(state, url, urn),
        );
      if (req.method === 'POST')
        return api('read', WRITE, 'partnerApiSocialActions.CREATE', (c) => createComment(state, req, urn, c));
      return undefined;
    };
  return undefined;
}

/** Which API route a request is, by path (the path after the LinkedIn origin). */
const apiRoute = (path: string) => postRoute(path) ?? memberRoute(path);

/** The public page of a post (https://www.linkedin.com/feed/update/{urn}). */
function postPage(state: SocialState, res: ServerResponse, urn: string): void {
  const post = state.livePosts('linkedin').find((p) => p.id === urn);
  const account = post && state.accountById('linkedin', post.accountId);
  sendPostPage(res, 'LinkedIn', account && post, account?.name);
}

export const handleLinkedIn: PlatformHandler = async (state, req, res, path, url) => {
  if (path.startsWith('/oauth/')) return handleOAuth(state, req, res, path, url);
  const page = /^\/feed\/update\/([^/]+)$/.exec(path)?.[1];
  if (page && req.method === 'GET') {
    postPage(state, res, decodeURIComponent(page));
    return true;
  }
  const factory = apiRoute(path);
  if (!factory) {
    if (!path.startsWith('/rest/') && !path.startsWith('/v2/')) return false;
    send(res, notFound(`Resource ${path} does not exist`));
    return true;
  }
  const route = factory(state, req, url);
  if (route) await serveApi(state, req, res, route);
  else send(res, reply(405, { status: 405, message: `Method ${req.method} is not allowed on ${path}` }));
  return true;
};
