import { describe, expect, it } from 'vitest';
import { brandAnswersSchema, partialBrandAnswersSchema } from './brand.js';

const required = {
  role: 'Fractional CFO',
  industry: 'B2B SaaS',
  experienceLevel: 'senior',
  yearsExperience: 12,
  expertise: ['cash-flow forecasting'],
  audience: 'Founders of seed-stage startups',
  audienceProblems: ['running out of cash'],
  goals: ['leads'],
  platforms: ['linkedin'],
  postsPerWeek: 3,
  currentPostingFrequency: 'monthly',
  followers: 100,
  tone: ['friendly'],
};

describe('brandAnswersSchema', () => {
  it('lets optional list questions be left out, as empty lists', () => {
    const parsed = brandAnswersSchema.parse(required);
    expect(parsed).toMatchObject({ achievements: [], topicsToAvoid: [], admiredPeople: [] });
  });

  it('keeps part-way answers as given, adding nothing', () => {
    expect(partialBrandAnswersSchema.parse({ role: 'CFO and advisor' })).toEqual({ role: 'CFO and advisor' });
  });

  it('still refuses a missing required answer and unknown keys', () => {
    const { role: _role, ...withoutRole } = required;
    expect(brandAnswersSchema.safeParse(withoutRole).success).toBe(false);
    expect(brandAnswersSchema.safeParse({ ...required, colour: 'blue' }).success).toBe(false);
  });
});
