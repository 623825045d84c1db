// LinkedIn's OpenID Connect pieces: RS256-signed ID tokens, the JWKS that verifies them, and the
// discovery document. The key is made once per process (sandbox ID tokens need not outlive it).
import { generateKeyPairSync, type KeyObject, sign } from 'node:crypto';
import type { SocialState } from '../state.js';
import type { Account } from '../types.js';

let keys: { privateKey: KeyObject; publicKey: KeyObject; kid: string } | undefined;

function signingKeys() {
  keys ??= { ...generateKeyPairSync('rsa', { modulusLength: 2048 }), kid: `emulator-${Date.now()}` };
  return keys;
}

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** LinkedIn's issuer is https://www.linkedin.com/oauth; here it is the emulator's stand-in. */
export const issuer = (state: SocialState) => `${state.origin('linkedin')}/oauth`;

export function idToken(state: SocialState, account: Account, clientId: string, scopes: string[]): string {
  const { privateKey, kid } = signingKeys();
  const iat = Math.floor(state.now() / 1000);
  const [given, ...family] = account.name.split(' ');
  const claims = {
    iss: issuer(state),
    aud: clientId,
    iat,
    exp: iat + 3600,
    sub: account.id,
    ...(scopes.includes('profile')
      ? {
          name: account.name,
          given_name: given ?? account.name,
          family_name: family.join(' '),
          picture: account.avatarUrl,
          locale: 'en_US',
        }
      : {}),
    ...(scopes.includes('email') ? { email: emailOf(account), email_verified: 'true' } : {}),
  };
  const input = `${b64({ alg: 'RS256', typ: 'JWT', kid })}.${b64(claims)}`;
  return `${input}.${sign('sha256', Buffer.from(input), privateKey).toString('base64url')}`;
}

export const emailOf = (account: Account) => `${account.handle}@sandbox.example`;

export function jwks(): unknown {
  const { publicKey, kid } = signingKeys();
  return { keys: [{ ...publicKey.export({ format: 'jwk' }), kid, alg: 'RS256', use: 'sig' }] };
}

export function discovery(state: SocialState): unknown {
  const base = state.origin('linkedin');
  return {
    issuer: issuer(state),
    authorization_endpoint: `${base}/oauth/v2/authorization`,
    token_endpoint: `${base}/oauth/v2/accessToken`,
    userinfo_endpoint: `${base}/v2/userinfo`,
    jwks_uri: `${base}/oauth/openid/jwks`,
    response_types_supported: ['code'],
    subject_types_supported: ['pairwise'],
    id_token_signing_alg_values_supported: ['RS256'],
    scopes_supported: ['openid', 'profile', 'email'],
    claims_supported: [
      'iss',
      'aud',
      'iat',
      'exp',
      'sub',
      'name',
      'given_name',
      'family_name',
      'picture',
      'email',
      'email_verified',
      'locale',
    ],
  };
}
