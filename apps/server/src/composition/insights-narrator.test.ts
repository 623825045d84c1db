// The insights summary through the AI provider, end to end over HTTP: a scripted OpenAI-compatible
// model answers, createAi builds the provider writer, and the insights service decides. A traceable
// answer is used (narrator "ai"); one with an invented number, an error after the retries, or JSON
// that stays invalid after the repair call falls back to the offline composer, and says why in the log.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAi } from '../adapters/ai/index.js';
import { type ScriptedModel, startScriptedModel } from '../adapters/ai/provider/test/scripted.js';
// The service alone: no database is needed for a report that is computed, not stored.
import { InsightsService } from '../modules/insights/insights.service.js';
import { MemoryKv } from '../platform/kv/index.js';
import { narrativeWriterOf } from './learning.js';

let model: ScriptedModel;
beforeAll(async () => {
  model = await startScriptedModel();
});
afterAll(() => model.close());

const answer = (summary: string, actionItems: string[]) => ({
  content: JSON.stringify({ summary, actionItems }),
});

function reportWith() {
  const ai = createAi(
    {
      AI_PROVIDER: 'openai',
      AI_BASE_URL: model.baseUrl,
      AI_API_KEY: 'test-key',
      AI_MODEL: 'scripted-model',
      AI_TIMEOUT_MS: 5000,
      AI_MAX_RETRIES: 1,
      AI_EMBEDDING_MODEL: undefined,
      AI_EMBEDDING_BASE_URL: undefined,
      AI_EMBEDDING_API_KEY: undefined,
      AI_EMBEDDING_DIMENSIONS: undefined,
    },
    { policy: { sleep: async () => undefined } },
  );
  const warnings: string[] = [];
  const service = new InsightsService({
    // No posts with metrics: the report is the one `data` insight (0 posts, 20 needed).
    history: { records: async () => [] },
    kv: new MemoryKv(),
    clock: () => new Date('2027-03-20T12:00:00Z'),
    zones: { timezoneOf: async () => 'UTC' },
    writer: narrativeWriterOf(ai.insightsWriter),
    log: { warn: (_details, message) => void warnings.push(message) },
  });
  return { report: () => service.report('u1', { month: '2027-02' }), warnings };
}

describe('insights summary from the AI provider', () => {
  it('uses a traceable answer and sends the evidence in the prompt', async () => {
    const { report, warnings } = reportWith();
    model.script(
      answer('You have 0 posts with metrics this month, and patterns need 20.', ['Publish 20 posts.']),
    );
    const body = await report();
    expect(body.narrator).toBe('ai');
    expect(body.summary).toBe('You have 0 posts with metrics this month, and patterns need 20.');
    expect(body.actionItems).toEqual(['Publish 20 posts.']);
    expect(warnings).toEqual([]);
    const prompt = model.prompts.at(-1) ?? '';
    expect(prompt).toContain('Period: 2027-02-01 to 2027-02-28.');
    expect(prompt).toContain('"metric":"posts_missing"');
  });

  it('falls back to the offline composer when the answer invents a number', async () => {
    const { report, warnings } = reportWith();
    model.script(answer('Your engagement rose 35% this month; keep going.', ['Post at 9am.']));
    const body = await report();
    expect(body.narrator).toBe('offline');
    expect(body.summary).not.toContain('35');
    expect(body.summary).toContain('not enough data');
    expect(warnings).toEqual([
      'insights narrative had numbers not in the evidence; used the offline composer',
    ]);
  });

  it('falls back when the provider fails after its retries', async () => {
    const { report, warnings } = reportWith();
    model.script({ status: 503 }, { status: 503 });
    const before = model.prompts.length;
    const body = await report();
    expect(model.prompts.length - before).toBe(2);
    expect(body.narrator).toBe('offline');
    expect(warnings).toEqual(['insights narrative failed; used the offline composer']);
  });

  it('falls back when the answer stays invalid after the one repair call', async () => {
    const { report } = reportWith();
    model.script({ content: '{"summary": "Too short"}' }, { content: 'not json at all' });
    const body = await report();
    expect(body.narrator).toBe('offline');
    expect(model.prompts.at(-1)).toContain('Your answer was not valid');
  });
});
