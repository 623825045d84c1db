// The assessment's rules: valid scores with evidence, advice aimed at the weakest factor, and scores
// calibrated on evidence (docs/assessment-rubric.md): a silent beginner scores low, a prolific
// expert high, and an expert who rarely posts in the middle with visibility and engagement low.
import { assessmentSchema, type BrandAnswers, brandAnswersSchema } from '@brandwright/contracts';
import { describe, expect, it } from 'vitest';
import { newcomerAnswers, seniorAnswers } from '../../test/brand-answers.js';
import { assess } from './assessment.js';
import { missingAnswers, questionnaire } from './questionnaire.js';

describe('assess', () => {
  it('scores every dimension 0–100 with evidence and a recommendation', () => {
    const result = assessmentSchema.parse(assess(seniorAnswers));
    for (const d of Object.values(result.dimensions)) {
      expect(d.score).toBeGreaterThanOrEqual(0);
      expect(d.score).toBeLessThanOrEqual(100);
      expect(d.evidence.length).toBeGreaterThan(0);
      expect(d.recommendation.length).toBeGreaterThan(10);
    }
  });

  it('rates a focused, proven, active professional above a newcomer on every dimension', () => {
    const senior = assess(seniorAnswers);
    const newcomer = assess(newcomerAnswers);
    expect(senior.overall).toBeGreaterThan(newcomer.overall + 20);
    for (const dimension of ['clarity', 'consistency', 'visibility', 'authority', 'engagement'] as const) {
      expect(senior.dimensions[dimension].score).toBeGreaterThan(newcomer.dimensions[dimension].score);
    }
  });

  it('quotes the answers as evidence and aims the advice at the weakest factor', () => {
    const newcomer = assess(newcomerAnswers);
    expect(newcomer.dimensions.clarity.evidence.join(' ')).toContain('"startups"');
    expect(newcomer.dimensions.consistency.recommendation).toMatch(/fewer platforms|rhythm/);
    expect(newcomer.dimensions.authority.recommendation).toMatch(/achievements|Quantify|authority/);
  });

  it('gives no advice where a dimension is already strong', () => {
    const strong = assess({
      ...seniorAnswers,
      currentPostingFrequency: 'several_per_week',
      followers: 120_000,
      platforms: ['linkedin', 'x', 'bluesky'],
    });
    expect(strong.dimensions.visibility.recommendation).toMatch(/^Strong already/);
    expect(assess(seniorAnswers).dimensions.visibility.recommendation).not.toMatch(/^Strong already/);
  });

  it('is a pure function of the answers', () => {
    expect(assess(seniorAnswers)).toEqual(assess(structuredClone(seniorAnswers)));
  });
});

/** The senior SRE of issue 11: deep, proven expertise, but posts monthly to a few hundred people. */
const sre: BrandAnswers = {
  ...seniorAnswers,
  role: 'Senior SRE at a fintech scale-up',
  industry: 'Infrastructure',
  yearsExperience: 12,
  expertise: ['observability', 'incident response', 'SLOs'],
  achievements: ['Cut p99 latency from 900 to 180 ms', 'Took on-call from 40 pages a week down to 6'],
  audience: 'Platform engineers and SRE leads at scale-ups, plus SREs moving into senior roles',
  audienceProblems: ['SLOs that nobody looks at', 'alert fatigue', 'buy-in for reliability work'],
  platforms: ['linkedin', 'x'],
  postsPerWeek: 2,
  currentPostingFrequency: 'monthly',
  followers: 350,
  tone: ['analytical'],
  admiredPeople: [],
};

const expert: BrandAnswers = {
  ...sre,
  currentPostingFrequency: 'daily',
  followers: 50_000,
  platforms: ['linkedin', 'x', 'bluesky'],
  postsPerWeek: 7,
  tone: ['analytical', 'friendly'],
  admiredPeople: ['Charity Majors'],
  achievements: [...sre.achievements, 'Keynote at SREcon 2026'],
};

describe('assess, calibrated on evidence', () => {
  it('scores a silent beginner low, with no visibility or engagement at all', () => {
    // newcomerAnswers: never posts, 0 followers, no achievements.
    const silent = assess(newcomerAnswers);
    expect(silent.overall).toBeLessThan(30);
    expect(silent.dimensions.visibility.score).toBe(0);
    expect(silent.dimensions.engagement.score).toBe(0);
    expect(silent.dimensions.visibility.evidence.join(' ')).toMatch(/published nothing/);
  });

  it('scores a prolific expert high on every dimension', () => {
    const result = assess(expert);
    expect(result.overall).toBeGreaterThan(80);
    for (const d of Object.values(result.dimensions)) expect(d.score).toBeGreaterThan(80);
  });

  it('puts an expert who posts monthly in the middle, with visibility and engagement low', () => {
    const result = assess(sre);
    expect(result.overall).toBeGreaterThanOrEqual(35);
    expect(result.overall).toBeLessThanOrEqual(65);
    expect(result.dimensions.visibility.score).toBeLessThan(30);
    expect(result.dimensions.engagement.score).toBeLessThan(30);
    expect(result.dimensions.consistency.score).toBeLessThan(50);
    // Achievements with numbers are real evidence of authority.
    expect(result.dimensions.authority.score).toBeGreaterThan(70);
  });

  it('raises visibility and engagement with each step of posting frequency, and with followers', () => {
    const steps = (['never', 'monthly', 'weekly', 'several_per_week', 'daily'] as const).map((f) =>
      assess({ ...sre, currentPostingFrequency: f }),
    );
    for (let i = 1; i < steps.length; i++) {
      expect(steps[i]?.dimensions.visibility.score).toBeGreaterThan(
        steps[i - 1]?.dimensions.visibility.score ?? 0,
      );
      expect(steps[i]?.dimensions.engagement.score).toBeGreaterThan(
        steps[i - 1]?.dimensions.engagement.score ?? 0,
      );
    }
    const more = assess({ ...sre, followers: 20_000 });
    expect(more.dimensions.visibility.score).toBeGreaterThan(assess(sre).dimensions.visibility.score);
    // Followers without any output are no visibility.
    expect(
      assess({ ...sre, followers: 20_000, currentPostingFrequency: 'never' }).dimensions.visibility.score,
    ).toBe(0);
  });
});

describe('questionnaire v1', () => {
  it('asks exactly the fields of BrandAnswers, each in a known step', () => {
    const ids = questionnaire.questions.map((q) => q.id).sort();
    expect(ids).toEqual(Object.keys(brandAnswersSchema.shape).sort());
    const steps = new Set(questionnaire.steps.map((s) => s.id));
    for (const q of questionnaire.questions) expect(steps.has(q.step)).toBe(true);
  });

  it('offers exactly the values the schema accepts for choice questions', () => {
    for (const q of questionnaire.questions.filter((x) => x.options)) {
      for (const o of q.options ?? []) {
        const value = q.type === 'multi' ? [o.value] : o.value;
        expect(
          brandAnswersSchema.shape[q.id as keyof typeof brandAnswersSchema.shape].safeParse(value).success,
        ).toBe(true);
      }
    }
  });

  it('lists the required questions still unanswered', () => {
    expect(missingAnswers({})).toContain('role');
    expect(missingAnswers({ ...seniorAnswers, achievements: [] })).toEqual([]);
    expect(missingAnswers({ ...seniorAnswers, expertise: [] })).toEqual(['expertise']);
  });
});
