// The voice API: writing samples, the learned voice profile and the voice-match score.
import { z } from 'zod';

export const voiceSampleSourceSchema = z.enum(['paste', 'file', 'linkedin', 'x', 'feedback']);
export type VoiceSampleSource = z.infer<typeof voiceSampleSourceSchema>;

/** Longest text accepted in one sample or score request, in characters. */
export const VOICE_TEXT_MAX_CHARS = 20_000;
/** Shortest sample that says anything about a voice, in words. */
export const VOICE_SAMPLE_MIN_WORDS = 20;

/** Largest file accepted by POST /voice/samples (multipart). */
export const VOICE_UPLOAD_MAX_BYTES = 5 * 1024 * 1024;
/** File types POST /voice/samples understands: text, Markdown, LinkedIn Shares.csv, X archive tweets.js. */
export const VOICE_UPLOAD_EXTENSIONS = ['.txt', '.md', '.markdown', '.csv', '.js'] as const;

export const addVoiceSampleSchema = z
  .object({
    text: z.string().max(VOICE_TEXT_MAX_CHARS, `At most ${VOICE_TEXT_MAX_CHARS} characters`),
    // Feedback samples come only from the content workflow, never from this endpoint.
    source: voiceSampleSourceSchema.exclude(['feedback']).default('paste'),
  })
  .strict();
export type AddVoiceSampleInput = z.infer<typeof addVoiceSampleSchema>;

export const voiceSampleSchema = z.object({
  id: z.string().uuid(),
  text: z.string(),
  source: voiceSampleSourceSchema,
  weight: z.number(),
  wordCount: z.number().int(),
  createdAt: z.string(),
});
export type VoiceSample = z.infer<typeof voiceSampleSchema>;

export const addVoiceSamplesResultSchema = z.object({
  /** Every accepted post, with `duplicate: true` when the same text was already a sample. */
  items: z.array(voiceSampleSchema.extend({ duplicate: z.boolean() })),
  /** Posts of an uploaded file that were left out, and why. */
  skipped: z.array(z.object({ index: z.number().int(), reason: z.string() })),
});
export type AddVoiceSamplesResult = z.infer<typeof addVoiceSamplesResultSchema>;

export const voiceSampleIdParamsSchema = z.object({ id: z.string().uuid('Must be a sample id') });

const featureRateSchema = z.object({ name: z.string(), value: z.number(), unit: z.string() });

export const voiceCharacteristicsSchema = z.object({
  tonePreferences: z.object({
    formality: z.enum(['casual', 'neutral', 'formal']),
    sentiment: z.enum(['positive', 'neutral', 'negative']),
    averageSentiment: z.number(),
    contractionsPer100Words: z.number(),
    exclamationShare: z.number(),
  }),
  sentenceStructure: z.object({
    averageWords: z.number(),
    variation: z.number(),
    shortShare: z.number(),
    longShare: z.number(),
    questionShare: z.number(),
    /** Measured on paragraphs as a reader sees them: blank lines or lines ending a sentence. */
    lineBreakStyle: z.enum(['one line per sentence', 'short paragraphs', 'long paragraphs']),
    /** Sentences per visible paragraph; absent on profiles learned before it was measured. */
    sentencesPerParagraph: z.number().optional(),
    readingEase: z.number(),
    gradeLevel: z.number(),
  }),
  vocabularyPatterns: z.object({
    averageWordLength: z.number(),
    complexWordsPer100Words: z.number(),
    dominantPerson: z.enum(['first singular', 'first plural', 'second', 'third']),
    person: z.object({ firstSingular: z.number(), firstPlural: z.number(), second: z.number() }),
    topFunctionWords: z.array(featureRateSchema),
    keyPhrases: z.array(z.string()),
  }),
  engagementStyle: z.object({
    emojiPer100Words: z.number(),
    hashtagsPerPost: z.number(),
    mentionsPerPost: z.number(),
    linksPerPost: z.number(),
    listLineShare: z.number(),
    questionShare: z.number(),
    /**
     * Per post, as weighted sample counts: samples measured, ending with a question, containing
     * one. Absent on profiles learned before posts were measured.
     */
    postsMeasured: z.number().optional(),
    postsEndingWithQuestion: z.number().optional(),
    postsWithQuestion: z.number().optional(),
  }),
});
export type VoiceCharacteristics = z.infer<typeof voiceCharacteristicsSchema>;

export const voiceProfileSchema = z.object({
  trained: z.boolean(),
  sampleCount: z.number().int(),
  wordCount: z.number(),
  lastTrainedAt: z.string().nullable(),
  version: z.number().int(),
  /** Plain words a user can read, e.g. "Short, punchy sentences; asks questions; no emoji". */
  description: z.string(),
  voiceCharacteristics: voiceCharacteristicsSchema.nullable(),
});
export type VoiceProfile = z.infer<typeof voiceProfileSchema>;

export const voiceScoreRequestSchema = z
  .object({ text: z.string().max(VOICE_TEXT_MAX_CHARS, `At most ${VOICE_TEXT_MAX_CHARS} characters`) })
  .strict();
export type VoiceScoreRequest = z.infer<typeof voiceScoreRequestSchema>;

export const voiceScoreSchema = z.object({
  /** 0–100: calibrated chance that the profile's author wrote the text. */
  voiceMatch: z.number().int().min(0).max(100),
  /** 10th–90th percentile of the score had the text used its words a little differently: wide on short texts. */
  interval: z.tuple([z.number().int().min(0).max(100), z.number().int().min(0).max(100)]),
  /** False below the length where attribution holds (100 words): the number is then a weak guess. */
  reliable: z.boolean(),
  explanation: z.array(z.string()),
  /** Authorship distance: 1 − the combined similarity (0 is identical, larger is further). */
  distance: z.number(),
  differences: z.array(
    z.object({
      feature: z.string(),
      unit: z.string(),
      text: z.number(),
      profile: z.number(),
      zDifference: z.number(),
    }),
  ),
});
export type VoiceScore = z.infer<typeof voiceScoreSchema>;
