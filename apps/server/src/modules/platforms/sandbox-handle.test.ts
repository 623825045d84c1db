import { describe, expect, it } from 'vitest';
import { sandboxHandle } from './sandbox-handle.js';

describe('sandboxHandle', () => {
  it('is stable per user and differs between users with the same local part', () => {
    const a = sandboxHandle('Ada.Lovelace@example.com', 'user-1');
    expect(a).toMatch(/^ada\.lovelace-[0-9a-f]{6}$/);
    expect(sandboxHandle('ada.lovelace@example.com', 'user-1')).toBe(a);
    expect(sandboxHandle('ada.lovelace@other.org', 'user-2')).not.toBe(a);
  });

  it('keeps to the characters and length the consent page accepts', () => {
    for (const email of ['ünïcode+tag@example.com', '---@example.com', `${'x'.repeat(80)}@example.com`]) {
      expect(sandboxHandle(email, 'u')).toMatch(/^[A-Za-z0-9._-]{1,40}$/);
    }
    expect(sandboxHandle('+++@example.com', 'u')).toMatch(/^user-/);
  });
});
