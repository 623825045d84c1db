import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { FieldEncryption } from './field-encryption.js';

const key = randomBytes(32).toString('base64');

describe('FieldEncryption', () => {
  it('round-trips text and never repeats a ciphertext', () => {
    const enc = new FieldEncryption(key);
    const a = enc.encrypt('oauth-token-äö', 'user-1');
    const b = enc.encrypt('oauth-token-äö', 'user-1');
    expect(a).not.toBe(b);
    expect(a).not.toContain('oauth');
    expect(enc.decrypt(a, 'user-1')).toBe('oauth-token-äö');
  });

  it('rejects tampering, another context and another key', () => {
    const enc = new FieldEncryption(key);
    const sealed = enc.encrypt('secret', 'user-1');
    const parts = sealed.split('.');
    const data = parts[3] ?? '';
    const flipped = [parts[0], parts[1], parts[2], `${data[0] === 'A' ? 'B' : 'A'}${data.slice(1)}`].join(
      '.',
    );
    expect(() => enc.decrypt(flipped, 'user-1')).toThrow();
    expect(() => enc.decrypt(sealed, 'user-2')).toThrow();
    expect(() => new FieldEncryption(randomBytes(32).toString('base64')).decrypt(sealed, 'user-1')).toThrow();
  });

  it('refuses a key of the wrong size', () => {
    expect(() => new FieldEncryption(randomBytes(16).toString('base64'))).toThrow(/32 bytes/);
  });
});
