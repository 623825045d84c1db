// The LinkedIn SocialClient: OAuth (oauth4webapi), member profile, posts with images, analytics.
// Only partner apps get refresh tokens; for the others refresh() says the member must reconnect.
import type { SocialClient } from '../port.js';
import { accountMetrics, postMetrics, profile } from './members.js';
import { authorizationUrl, exchangeCode, refresh, revoke } from './oauth.js';
import { deletePost, MAX_COMMENTARY, MAX_IMAGES, publish, recentPosts } from './posts.js';
import type { LinkedInSettings } from './rest.js';

export function createLinkedInClient(settings: LinkedInSettings): SocialClient {
  return {
    platform: 'linkedin',
    connectMethod: 'oauth',
    // True so callers try: refresh() answers INVALID_GRANT when the app got no refresh token.
    refreshes: true,
    authorizationUrl: (request) => authorizationUrl(settings, request),
    exchangeCode: (exchange) => exchangeCode(settings, exchange),
    refresh: (tokens, _account, app) => refresh(settings, tokens, app),
    revoke: (_session, tokens, app) => revoke(settings, tokens, app),
    profile: (session) => profile(settings, session),
    limits: async () => ({
      maxLength: MAX_COMMENTARY,
      counting: 'characters',
      maxMedia: MAX_IMAGES,
      threads: false,
      requiresTitle: false,
    }),
    publish: (session, post) => publish(settings, session, post),
    delete: (session, postId) => deletePost(settings, session, postId),
    postMetrics: (session, post) => postMetrics(settings, session, post),
    accountMetrics: (session) => accountMetrics(settings, session),
    recentPosts: (session, since) => recentPosts(settings, session, since),
  };
}
