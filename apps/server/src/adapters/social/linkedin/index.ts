// The LinkedIn adapter's public surface: the factory, its settings and the scopes by product.
export { createLinkedInClient } from './client.js';
export { LINKEDIN_SCOPES } from './oauth.js';
export type { LinkedInSettings } from './rest.js';
