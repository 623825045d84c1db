// The emulated social platforms' public surface for the package index.
export { type Engagement, engagementAt } from './engagement.js';
export type { PlatformHandler } from './router.js';
export { SANDBOX_CLIENT, SANDBOX_PARTNER_CLIENT } from './sandbox-clients.js';
export { SocialState } from './state.js';
export * from './types.js';
