// The OAuth apps the emulator knows from the start, so the sandbox works with no set-up. The
// server's sandbox wiring uses the same values; real platforms never see them.
import type { SocialState } from './state.js';

export const SANDBOX_CLIENT = {
  clientId: 'brandwright-sandbox',
  clientSecret: 'brandwright-sandbox-secret',
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
}
