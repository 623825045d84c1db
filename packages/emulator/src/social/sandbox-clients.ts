// The OAuth apps the emulator knows from the start, so the sandbox works with no set-up. The
// server's sandbox wiring uses the same values; real platforms never see them.
import type { SocialState } from './state.js';

export const SANDBOX_CLIENT = {
  clientId: 'brandwright-sandbox',
  clientSecret: 'brandwright-sandbox-secret',
} as const;

/** A LinkedIn app with partner status: it gets refresh tokens, so the refresh path can be exercised. */
export const SANDBOX_PARTNER_CLIENT = {
  clientId: 'brandwright-sandbox-partner',
  clientSecret: 'brandwright-sandbox-partner-secret',
} as const;

export function seedSandboxClients(state: SocialState): void {
  for (const platform of ['linkedin', 'x'] as const)
    if (!state.client(platform, SANDBOX_CLIENT.clientId))
      state.addClient({
        platform,
        ...SANDBOX_CLIENT,
        redirectUris: [],
        scopes: [],
        name: 'Brandwright (sandbox)',
      });
  if (!state.client('linkedin', SANDBOX_PARTNER_CLIENT.clientId))
    state.addClient({
      platform: 'linkedin',
      ...SANDBOX_PARTNER_CLIENT,
      redirectUris: [],
      scopes: [],
      name: 'Brandwright (sandbox, LinkedIn partner app)',
      partner: true,
    });
}
