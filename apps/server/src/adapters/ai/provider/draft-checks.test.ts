// The provider's draft checks and the repair pass's pure parts: the platform length as a finding,
// findings phrased as instructions, the repair request, and keeping the better of two drafts.
import { describe, expect, it } from 'vitest';
import { DEFAULT_VOICE, type PostsInput, type PostVariant } from '../port.js';
import { checkVariants, instructionFor, variantFindings } from './draft-checks.js';
import { better, repairRequest } from './repair.js';

const input: PostsInput = {
  platform: 'x',
  format: 'post',
  topic: 'alert fatigue',
  voice: DEFAULT_VOICE,
  samples: [],
  facts: { expertise: [], achievements: ['Took pages from 40 a week to 6'], audienceProblems: [] },
  variants: 2,
};
const variant = (body: string): PostVariant => ({
  body,
  hook: body.split('\n')[0] ?? body,
  template: 'story',
});
const long = 'We deleted alerts nobody acted on. '.repeat(10).trim();

describe('draft checks', () => {
  it('counts a single post over the platform limit as a finding, not a thread or an article', () => {
    expect(variantFindings(variant(long), input).map((f) => f.code)).toEqual(['over_limit']);
    expect(variantFindings(variant(long), { ...input, format: 'thread' })).toEqual([]);
    expect(variantFindings(variant(long), { ...input, platform: 'linkedin' })).toEqual([]);
  });

  it('accepts the writer’s own numbers and flags others', () => {
    expect(variantFindings(variant('Pages went from 40 a week to 6.'), input)).toEqual([]);
    expect(variantFindings(variant('Costs fell by 37%.'), input).map((f) => f.code)).toEqual([
      'invented_number',
    ]);
  });

  it('phrases each finding as a plain instruction', () => {
    expect(instructionFor({ code: 'broken_list', message: 'Announces 4 items and lists 3' })).toBe(
      'Your draft announces 4 items and lists 3; fix it: list exactly the items it announces, or announce the number it lists.',
    );
    const [number] = variantFindings(variant('Costs fell by 37%.'), input);
    expect(number && instructionFor(number)).toMatch(
      /^The number 37 is not in the writer's facts; fix it: remove it/,
    );
  });
});

describe('repair pass', () => {
  const clean = variant('Three things helped us.\n\n1. Fewer pages.\n2. Better runbooks.\n3. Sleep.');
  const broken = variant('Four things helped us.\n\n1. Fewer pages.\n2. Better runbooks.\n3. Sleep.');

  it('lists only the failing variants, numbered as a reader counts', () => {
    const request = repairRequest(checkVariants([clean, broken], input));
    expect(request).toContain(
      'Variant 2 ("Four things helped us."):\n- Your draft announces 4 items and lists 3',
    );
    expect(request).not.toContain('Variant 1');
    expect(request).toContain('all 2 variants, in the same order');
  });

  it('keeps a repaired variant only when it has fewer findings', () => {
    const worse = variant('Four things helped us, 37% faster.\n\n1. Fewer pages.');
    const original = checkVariants([broken, broken, clean], input);
    const repaired = checkVariants([clean, worse, broken], input);
    expect(better(original, repaired).map((c) => c.variant)).toEqual([clean, broken, clean]);
  });
});
