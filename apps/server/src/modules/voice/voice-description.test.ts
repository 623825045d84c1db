// The profile's plain-words description is computed on what the writer sees: questions per post,
// sentences per visible paragraph, and rates as "1 in 12 sentences". Each habit is checked on
// samples that have it and samples that do not.
import { expect, it, describe as suite } from 'vitest';
import { characteristicsOf } from './characteristics.js';
import { scoreText } from './scoring.js';
import { styleCounts, sumCounts, visibleParagraphs } from './style-counts.js';
import { describe } from './voice-description.js';

/** LinkedIn-style posts of 13 sentences: two-sentence paragraphs on their own lines, one "!", a closing question. */
const SRE_POSTS = [
  'We deleted 70% of our alerts last quarter. On-call got better, not worse.\nThe rule was simple. Every page had to change what someone did that night.\nMost alerts failed that test. They described symptoms nobody could act on!\nWe kept the ones tied to user pain. Latency, errors and saturation stayed.\nThe team slept again. Pages fell from 40 a week to 6.\nThe hard part was trust. People feared missing the next outage.\nWhich alert would you delete first?',
  'Our p99 went from 900 ms to 180 ms in a month. It was not a rewrite.\nWe profiled one endpoint at a time. The slowest query came first.\nThen we fixed the connection pool. It had been far too small for years!\nCaching came last and mattered least. Nobody expected that result.\nThe graphs told the story. Each change moved one line.\nI would do it the same way again. Small steps beat big plans.\nWhat slowed your service down the most?',
  'SLOs that nobody looks at are decorations. We had a dozen of them.\nEach one looked good on a slide. None of them changed a decision.\nSo we cut them to three. Each has an owner and a weekly review!\nThe review takes ten minutes. It asks one question about budget.\nSpend the budget on features or on fixes. That is the whole meeting.\nThe dashboards got quieter. The conversations got sharper.\nHow many of your SLOs changed a decision this month?',
];

/** Essay-style samples: five-sentence paragraphs separated by blank lines, no questions, no "!". */
const ESSAYS = [
  'The migration took three months. We moved one service each week. Every move had a rollback plan. None of them was needed. The plan still mattered.\n\nThe database came last. It held ten years of data. We copied it twice before the switch. The switch took four minutes. Nobody noticed it happened.',
  'Capacity planning starts with demand. We measured it for a full year. The peaks came in March and November. Both peaks were larger than forecast. The forecast used the wrong baseline.\n\nWe rebuilt the model from raw traffic. It now tracks weekly patterns. The error fell by half. The budget discussion became shorter. Finance trusted the numbers again.',
  'Incident reviews work when they are short. Ours take thirty minutes. The author writes the timeline first. The team reads it in silence. Then the discussion starts.\n\nThe output is one change per review. It goes into the next sprint. Large changes get a design document. Small ones are done the same week. The backlog stays honest.',
];

const profileOf = (posts: string[]) => characteristicsOf(sumCounts(posts.map(styleCounts)));

suite('voice description', () => {
  it('counts questions per post: every sample ends with one', () => {
    const text = describe(profileOf(SRE_POSTS));
    expect(text).toContain('ends every post with a question (3 of 3 samples)');
    expect(text).not.toMatch(/rarely asks questions/);
  });

  it('says so when no sample asks a question', () => {
    const text = describe(profileOf(ESSAYS));
    expect(text).toContain('asks no questions (0 of 3 samples)');
    const mixed = describe(profileOf([SRE_POSTS[0] ?? '', ...ESSAYS.slice(0, 2)]));
    expect(mixed).toContain('asks a question in 1 of 3 samples');
  });

  it('measures paragraphs as the reader sees them, in sentences per paragraph', () => {
    const posts = profileOf(SRE_POSTS);
    expect(posts.sentenceStructure.lineBreakStyle).toBe('short paragraphs');
    expect(describe(posts)).toContain('short paragraphs (about 2 sentences each)');
    const essays = profileOf(ESSAYS);
    expect(essays.sentenceStructure.lineBreakStyle).toBe('long paragraphs');
    expect(describe(essays)).toContain('long paragraphs (about 5 sentences each)');
    const oneLiners = profileOf([
      'Ship small.\nShip often.\nMeasure what users feel.\nDelete what nobody reads.\nRepeat every week.',
    ]);
    expect(describe(oneLiners)).toContain('one sentence per paragraph');
  });

  it('treats hard-wrapped lines as one paragraph', () => {
    expect(
      visibleParagraphs('The migration took three months and we moved\none service each week. It worked.'),
    ).toBe(1);
    expect(visibleParagraphs('First thought.\nSecond thought.\n\nThird one.')).toBe(3);
  });

  it('says exclamations as "1 in n sentences", and nothing when there are none', () => {
    expect(describe(profileOf(SRE_POSTS))).toContain('1 in 13 sentences ends with !');
    expect(describe(profileOf(ESSAYS))).not.toContain('!');
  });

  it('gives sentence length in words and never a raw share', () => {
    const text = describe(profileOf(ESSAYS));
    expect(text).toMatch(/^Short, punchy sentences \(about \d+ words each\)/);
    expect(text).not.toMatch(/\b0\.\d/);
  });

  it('falls back to sentence rates for a profile learned before posts were measured', () => {
    const legacy = sumCounts(SRE_POSTS.map(styleCounts));
    for (const key of ['postShapes', 'questionEndings', 'questionPosts', 'visibleParagraphs'])
      delete legacy[key];
    const text = describe(characteristicsOf(legacy));
    expect(text).toContain('1 in 13 sentences is a question');
  });
});

suite('voice score explanation', () => {
  it('says shares in plain words, never "share of sentences" or a bare 0..1 number', () => {
    const profile = sumCounts(ESSAYS.map(styleCounts));
    const shouting = styleCounts(
      'We did it! It works! Nobody believed us! Ship it today! Tell everyone you know!',
    );
    const lines = scoreText(shouting, profile).explanation.join(' ');
    expect(lines).toMatch(/Exclamations: every sentence here against no sentence in your voice profile/);
    expect(lines).not.toMatch(/share of sentences|\b0\.\d|\b1 share/);
  });
});
