import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { FieldEncryption } from './field-encryption.js';

const newKey = () => randomBytes(32).toString('base64');
const key = newKey();

describe('FieldEncryption', () => {
  it('round-trips text and never repeats a ciphertext', () => {
    const enc = new FieldEncryption(key);
    const a = enc.encrypt('oauth-token-äö', 'user-1');
    const b = enc.encrypt('oauth-token-äö', 'user-1');
    expect(a).not.toBe(b);
    expect(a).not.toContain('oauth');
    expect(a.startsWith(`v2.${enc.currentKeyId}.`)).toBe(true);
    expect(enc.decrypt(a, 'user-1')).toBe('oauth-token-äö');
  });

  it('rejects tampering, another context and another key', () => {
    const enc = new FieldEncryption(key);
    const sealed = enc.encrypt('secret', 'user-1');
    const parts = sealed.split('.');
    const data = parts[4] ?? '';
    parts[4] = `${data[0] === 'A' ? 'B' : 'A'}${data.slice(1)}`;
    expect(() => enc.decrypt(parts.join('.'), 'user-1')).toThrow();
    expect(() => enc.decrypt(sealed, 'user-2')).toThrow();
    expect(() => new FieldEncryption(newKey()).decrypt(sealed, 'user-1')).toThrow(/No key with id/);
    expect(() => enc.decrypt('v1.a.b.c', 'user-1')).toThrow(/format/);
  });

  it('refuses a key of the wrong size', () => {
    expect(() => new FieldEncryption(randomBytes(16).toString('base64'))).toThrow(/32 bytes/);
    expect(() => new FieldEncryption(key, ['short'])).toThrow(/32 bytes/);
  });

  it('derives a stable key id from the key, different per key', () => {
    expect(new FieldEncryption(key).currentKeyId).toBe(new FieldEncryption(key).currentKeyId);
    expect(new FieldEncryption(newKey()).currentKeyId).not.toBe(new FieldEncryption(key).currentKeyId);
  });

  it('reads values of previous keys and re-encrypts them under the current one', () => {
    const oldKey = newKey();
    const before = new FieldEncryption(oldKey);
    const sealed = before.encrypt('refresh-token', 'row-1:refresh_token');
    const currentKey = newKey();
    const after = new FieldEncryption(currentKey, [oldKey]);
    expect(after.isCurrent(sealed)).toBe(false);
    expect(after.decrypt(sealed, 'row-1:refresh_token')).toBe('refresh-token');
    const rotated = after.reencrypt(sealed, 'row-1:refresh_token') as string;
    expect(after.keyIdOf(rotated)).toBe(after.currentKeyId);
    expect(after.decrypt(rotated, 'row-1:refresh_token')).toBe('refresh-token');
    // Idempotent: a current value is left as it is.
    expect(after.reencrypt(rotated, 'row-1:refresh_token')).toBeUndefined();
    // Once the old key is dropped, old values no longer decrypt; rotated ones still do.
    const dropped = new FieldEncryption(currentKey);
    expect(() => dropped.decrypt(sealed, 'row-1:refresh_token')).toThrow();
    expect(dropped.decrypt(rotated, 'row-1:refresh_token')).toBe('refresh-token');
    // The context still binds after rotation.
    expect(() => after.reencrypt(sealed, 'row-2:refresh_token')).toThrow();
  });
});
