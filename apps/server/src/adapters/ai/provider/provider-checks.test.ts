// The draft checks and the one repair pass, against the emulator's fake providers: a clean answer
// makes no repair call; a broken list, an invented number or an over-long post makes exactly one,
// whose prompt lists the findings; a repair that still fails leaves the better draft of the two.
import { describe, expect, it } from 'vitest';
import { DEFAULT_VOICE, type PostsEvent, type PostsInput, type PostVariant } from '../port.js';
import { checkVariants } from './draft-checks.js';
import { useEmulator } from './test/emulated.js';

const { ai, fault, generationRequests } = useEmulator();

const input: PostsInput = {
  platform: 'linkedin',
  format: 'post',
  topic: 'alert fatigue',
  voice: DEFAULT_VOICE,
  samples: ['We paged people for things nobody could fix. So we stopped. What would you stop paging for?'],
  facts: {
    role: 'Senior SRE',
    expertise: ['observability'],
    achievements: ['Cut pages from 40 a week to 6'],
    audienceProblems: ['on-call burnout'],
  },
  variants: 3,
};

const findingCodes = (variants: PostVariant[], request = input) =>
  checkVariants(variants, request).flatMap((c) => c.findings.map((f) => f.code));

/** The text of the last message of the request at `index` (the repair instruction, for a repair). */
async function lastMessage(index: number): Promise<string> {
  const request = (await generationRequests())[index];
  return JSON.stringify(request?.body.messages.at(-1)?.content);
}

const flawed = (provider: string, flaws: string[]) =>
  fault({ provider, kind: 'flawed_draft', flaws, count: 1 });

describe.each(['openai', 'anthropic'] as const)('%s: draft checks and repair', (provider) => {
  it('makes no repair call for a clean draft, which draws on the writer’s own facts', async () => {
    const result = await ai(provider).generator.generatePosts(input);
    expect(findingCodes(result.variants)).toEqual([]);
    expect(result.variants.some((v) => v.body.includes('Cut pages from 40 a week to 6'))).toBe(true);
    expect(await generationRequests()).toHaveLength(1);
  });

  it('repairs a broken list with one call that names the finding, and returns the repair', async () => {
    await flawed(provider, ['broken_list']);
    const result = await ai(provider).generator.generatePosts(input);
    expect(await generationRequests()).toHaveLength(2);
    expect(await lastMessage(1)).toContain('Your draft announces 4 items and lists 3; fix it');
    expect(findingCodes(result.variants)).toEqual([]);
    expect(result.variants.map((v) => v.hook).join(' ')).not.toContain('Four things');
  });

  it('repairs an invented number, telling the model it is not in the writer’s facts', async () => {
    await flawed(provider, ['invented_number']);
    const result = await ai(provider).generator.generatePosts(input);
    expect(await generationRequests()).toHaveLength(2);
    expect(await lastMessage(1)).toContain("The number 37 is not in the writer's facts; fix it: remove it");
    expect(result.variants.map((v) => v.body).join('\n')).not.toContain('37%');
  });

  it('repairs a post over the platform limit instead of leaving it to be trimmed', async () => {
    const x = { ...input, platform: 'x' as const };
    await flawed(provider, ['over_limit']);
    const result = await ai(provider).generator.generatePosts(x);
    expect(await lastMessage(1)).toContain('and X allows 280; fix it: shorten it');
    expect(findingCodes(result.variants, x)).toEqual([]);
  });

  it('keeps a repair that is better but still failing, with no second repair call', async () => {
    await flawed(provider, ['broken_list', 'invented_number']);
    await flawed(provider, ['invented_number']);
    const result = await ai(provider).generator.generatePosts(input);
    expect(await generationRequests()).toHaveLength(2);
    expect(new Set(findingCodes(result.variants))).toEqual(new Set(['invented_number']));
  });

  it('keeps the original when the repair is worse, with no second repair call', async () => {
    await flawed(provider, ['invented_number']);
    await flawed(provider, ['broken_list', 'cut_sentence']);
    const result = await ai(provider).generator.generatePosts(input);
    expect(await generationRequests()).toHaveLength(2);
    expect(new Set(findingCodes(result.variants))).toEqual(new Set(['invented_number']));
  });

  it('spends the one repair on invalid JSON and then shows the drafts as they are', async () => {
    await fault({ provider, kind: 'malformed_json', count: 1 });
    await flawed(provider, ['broken_list']);
    const result = await ai(provider).generator.generatePosts(input);
    expect(await generationRequests()).toHaveLength(2);
    expect(findingCodes(result.variants)).toContain('broken_list');
  });

  it('streams: holds failing variants back, reports repairing, then emits the repaired ones', async () => {
    await flawed(provider, ['broken_list']);
    const events: PostsEvent[] = [];
    for await (const event of ai(provider).generator.streamPosts(input)) events.push(event);
    const repairing = events.findIndex((e) => e.type === 'progress' && e.stage === 'repairing');
    const variants = events.filter((e) => e.type === 'variant');
    expect(repairing).toBeGreaterThanOrEqual(0);
    expect(events.findIndex((e) => e.type === 'variant')).toBeGreaterThan(repairing);
    expect(variants.map((e) => e.index).sort()).toEqual([0, 1, 2]);
    expect(findingCodes(variants.map((e) => e.variant))).toEqual([]);
    expect(await generationRequests()).toHaveLength(2);
  });

  it('logs the findings and the outcome of the repair at debug level', async () => {
    const lines: { details: object; message: string }[] = [];
    const log = { debug: (details: object, message: string) => void lines.push({ details, message }) };
    await flawed(provider, ['invented_number']);
    await ai(provider, {}, { log }).generator.generatePosts(input);
    expect(lines.map((l) => l.message)).toEqual([
      'draft checks failed; one repair call',
      'drafts after the repair call',
    ]);
    expect(JSON.stringify(lines[0]?.details)).toContain('invented_number');
    expect(lines[1]?.details).toEqual({ findings: [] });
  });
});

describe('the fake model’s drafts', () => {
  const topics = [
    'alert fatigue',
    'Why we deleted 70% of our alerts',
    'How do you run on-call?',
    'SLOs',
    'the 3 dashboards I still open every morning',
  ];
  const requests = (['linkedin', 'x', 'medium', 'bluesky', 'mastodon'] as const).flatMap((platform) =>
    (platform === 'medium' ? ['article'] : platform === 'linkedin' ? ['post'] : ['post', 'thread']).map(
      (format) => ({ platform, format: format as PostsInput['format'] }),
    ),
  );

  it.each(requests)('pass the checks on $platform ($format) for topics of every shape', async (request) => {
    const { generator } = ai('openai');
    for (const topic of topics) {
      const asked = { ...input, ...request, topic, variants: 5 };
      const result = await generator.generatePosts(asked);
      expect({ topic, codes: findingCodes(result.variants, asked) }).toEqual({ topic, codes: [] });
    }
    expect(await generationRequests()).toHaveLength(topics.length);
  });
});
