// Brand onboarding: questionnaire answers, the assessment, and the strategy (value proposition,
// audience personas, content pillars, goals). Shared by server, AI engine and web.
import { z } from 'zod';
import { experienceLevelSchema } from './users.js';

export const platformSchema = z.enum(['linkedin', 'x', 'medium', 'bluesky', 'mastodon']);
export type Platform = z.infer<typeof platformSchema>;

/** The platforms' own names, as users know them. */
export const PLATFORM_NAMES: Record<Platform, string> = {
  linkedin: 'LinkedIn',
  x: 'X',
  medium: 'Medium',
  bluesky: 'Bluesky',
  mastodon: 'Mastodon',
};

export const brandGoalSchema = z.enum([
  'leads',
  'job',
  'thought_leadership',
  'audience_growth',
  'hiring',
  'speaking',
]);
export type BrandGoal = z.infer<typeof brandGoalSchema>;

export const toneSchema = z.enum([
  'professional',
  'friendly',
  'bold',
  'witty',
  'inspirational',
  'analytical',
  'casual',
]);
export type Tone = z.infer<typeof toneSchema>;

export const postingFrequencySchema = z.enum(['never', 'monthly', 'weekly', 'several_per_week', 'daily']);
export type PostingFrequency = z.infer<typeof postingFrequencySchema>;

const phrase = (max: number) => z.string().trim().min(2, 'Too short').max(max);
const phrases = (min: number, max: number, each = 160) =>
  z
    .array(phrase(each))
    .min(min, min === 1 ? 'Add at least one' : `Add at least ${min}`)
    .max(max, `At most ${max}`);

/** One field per question of questionnaire version 1; see GET /brand/questionnaire. */
const answerFields = {
  role: phrase(120),
  industry: phrase(120),
  experienceLevel: experienceLevelSchema,
  yearsExperience: z.number().int().min(0).max(60),
  expertise: phrases(1, 10),
  achievements: phrases(0, 10, 300),
  audience: phrase(600),
  audienceProblems: phrases(1, 10, 300),
  goals: z.array(brandGoalSchema).min(1, 'Pick at least one goal').max(3, 'Pick at most three goals'),
  platforms: z.array(platformSchema).min(1, 'Pick at least one platform'),
  postsPerWeek: z.number().int().min(1).max(21),
  currentPostingFrequency: postingFrequencySchema,
  followers: z.number().int().min(0).max(100_000_000),
  tone: z.array(toneSchema).min(1, 'Pick at least one tone').max(3, 'Pick at most three tones'),
  topicsToAvoid: phrases(0, 20, 120),
  admiredPeople: phrases(0, 10, 120),
};

/** Complete answers; optional list questions may be left out and become empty lists. */
export const brandAnswersSchema = z
  .object({
    ...answerFields,
    achievements: answerFields.achievements.default([]),
    topicsToAvoid: answerFields.topicsToAvoid.default([]),
    admiredPeople: answerFields.admiredPeople.default([]),
  })
  .strict();
export type BrandAnswers = z.infer<typeof brandAnswersSchema>;

/** Part-way answers (PUT /brand/answers): any subset, each present field valid. */
export const partialBrandAnswersSchema = z.object(answerFields).partial().strict();
/** Optional questions (lists) may be left out entirely; they default to empty lists. */
export type BrandAnswersInput = z.input<typeof brandAnswersSchema>;
export type PartialBrandAnswers = z.infer<typeof partialBrandAnswersSchema>;

export const personaSchema = z.object({
  name: z.string().min(2).max(80),
  role: z.string().min(2).max(120),
  description: z.string().min(10).max(600),
  painPoints: z.array(z.string().min(2).max(200)).min(1).max(6),
  goals: z.array(z.string().min(2).max(200)).min(1).max(6),
  platforms: z.array(platformSchema).min(1),
});
export type Persona = z.infer<typeof personaSchema>;

export const contentPillarSchema = z.object({
  name: z.string().min(2).max(60),
  description: z.string().min(10).max(400),
  exampleTopics: z.array(z.string().min(3).max(160)).min(2).max(8),
  /** Percentage of posts; the pillars' shares sum to 100. */
  share: z.number().int().min(1).max(100),
});
export type ContentPillar = z.infer<typeof contentPillarSchema>;

export const strategyGoalSchema = z.object({
  title: z.string().min(3).max(160),
  metric: z.string().min(2).max(80),
  target: z.number().positive(),
  /** YYYY-MM-DD */
  dueDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Must be a date like 2027-03-31'),
});
export type StrategyGoal = z.infer<typeof strategyGoalSchema>;

export const strategySchema = z.object({
  valueProposition: z.string().min(20).max(600),
  targetAudience: z.object({ personas: z.array(personaSchema).min(1).max(4) }),
  contentPillars: z
    .array(contentPillarSchema)
    .min(3, 'Between 3 and 5 pillars')
    .max(5, 'Between 3 and 5 pillars')
    .refine((p) => p.reduce((sum, x) => sum + x.share, 0) === 100, 'Pillar shares must sum to 100'),
  goals: z.array(strategyGoalSchema).min(1).max(6),
});
export type Strategy = z.infer<typeof strategySchema>;

export const assessmentDimensionSchema = z.enum([
  'clarity',
  'consistency',
  'visibility',
  'authority',
  'engagement',
]);
export type AssessmentDimension = z.infer<typeof assessmentDimensionSchema>;

export const dimensionScoreSchema = z.object({
  score: z.number().int().min(0).max(100),
  evidence: z.array(z.string()).min(1),
  recommendation: z.string(),
});

export const assessmentSchema = z.object({
  overall: z.number().int().min(0).max(100),
  dimensions: z.record(assessmentDimensionSchema, dimensionScoreSchema),
});
export type Assessment = z.infer<typeof assessmentSchema>;

export const questionTypeSchema = z.enum(['text', 'textarea', 'number', 'single', 'multi', 'list']);
export type QuestionType = z.infer<typeof questionTypeSchema>;

export const questionSchema = z.object({
  id: z.string(),
  step: z.string(),
  type: questionTypeSchema,
  label: z.string(),
  help: z.string().optional(),
  required: z.boolean(),
  options: z.array(z.object({ value: z.string(), label: z.string() })).optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  placeholder: z.string().optional(),
});
export type Question = z.infer<typeof questionSchema>;

export const questionnaireSchema = z.object({
  version: z.string(),
  steps: z.array(z.object({ id: z.string(), title: z.string(), description: z.string() })),
  questions: z.array(questionSchema),
});
export type Questionnaire = z.infer<typeof questionnaireSchema>;

export const savedAnswersSchema = z.object({
  questionnaireVersion: z.string(),
  answers: partialBrandAnswersSchema,
  /** Required questions still unanswered, in questionnaire order. */
  missing: z.array(z.string()),
  updatedAt: z.string().nullable(),
});
export type SavedAnswers = z.infer<typeof savedAnswersSchema>;

export const createAssessmentSchema = z.object({
  /** Complete answers; omit to assess the answers saved with PUT /brand/answers. */
  answers: brandAnswersSchema.optional(),
});

export const storedStrategySchema = z.object({
  strategy: strategySchema,
  version: z.number().int(),
  modelUsed: z.string(),
  source: z.enum(['generated', 'edited']),
  updatedAt: z.string(),
});
export type StoredStrategy = z.infer<typeof storedStrategySchema>;

/** GET /brand/status: what exists, so a client asks only for what is there (no 404 on a first visit). */
export const brandStatusSchema = z.object({
  answersUpdatedAt: z.string().nullable(),
  assessedAt: z.string().nullable(),
  strategyVersion: z.number().int().nullable(),
});
export type BrandStatus = z.infer<typeof brandStatusSchema>;

export const assessmentResultSchema = z.object({
  assessment: assessmentSchema.extend({ id: z.string().uuid(), createdAt: z.string() }),
  strategy: storedStrategySchema,
});
export type AssessmentResult = z.infer<typeof assessmentResultSchema>;

/** PATCH /brand/strategy: any top-level part; the merged strategy must still be valid. */
export const strategyPatchSchema = z
  .object({
    valueProposition: strategySchema.shape.valueProposition,
    targetAudience: strategySchema.shape.targetAudience,
    contentPillars: strategySchema.shape.contentPillars,
    goals: strategySchema.shape.goals,
  })
  .partial()
  .strict()
  .refine((p) => Object.keys(p).length > 0, 'Change at least one field');
export type StrategyPatch = z.infer<typeof strategyPatchSchema>;
