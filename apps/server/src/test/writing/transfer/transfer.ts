// Voice transfer, measured: for each writer, a profile from their own samples only; drafts on
// shared topics generated from that profile (its VoiceStyle, the samples in few-shot order and, on
// the provider path, the voice check); every draft scored against every writer's profile through
// the voice module's public index. Shared by scripts/bench/voice-transfer.ts and its test.
import type { PostsInput, TextGenerator } from '../../../adapters/ai/index.js';
import { authorFactsOf } from '../../../modules/content/generation/author-facts.js';
import { fewShotOrder, usualFloor } from '../../../modules/content/generation/voice-fit.js';
import { voiceStyleOfCharacteristics } from '../../../modules/content/generation/voice-style.js';
import {
  characteristicsOf,
  type StyleCounts,
  scoreText,
  styleCounts,
  sumCounts,
} from '../../../modules/voice/index.js';
import { cfo } from '../personas/cfo.js';
import { designer } from '../personas/designer.js';
import { founder } from '../personas/founder.js';
import { nurse } from '../personas/nurse.js';
import { recruiter } from '../personas/recruiter.js';
import { sre } from '../personas/sre.js';
import type { PersonaData } from '../personas/types.js';
import { analyst } from './analyst.js';
import { teacher } from './teacher.js';

/** The six writing-bench personas and two more writers of distinct voices (teacher, analyst). */
export const WRITERS: PersonaData[] = [sre, cfo, designer, recruiter, nurse, founder, teacher, analyst];

/** Topics any of the writers could post about, so only the voice tells the drafts apart. */
export const SHARED_TOPICS = [
  'what I learned from my first year in this job',
  'how to give feedback that lands',
  'saying no to a project',
  'the meeting I would cancel',
  'what good onboarding looks like',
  'mistakes that taught me the most',
  'how I plan my week',
  'asking for help early',
  'why small experiments beat big plans',
  'what I look for in a mentor',
  'burnout and how teams notice it',
  'the tool I stopped using',
];

export interface WriterProfile {
  writer: PersonaData;
  counts: StyleCounts;
  input: Omit<PostsInput, 'topic'>;
}

const scoreAgainst = (text: StyleCounts, profile: StyleCounts) => scoreText(text, profile).voiceMatch;

/** A writer's profile and the generation input built from it (withCheck: the provider's voice check). */
export function profileOf(writer: PersonaData, withCheck: boolean): WriterProfile {
  const counts = sumCounts(writer.samples.map(styleCounts));
  const samples = fewShotOrder(writer.samples.map((text) => ({ text, feedback: false })));
  const { floor } = usualFloor(writer.samples);
  const voiceCheck = { floor, score: async (text: string) => scoreAgainst(styleCounts(text), counts) };
  const input: Omit<PostsInput, 'topic'> = {
    platform: 'linkedin',
    format: 'post',
    voice: voiceStyleOfCharacteristics(characteristicsOf(counts)),
    samples,
    facts: authorFactsOf(writer.answers),
    variants: 1,
    seed: 1,
    ...(withCheck ? { voiceCheck } : {}),
  };
  return { writer, counts, input };
}

export interface WriterFigures {
  id: string;
  drafts: number;
  /** Drafts whose best-scoring profile is their own writer's. */
  attributed: number;
  ownMean: number;
  otherMean: number;
}

export interface TransferResult {
  writers: WriterFigures[];
  attribution: number;
  ownMean: number;
  otherMean: number;
  ms: number;
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

function figuresOf(profiles: WriterProfile[], own: number, drafts: string[]): WriterFigures {
  const scores = drafts.map((d) => profiles.map((p) => scoreAgainst(styleCounts(d), p.counts)));
  const attributed = scores.filter((s) => s.indexOf(Math.max(...s)) === own).length;
  return {
    id: profiles[own]?.writer.id ?? '?',
    drafts: drafts.length,
    attributed,
    ownMean: mean(scores.map((s) => s[own] ?? 0)),
    otherMean: mean(scores.flatMap((s) => s.filter((_, j) => j !== own))),
  };
}

/** Generates one draft per writer × topic and scores each against every writer's profile. */
export async function measureTransfer(
  generator: TextGenerator,
  writers: PersonaData[],
  topics: string[],
  withCheck: boolean,
): Promise<TransferResult> {
  const start = performance.now();
  const profiles = writers.map((w) => profileOf(w, withCheck));
  const figures: WriterFigures[] = [];
  for (const [i, profile] of profiles.entries()) {
    const drafts: string[] = [];
    for (const topic of topics) {
      const { variants } = await generator.generatePosts({ ...profile.input, topic });
      drafts.push(...variants.map((v) => v.body));
    }
    figures.push(figuresOf(profiles, i, drafts));
  }
  const total = figures.reduce((n, f) => n + f.drafts, 0);
  return {
    writers: figures,
    attribution: figures.reduce((n, f) => n + f.attributed, 0) / Math.max(1, total),
    ownMean: mean(figures.map((f) => f.ownMean)),
    otherMean: mean(figures.map((f) => f.otherMean)),
    ms: performance.now() - start,
  };
}
