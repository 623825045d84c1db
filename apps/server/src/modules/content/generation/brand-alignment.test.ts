// Brand alignment with the offline embedder: drafts on the user's work are never penalised for
// topics to avoid, drafts about them are, and naming one costs the full penalty.
import { describe, expect, it } from 'vitest';
import { AVOID_NAMED_PENALTY, scoreAlignment } from './brand-alignment.js';
import { AVOIDED, NEAR_AVOIDED, ON_TOPIC, offlineAi, SRE_STRATEGY } from './scoring.fixtures.js';

const { embedder } = offlineAi();
const score = (texts: string[], topicsToAvoid: string[]) =>
  scoreAlignment(embedder, { strategy: SRE_STRATEGY, topicsToAvoid }, texts);

describe('topics to avoid', () => {
  it('do not penalise posts on alerting, on-call, SLOs, hiring or cash flow', async () => {
    const texts = Object.values(ON_TOPIC);
    const [avoiding, free] = await Promise.all([score(texts, AVOIDED), score(texts, [])]);
    avoiding.forEach((s, i) => {
      expect(s.score).toBe(free[i]?.score);
      expect(s.explanation.join(' ')).not.toMatch(/avoid/);
    });
  });

  it('penalise posts about an election campaign or a party policy, saying by how much', async () => {
    const texts = Object.values(NEAR_AVOIDED);
    const [avoiding, free] = await Promise.all([score(texts, AVOIDED), score(texts, [])]);
    avoiding.forEach((s, i) => {
      const reason = s.explanation.find((r) => r.startsWith('Comes close to "Politics"'));
      const cost = Number(/\(−(\d+)\)\.$/.exec(reason ?? '')?.[1]);
      expect(cost).toBeGreaterThanOrEqual(20);
      expect(s.score).toBe(Math.max(0, (free[i]?.score ?? 0) - cost));
      expect(s.explanation.join(' ')).not.toMatch(/Religion/);
    });
  });

  it(`take ${AVOID_NAMED_PENALTY} from a post that names the topic, as a whole word in any case`, async () => {
    const named = `${ON_TOPIC.alerting}\n\nAnd no, this is not about politics.`;
    const [s] = await score([named], AVOIDED);
    expect(s?.explanation).toContain(
      `Mentions "Politics", a topic you want to avoid (−${AVOID_NAMED_PENALTY}).`,
    );
    const [unpenalised] = await score([named], []);
    expect(s?.score).toBe(Math.max(0, (unpenalised?.score ?? 0) - AVOID_NAMED_PENALTY));
    const [geopolitics] = await score([`${ON_TOPIC.slos} Geopoliticsweekly is a newsletter.`], AVOIDED);
    expect(geopolitics?.explanation.join(' ')).not.toMatch(/Mentions/);
  });

  // The offline embedder matches words: these posts share words with their pillar's description.
  it('name the pillar a post shares its words with', async () => {
    const [alerting, onCall, hiring] = await score(
      [ON_TOPIC.alerting, ON_TOPIC.onCall, ON_TOPIC.hiring].map(String),
      [],
    );
    expect(alerting?.explanation[0]).toMatch(
      /^Closest pillar: Alerting and on-call \(similarity 0\.\d\d\)\.$/,
    );
    expect(onCall?.explanation[0]).toMatch(/^Closest pillar: Alerting and on-call /);
    expect(hiring?.explanation[0]).toMatch(/^Closest pillar: Growing as a senior engineer /);
  });
});
