// The posts prompt, read as text: it carries the writer's facts, their voice in plain words, the
// platform's limit, the rules, and up to three of their samples labelled as style examples (none
// when there are none). Assertions on what the prompt says, never snapshots.
import { describe, expect, it } from 'vitest';
import { DEFAULT_VOICE, NO_FACTS, type PostsInput, postsOutputSchema } from '../port.js';
import { EXAMPLE_MAX_CHARS, pickExamples } from './few-shot.js';
import { postsMessages, postsRequest, postsSystem } from './post-prompt.js';
import { describeVoice } from './voice-words.js';

const schema = postsOutputSchema(2);
const base: PostsInput = {
  platform: 'linkedin',
  format: 'post',
  topic: 'alert fatigue',
  voice: DEFAULT_VOICE,
  samples: [],
  variants: 2,
};
const facts = {
  role: 'Senior SRE',
  industry: 'Fintech',
  yearsExperience: 12,
  expertise: ['observability', 'incident response'],
  achievements: ['Cut p99 latency from 900 to 180 ms', 'Took pages from 40 a week to 6'],
  audienceProblems: ['on-call burnout'],
};
const short = (n: number) =>
  `Short post number ${'one two three'.split(' ')[n] ?? n}: we paged less and slept more.`;
const long = (n: number) =>
  `Long post ${n}. ${'We rewrote the alerting rules from scratch, one service at a time. '.repeat(8)}`;

describe('posts prompt', () => {
  it('says who the writer is in the system message and lists their facts in the request', () => {
    const input = { ...base, facts, pillar: 'Reliability' };
    const system = postsSystem(input, schema);
    for (const part of [
      'Role: Senior SRE',
      'Industry: Fintech',
      'Years of experience: 12',
      'observability; incident response',
    ])
      expect(system).toContain(part);
    const request = postsRequest(input);
    expect(request).toContain('Topic: alert fatigue');
    expect(request).toContain('Pillar: Reliability');
    expect(request).toContain('- Cut p99 latency from 900 to 180 ms\n- Took pages from 40 a week to 6');
    expect(request).toContain("Their audience's problems:\n- on-call burnout");
  });

  it('makes no claims for a writer who gave no facts', () => {
    expect(postsSystem({ ...base, facts: NO_FACTS }, schema)).toContain('make no claims about their job');
    expect(postsRequest(base)).toContain('Achievements: none given, so claim no results.');
  });

  it("carries the platform's limit from the contracts and its thread rule", () => {
    expect(postsSystem(base, schema)).toContain('A post holds at most 3,000 characters');
    const thread = postsSystem({ ...base, platform: 'x', format: 'thread' }, schema);
    expect(thread).toContain('Each post of a thread holds at most 280 characters as X counts them');
    expect(thread).toContain('rather than cramming several points into one post');
    expect(postsSystem({ ...base, platform: 'bluesky' }, schema)).toContain('at most 300 characters');
    expect(postsRequest({ ...base, platform: 'mastodon' })).toContain('Length: at most 500 characters');
  });

  it('states the rules the drafts are checked against', () => {
    const system = postsSystem(base, schema);
    expect(system).toContain('Never invent numbers, percentages, clients');
    expect(system).toContain('A list has exactly the items it announces');
    expect(system).toContain('Finish every sentence');
    expect(system).toContain('No more than 2 hashtags');
    expect(postsSystem({ ...base, voice: { ...DEFAULT_VOICE, hashtagsPerPost: 0 } }, schema)).toContain(
      '- No hashtags.',
    );
  });

  it('describes the voice in plain words', () => {
    const voice = { ...DEFAULT_VOICE, avgSentenceWords: 8, questionRate: 0.2, exclamationRate: 1 / 12 };
    const words = describeVoice({ ...voice, person: 'we', contractionRate: 0.9 });
    expect(words).toContain('Short sentences, about 8 words on average.');
    expect(words).toContain('about 1 in 5 sentences is a question');
    expect(words).toContain('About 1 in 12 sentences ends with "!"');
    expect(words).toContain('("we")');
    expect(words).toContain('Uses contractions freely');
  });

  it('shows the samples as labelled style examples, and no example when there are none', () => {
    const samples = [short(0), short(1)];
    const system = postsSystem({ ...base, platform: 'x', samples }, schema);
    expect(system).toContain('Style examples: posts the writer wrote themselves');
    expect(system).toContain('do not copy their sentences');
    expect(system).toContain(`<example 1>\n${samples[0]}\n</example 1>`);
    expect(system).toContain(`<example 2>\n${samples[1]}\n</example 2>`);
    const none = postsMessages(base, schema)
      .map((m) => String(m.content))
      .join('\n');
    expect(none).not.toContain('<example');
    expect(none).toContain("There are no examples of the writer's posts yet");
  });
});

describe('few-shot choice', () => {
  it('takes at most three, those of the platform’s length first, in retrieval order', () => {
    const samples = [long(1), short(0), long(2), short(1), short(2), long(3)];
    expect(pickExamples(samples, 'x', 'post').map((e) => e.text)).toEqual([short(0), short(1), short(2)]);
    const forLinkedIn = pickExamples(samples, 'linkedin', 'post').map((e) => e.text);
    expect(forLinkedIn).toEqual([long(1), long(2), long(3)].map((s) => s.trim()));
  });

  it('falls back to samples of another length, skips duplicates and cuts long ones at a sentence', () => {
    const essay = 'We measured everything. '.repeat(100);
    const picked = pickExamples([essay, essay, short(0)], 'x', 'post');
    expect(picked.map((e) => e.excerpt)).toEqual([false, true]);
    const cut = picked[1]?.text ?? '';
    expect(cut.length).toBeLessThanOrEqual(EXAMPLE_MAX_CHARS);
    expect(cut.endsWith('everything.')).toBe(true);
  });
});
