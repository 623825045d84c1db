// The one-click rewrites of the offline engine: shorter is shorter and keeps the opening, close and
// line breaks; a new hook replaces the opening with another kind of opener; more formal leaves no
// contraction, exclamation or emoji; more like me moves the text toward each habit of the voice and
// keeps the candidate the writer's scorer likes best.
import { describe, expect, it } from 'vitest';
import { DEFAULT_VOICE, type RewriteInput, type VoiceStyle } from '../port.js';
import { OfflineGenerator } from './generator.js';
import { openerKind, splitOpening } from './rewrite-hook.js';

const generator = new OfflineGenerator(() => new Date('2027-01-15T08:00:00Z'));
const POST = [
  'Our on-call rotation was burning people out.',
  '',
  'We had five alerts a night and most of them were noise. Nobody trusted the pager anymore. We spent a quarter deleting alerts that never led to action. The ones left each had an owner and a runbook.',
  '',
  'Now the pager rings twice a week, and people actually answer it.',
].join('\n');
const CONTRACTION = /\b\w+['’](?:t|re|ve|m|d|ll)\b|\b(?:it|that|what|there|here|he|she|let)['’]s\b/i;
const EMOJI = /\p{Extended_Pictographic}/u;

const rewrite = async (
  instruction: RewriteInput['instruction'],
  text = POST,
  extra: Partial<RewriteInput> = {},
) => (await generator.rewrite({ text, instruction, voice: DEFAULT_VOICE, seed: 0, ...extra })).text;

describe('shorter', () => {
  it('drops middle sentences, keeps the opening, the close and the paragraph breaks', async () => {
    const out = await rewrite('shorten');
    expect(out.length).toBeLessThan(POST.length * 0.85);
    expect(out.startsWith('Our on-call rotation was burning people out.\n\n')).toBe(true);
    // "actually" is a filler: it goes too.
    expect(out.endsWith('people answer it.')).toBe(true);
  });

  it('leaves a two-sentence text without fillers as it is (nothing to cut)', async () => {
    const text = 'Alerts need owners. Runbooks need dates.';
    expect(await rewrite('shorten', text)).toBe(text);
  });
});

const RESUMES = [
  "I've reviewed 400 résumés this quarter. The ones that get a call back have one thing in common: they say what changed because the person was there.",
  '',
  'Not "responsible for onboarding". Instead: "cut time-to-first-commit from 9 days to 2".',
  '',
  "If you're job hunting, rewrite one bullet tonight. Just one. See what happens.",
].join('\n');

describe('shorter keeps whole thoughts', () => {
  it('never leaves a sentence whose antecedent it dropped, and keeps the close', async () => {
    const out = await rewrite('shorten', RESUMES);
    expect(out.length).toBeLessThan(RESUMES.length * 0.85);
    // "The ones that…" leans on the résumés; "Instead: …" on "Not …": each stays with it or goes with it.
    expect(out.includes('The ones that')).toBe(out.includes('400 résumés'));
    expect(out.includes('Instead:')).toBe(out.includes('Not "responsible'));
    expect(out).toContain('rewrite one bullet tonight.');
    expect(out.endsWith('See what happens.')).toBe(true);
    // Fragments go before arguments.
    expect(out).not.toContain('Just one.');
  });

  it('drops the shorter aside before the argument in a middle paragraph', async () => {
    const out = await rewrite('shorten');
    expect(out).toContain('We spent a quarter deleting alerts');
    expect(out).not.toContain('Nobody trusted the pager anymore.');
  });
});

describe('new hook', () => {
  it('keeps the old opening when the next sentence leans on it, and names no stray word', async () => {
    const out = await rewrite('new_hook', RESUMES);
    const [first, , second] = out.split('\n');
    expect(second?.startsWith("I've reviewed 400 résumés this quarter. The ones")).toBe(true);
    // No word recurs in the text, so the opener names no topic ("…the real problem with back…").
    expect(first).not.toMatch(/\b(back|call|thing|quarter)\b/);
  });

  it('replaces the first line with an opener of another kind and keeps the rest', async () => {
    const out = await rewrite('new_hook');
    const [first] = out.split('\n');
    expect(first).not.toBe('Our on-call rotation was burning people out.');
    expect(openerKind(first ?? '')).not.toBe('statement');
    expect(out).toContain(POST.split('\n').slice(1).join('\n').trim());
  });

  it('gives another opener for another seed, and never a question for a question', async () => {
    const hooks = new Set<string>();
    for (const seed of [0, 1, 2, 3, 4])
      hooks.add((await rewrite('new_hook', POST, { seed })).split('\n')[0] ?? '');
    expect(hooks.size).toBeGreaterThan(1);
    const asked = 'Why do alerts pile up?\n\nBecause nobody deletes them.';
    expect(openerKind((await rewrite('new_hook', asked)).split('\n')[0] ?? '')).not.toBe('question');
  });

  it('splits a first line of several sentences at its first sentence', () => {
    expect(splitOpening('One. Two three.\nFour.')).toEqual({ hook: 'One.', rest: 'Two three.\nFour.' });
  });
});

describe('more formal', () => {
  it('leaves no contraction, exclamation or emoji', async () => {
    const text = "I can't believe it's working! We won't go back 🚀 and you'd agree, let's see what's next.";
    const out = await rewrite('more_formal', text);
    expect(out).not.toMatch(CONTRACTION);
    expect(out).not.toMatch(EMOJI);
    expect(out).not.toContain('!');
    expect(out).toContain('I cannot believe it is working.');
    expect(out).toContain('will not');
  });
});

describe('more like me', () => {
  const casualWe: VoiceStyle = {
    ...DEFAULT_VOICE,
    person: 'we',
    contractionRate: 1,
    emojiRate: 0,
    exclamationRate: 0,
    hashtagsPerPost: 0,
    avgSentenceWords: 8,
    lineBreaks: 'line_per_sentence',
  };
  const text =
    'I do not think alerts are the problem, and I have seen teams fix them in a week! 🚀 It is the ownership that is missing. #SRE #OnCall';

  it('moves every habit toward the voice: person, contractions, emoji, hashtags, line breaks', async () => {
    const out = await rewrite('more_like_me', text, { voice: casualWe });
    expect(out).toMatch(/\bwe don't\b/i);
    expect(out).toMatch(/\bit's\b/i);
    expect(out).not.toMatch(EMOJI);
    expect(out).not.toContain('#');
    expect(out).not.toContain('!');
    expect(out.split('\n').length).toBeGreaterThan(2);
  });

  it("keeps the candidate the writer's scorer rates highest", async () => {
    const scored: string[] = [];
    // Prefers texts that still hold an "I": the candidate without the person move wins.
    const voiceCheck = {
      floor: 50,
      score: async (t: string) => {
        scored.push(t);
        return /\bI\b/.test(t) ? 90 : 40;
      },
    };
    const out = await rewrite('more_like_me', text, { voice: casualWe, voiceCheck });
    expect(scored.length).toBeGreaterThan(2);
    expect(out).toMatch(/\bI\b/);
    expect(out).not.toMatch(EMOJI);
  });

  it('uses an opener the writer leans on in their samples', async () => {
    const samples = [
      'So, we shipped it. So the pager went quiet. It was a good week.',
      'So here is the thing. We wrote it down. So it stuck.',
    ];
    const out = await rewrite('more_like_me', 'Alerts need owners. Runbooks need dates. Both need time.', {
      voice: { ...DEFAULT_VOICE, hashtagsPerPost: 0, avgSentenceWords: 4 },
      samples,
    });
    expect(out).toMatch(/So, runbooks need dates\./);
  });
});
