import { assessmentSchema, brandAnswersSchema } from '@brandwright/contracts';
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
    });
    expect(strong.dimensions.visibility.recommendation).toMatch(/^Strong already/);
    expect(assess(seniorAnswers).dimensions.visibility.recommendation).not.toMatch(/^Strong already/);
  });

  it('is a pure function of the answers', () => {
    expect(assess(seniorAnswers)).toEqual(assess(structuredClone(seniorAnswers)));
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
