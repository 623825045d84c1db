// AES-256-GCM encryption of secrets stored in the database (platform tokens, OAuth client secrets),
// with a key ring so keys can be rotated without downtime. Format: "v2.<kid>.<iv>.<tag>.<ciphertext>",
// parts base64url. The key id is derived from the key itself, so a ciphertext names the key it needs
// and any replica with that key (current or in ENCRYPTION_KEYS_PREVIOUS) can read it.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

const VERSION = 'v2';

/** 8 bytes of a domain-separated SHA-256 of the key: names the key without revealing anything useful. */
export function keyIdOf(key: Buffer): string {
  return createHash('sha256')
    .update('brandwright:field-encryption:kid:')
    .update(key)
    .digest()
    .subarray(0, 8)
    .toString('base64url');
}

function decodeKey(base64Key: string): Buffer {
  const key = Buffer.from(base64Key, 'base64');
  if (key.length !== 32) throw new Error('An encryption key must decode to 32 bytes');
  return key;
}

export class FieldEncryption {
  private readonly current: { id: string; key: Buffer };
  private readonly keys = new Map<string, Buffer>();

  /** `current` encrypts and decrypts; `previous` keys only decrypt (until rotate-keys has run). */
  constructor(current: string, previous: readonly string[] = []) {
    const key = decodeKey(current);
    this.current = { id: keyIdOf(key), key };
    for (const old of previous) {
      const decoded = decodeKey(old);
      this.keys.set(keyIdOf(decoded), decoded);
    }
    this.keys.set(this.current.id, key);
  }

  get currentKeyId(): string {
    return this.current.id;
  }

  /**
   * `context` is bound as additional authenticated data: name the row and field (e.g.
   * "platform_connections:<user>:<platform>:access_token"), so a value copied elsewhere fails to decrypt.
   */
  encrypt(plaintext: string, context: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.current.key, iv);
    cipher.setAAD(Buffer.from(context));
    const data = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return [
      VERSION,
      this.current.id,
      ...[iv, cipher.getAuthTag(), data].map((p) => p.toString('base64url')),
    ].join('.');
  }

  decrypt(payload: string, context: string): string {
    const [version, kid, iv, tag, data] = payload.split('.');
    if (version !== VERSION || !kid || !iv || !tag || data === undefined)
      throw new Error('Unrecognised ciphertext format');
    const key = this.keys.get(kid);
    if (!key)
      throw new Error(`No key with id ${kid} (was it removed from ENCRYPTION_KEYS_PREVIOUS too early?)`);
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
    decipher.setAAD(Buffer.from(context));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString(
      'utf8',
    );
  }

  /** The id of the key a ciphertext was made with (undefined when it is not one of ours). */
  keyIdOf(payload: string): string | undefined {
    const [version, kid] = payload.split('.');
    return version === VERSION ? kid : undefined;
  }

  /** True when the value was encrypted under the current key (nothing to rotate). */
  isCurrent(payload: string): boolean {
    return this.keyIdOf(payload) === this.current.id;
  }

  /** The value under the current key, or undefined when it already is. Throws when unreadable. */
  reencrypt(payload: string, context: string): string | undefined {
    if (this.isCurrent(payload)) return undefined;
    return this.encrypt(this.decrypt(payload, context), context);
  }
}
