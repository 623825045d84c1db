// How the platforms module seals its secrets: every ciphertext is bound (as AES-GCM additional data)
// to the row and field it belongs to, so a value copied to another user, platform or column fails
// to decrypt instead of being used there.
import type { Platform } from '@brandwright/contracts';
import type { FieldEncryption } from '../../platform/crypto/index.js';

export type ConnectionField = 'access_token' | 'refresh_token';

export const connectionContext = (userId: string, platform: Platform, field: ConnectionField) =>
  `platform_connections:${userId}:${platform}:${field}`;

export const stateContext = (userId: string, platform: Platform, stateHash: string) =>
  `oauth_states:${userId}:${platform}:${stateHash}:code_verifier`;

export const mastodonAppContext = (serverUrl: string, redirectUri: string) =>
  `mastodon_apps:${serverUrl}:${redirectUri}:client_secret`;

export interface PlainTokens {
  accessToken: string;
  refreshToken: string | null;
}

export interface SealedTokens {
  accessToken: string;
  refreshToken: string | null;
}

export class ConnectionSecrets {
  constructor(readonly encryption: FieldEncryption) {}

  seal(userId: string, platform: Platform, tokens: PlainTokens): SealedTokens {
    return {
      accessToken: this.encryption.encrypt(
        tokens.accessToken,
        connectionContext(userId, platform, 'access_token'),
      ),
      refreshToken:
        tokens.refreshToken === null
          ? null
          : this.encryption.encrypt(
              tokens.refreshToken,
              connectionContext(userId, platform, 'refresh_token'),
            ),
    };
  }

  open(userId: string, platform: Platform, sealed: SealedTokens): PlainTokens {
    return {
      accessToken: this.encryption.decrypt(
        sealed.accessToken,
        connectionContext(userId, platform, 'access_token'),
      ),
      refreshToken:
        sealed.refreshToken === null
          ? null
          : this.encryption.decrypt(
              sealed.refreshToken,
              connectionContext(userId, platform, 'refresh_token'),
            ),
    };
  }
}
