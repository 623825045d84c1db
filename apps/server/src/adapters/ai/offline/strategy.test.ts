// Offline strategy: valid against the contract for many varied answer sets, shares sum to 100,
// goals due after the injected today, deterministic per seed.
import { brandAnswersSchema, strategySchema } from '@brandwright/contracts';
import { describe, expect, it } from 'vitest';
import { OfflineGenerator } from './generator.js';
import { firstNoun } from './phrase-form.js';
import { answersFor } from './strategy-answers.js';

const TODAY = new Date('2027-01-15T08:00:00Z');
const generator = new OfflineGenerator(() => TODAY);

const profile = { fullName: 'Dana Smith', headline: 'CFO for seed-stage startups', industry: null };

describe('offline strategy', () => {
  it('is valid, sums shares to 100 and dates goals in the future for 300 varied answer sets', async () => {
    for (let seed = 1; seed <= 300; seed++) {
      const answers = answersFor(seed);
      const { strategy, modelUsed } = await generator.generateStrategy({ answers, profile, seed });
      const parsed = strategySchema.safeParse(strategy);
      expect(parsed.success, `seed ${seed}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
      expect(strategy.contentPillars.reduce((s, p) => s + p.share, 0)).toBe(100);
      expect(strategy.contentPillars.length).toBeGreaterThanOrEqual(3);
      for (const goal of strategy.goals) expect(goal.dueDate > '2027-01-15').toBe(true);
      expect(modelUsed).toBe('offline-composer-v1');
      const text = JSON.stringify(strategy);
      expect(text).not.toMatch(/undefined|\bnull\b|\bNaN\b|\[object|lorem|\{\w+\}/i);
    }
  });

  it('reflects the answers: audience, expertise, achievements and one goal per chosen goal', async () => {
    const answers = { ...answersFor(7), expertise: ['need better forecasts', 'SaaS pricing'] };
    const { strategy } = await generator.generateStrategy({ answers, profile });
    expect(strategy.valueProposition).toMatch(/^I help /);
    // The value proposition names the expertise written as a noun phrase (clauses go to the pillars).
    expect(firstNoun(answers.expertise)?.text).toBe('SaaS pricing');
    expect(strategy.valueProposition).toContain('SaaS pricing');
    expect(strategy.targetAudience.personas[0]?.platforms).toEqual(answers.platforms);
    // Every chosen goal gets a goal, plus the publishing-consistency goal.
    expect(strategy.goals).toHaveLength(Math.min(6, new Set(answers.goals).size + 1));
    expect(strategy.goals.at(-1)).toMatchObject({
      metric: 'posts published',
      target: answers.postsPerWeek * 13,
    });
  });

  it('scales audience targets to the followers it starts from', async () => {
    const base = { ...answersFor(3), goals: ['audience_growth' as const], postsPerWeek: 5 };
    const small = await generator.generateStrategy({ answers: { ...base, followers: 200 }, profile });
    const large = await generator.generateStrategy({ answers: { ...base, followers: 50_000 }, profile });
    const target = (s: typeof small) => s.strategy.goals.find((g) => g.metric === 'followers')?.target ?? 0;
    expect(target(small)).toBeGreaterThan(200);
    expect(target(large)).toBeGreaterThan(50_000);
    expect(target(large) - 50_000).toBeGreaterThan(target(small) - 200);
  });

  it('is deterministic for the same input and seed, and follows the clock', async () => {
    const answers = answersFor(11);
    const a = await generator.generateStrategy({ answers, profile, seed: 5 });
    const b = await generator.generateStrategy({ answers, profile, seed: 5 });
    expect(b).toEqual(a);
    const later = new OfflineGenerator(() => new Date('2030-06-01T00:00:00Z'));
    const c = await later.generateStrategy({ answers, profile, seed: 5 });
    expect(c.strategy.goals.every((g) => g.dueDate > '2030-06-01')).toBe(true);
  });

  it("keeps the user's phrases whole, including one that ends with a preposition", async () => {
    const answers = brandAnswersSchema.parse({
      ...answersFor(1),
      role: 'Senior SRE',
      industry: 'Infrastructure',
      expertise: ['incident response', 'alerts worth waking up for'],
      achievements: ['Cut pages from 40 a week down to 6'],
      audience: 'Platform engineers and SRE leads at scale-ups, plus SREs moving into senior roles',
      audienceProblems: ['SLOs that nobody looks at'],
      goals: ['thought_leadership'],
    });
    const { strategy } = await generator.generateStrategy({ answers, profile });
    const phrase = /SLOs that nobody looks at\b/;
    expect(strategy.valueProposition).toMatch(phrase);
    for (const persona of strategy.targetAudience.personas) {
      expect(persona.painPoints).toContain('SLOs that nobody looks at');
      expect(persona.description).toMatch(phrase);
    }
    expect(strategy.contentPillars.flatMap((p) => p.exampleTopics).join(' | ')).toMatch(phrase);
    expect(strategy.contentPillars.map((p) => p.name)).toContain('Alerts worth waking up for');
    // Nowhere is the phrase cut short: every mention keeps its last word.
    const text = JSON.stringify(strategy);
    expect(text.match(/SLOs that nobody looks/g)?.length).toBe(
      text.match(/SLOs that nobody looks at/g)?.length,
    );
    expect(text).not.toMatch(/waking up(?! for)/);
    expect(strategy.targetAudience.personas.map((p) => p.name)).toEqual([
      'Platform engineers',
      'SRE leads at scale-ups',
      'SREs moving into senior roles',
    ]);
  });
});
