// The sandbox learns the emulated platforms' origins from the emulator's control URL (EMULATOR_URL),
// and says clearly when that URL is not an emulator.
import { createEmulator } from '@brandwright/emulator';
import { describe, expect, it } from 'vitest';
import { discoverVendors } from './sandbox.js';

describe('discoverVendors', () => {
  it('answers each platform’s origin from GET /__emulator/vendors', async () => {
    const emulator = await createEmulator({ port: 0 });
    try {
      const vendors = await discoverVendors(emulator.url);
      expect(vendors.mastodon.base).toBe(emulator.platformUrl('mastodon'));
      expect(vendors.x.base).toBe(emulator.vendors.x.base);
    } finally {
      await emulator.close();
    }
  });

  it('refuses a URL that is not an emulator’s control URL, naming it', async () => {
    const emulator = await createEmulator({ port: 0 });
    try {
      // A vendor origin is not the control URL: its 404 must not pass for a vendor list.
      await expect(discoverVendors(emulator.platformUrl('x'))).rejects.toThrow(
        /EMULATOR_URL: .*\/__emulator\/vendors did not list the emulator's vendors \(answered 404\)/,
      );
      const fake = async () => Response.json({ linkedin: { base: 'not a url' } });
      await expect(discoverVendors('http://127.0.0.1:1', fake)).rejects.toThrow(/unexpected vendor list/);
    } finally {
      await emulator.close();
    }
  });
});
