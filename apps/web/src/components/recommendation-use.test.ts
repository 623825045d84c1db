// "Add to calendar" on a recommendation: the "use" feedback is sent only after the calendar entry is
// saved, never when the dialog opens, and not at all when it is closed or the save fails.
import { describe, expect, it } from 'vitest';
import { deferredUse, recordUseAfter } from './recommendation-use';

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('recording a recommendation as used', () => {
  it('waits for the entry to be saved before sending "use"', async () => {
    const dialog = deferredUse();
    const sent: string[] = [];
    const done = recordUseAfter(dialog.begin, () => sent.push('use'));
    await tick();
    expect(sent).toEqual([]);
    dialog.settle(true);
    expect(await done).toBe(true);
    expect(sent).toEqual(['use']);
  });

  it('sends nothing when the dialog is closed without saving (a failed save keeps it open)', async () => {
    const dialog = deferredUse();
    const sent: string[] = [];
    const done = recordUseAfter(dialog.begin, () => sent.push('use'));
    dialog.settle(false);
    expect(await done).toBe(false);
    expect(sent).toEqual([]);
  });

  it('drops a use whose dialog was replaced by another one', async () => {
    const dialog = deferredUse();
    const sent: string[] = [];
    const first = recordUseAfter(dialog.begin, () => sent.push('first'));
    const second = recordUseAfter(dialog.begin, () => sent.push('second'));
    dialog.settle(true);
    expect([await first, await second]).toEqual([false, true]);
    expect(sent).toEqual(['second']);
  });

  it('sends nothing when the use action throws, and at once when it uses synchronously', async () => {
    const sent: string[] = [];
    const failing = () => {
      throw new Error('no calendar');
    };
    expect(await recordUseAfter(failing, () => sent.push('failed'))).toBe(false);
    expect(
      await recordUseAfter(
        () => true,
        () => sent.push('used'),
      ),
    ).toBe(true);
    expect(sent).toEqual(['used']);
  });
});
