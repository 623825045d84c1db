import { describe, expect, it } from 'vitest';
import { setupSteps } from './setupSteps';

describe('setupSteps', () => {
  it('marks what is done and points at what is not', () => {
    const steps = setupSteps({
      hasStrategy: true,
      voiceTrained: false,
      platformsConnected: 2,
      postsScheduledOrPublished: 0,
    });
    expect(steps.map((s) => [s.id, s.done])).toEqual([
      ['strategy', true],
      ['voice', false],
      ['platform', true],
      ['post', false],
    ]);
    expect(steps.find((s) => !s.done)?.to).toBe('/voice');
  });
});
