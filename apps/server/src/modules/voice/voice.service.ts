// Use cases of the voice module: add and remove writing samples, learn from content feedback, read
// the profile and score a text. Every change updates the profile incrementally from the changed
// sample's stored counts, inside one transaction with the profile row locked.
import type {
  AddVoiceSampleInput,
  AddVoiceSamplesResult,
  VoiceProfile,
  VoiceSampleSource,
  VoiceScore,
} from '@brandwright/contracts';
import type { Database, Db } from '../../platform/db/index.js';
import { decodeCursor, toPage } from '../../platform/http/index.js';
import { characteristicsOf } from './characteristics.js';
import { postsOfFile } from './file-posts.js';
import { FEATURES_VERSION } from './reference.js';
import { scoreText } from './scoring.js';
import { combineCounts, type StyleCounts, styleCounts } from './style-counts.js';
import {
  assertReadable,
  contentHash,
  isReadable,
  normaliseText,
  sampleProblem,
  wordCount,
} from './text-input.js';
import { VoiceError } from './voice.errors.js';
import { presentProfile, presentSample } from './voice.presenter.js';
import type { ProfileRow, SampleRow, VoiceRepository } from './voice.repository.js';
import { describe } from './voice-description.js';
import { fitWriterCalibration, MAX_SAMPLES } from './writer-calibration.js';

export type FeedbackAction = 'accept' | 'edit' | 'reject';

/**
 * How much feedback counts: an edited draft is the writer's own correction, so it weighs most; an
 * accepted one counts like a sample; a rejected one is subtracted at half weight, pulling the
 * profile's rates away from its traits without erasing what real samples established.
 */
export const FEEDBACK_WEIGHTS: Record<FeedbackAction, number> = { accept: 1, edit: 1.5, reject: -0.5 };
/** Posts taken from one upload at most; an archive of years of posts needs no more to learn a voice. */
export const MAX_POSTS_PER_FILE = 500;

interface Post {
  text: string;
  source: VoiceSampleSource;
  weight: number;
}

export class VoiceService {
  constructor(
    private readonly database: Database,
    private readonly repository: VoiceRepository,
  ) {}

  /** One pasted text; TEXT_TOO_SHORT / TEXT_NOT_READABLE name the `text` field. */
  async addText(userId: string, input: AddVoiceSampleInput): Promise<AddVoiceSamplesResult> {
    const text = normaliseText(input.text);
    assertReadable(text, 'text');
    const problem = sampleProblem(text);
    if (problem)
      throw new VoiceError('TEXT_TOO_SHORT', undefined, { fields: [{ path: 'text', message: problem }] });
    return { items: await this.addPosts(userId, [{ text, source: input.source, weight: 1 }]), skipped: [] };
  }

  /** Every post of an uploaded file becomes its own sample; short or empty ones are reported. */
  async addFile(userId: string, filename: string, data: Buffer): Promise<AddVoiceSamplesResult> {
    const { source, posts } = postsOfFile(filename, data);
    const accepted: Post[] = [];
    const skipped: AddVoiceSamplesResult['skipped'] = [];
    posts.forEach((raw, index) => {
      const text = normaliseText(raw);
      const problem = isReadable(text) ? sampleProblem(text) : 'Contains binary data';
      if (problem) skipped.push({ index, reason: problem });
      else if (accepted.length >= MAX_POSTS_PER_FILE)
        skipped.push({ index, reason: 'Over the per-upload limit' });
      else accepted.push({ text, source, weight: 1 });
    });
    if (accepted.length === 0)
      throw new VoiceError('NO_USABLE_POSTS', undefined, {
        fields: [{ path: 'file', message: `No post of at least the minimum length among ${posts.length}` }],
      });
    return { items: await this.addPosts(userId, accepted), skipped };
  }

  /** Learns from what the writer did with a generated draft (called by the content module). */
  async recordFeedback(userId: string, feedback: { action: FeedbackAction; text: string }) {
    const text = normaliseText(feedback.text);
    assertReadable(text, 'text');
    if (sampleProblem(text)) return { recorded: false as const };
    const weight = FEEDBACK_WEIGHTS[feedback.action];
    const [item] = await this.addPosts(userId, [{ text, source: 'feedback', weight }]);
    return { recorded: true as const, sample: item };
  }

  async listSamples(userId: string, limit: number, cursor?: string) {
    const rows = await this.repository.listSamples(userId, limit, decodeCursor(cursor));
    return toPage(rows, limit, presentSample);
  }

  async deleteSample(userId: string, id: string): Promise<void> {
    await this.database.transaction(async (tx) => {
      const profile = await this.lockCurrentProfile(tx, userId);
      const row = await this.repository.deleteSample(tx, userId, id);
      if (!row) throw new VoiceError('SAMPLE_NOT_FOUND');
      await this.retrain(tx, userId, profile, [row], -1);
    });
  }

  async getProfile(userId: string): Promise<VoiceProfile> {
    return presentProfile(await this.repository.findProfile(userId));
  }

  async score(userId: string, rawText: string): Promise<VoiceScore> {
    const text = normaliseText(rawText);
    assertReadable(text, 'text');
    const problem = sampleProblem(text);
    if (problem)
      throw new VoiceError('TEXT_TOO_SHORT', undefined, { fields: [{ path: 'text', message: problem }] });
    let profile = await this.repository.findProfile(userId);
    if (profile && profile.featuresVersion !== FEATURES_VERSION)
      profile = await this.database.transaction((tx) => this.lockCurrentProfile(tx, userId));
    if (!profile || profile.sampleCount === 0 || (profile.counts.words ?? 0) <= 0)
      throw new VoiceError('PROFILE_NOT_TRAINED');
    return scoreText(styleCounts(text), profile.counts, profile.calibration);
  }

  /**
   * The locked profile, recounted first if its counts predate the current features: every sample's
   * counts are computed afresh from its stored text and summed again, once per change of features.
   */
  private async lockCurrentProfile(tx: Db, userId: string): Promise<ProfileRow> {
    const profile = await this.repository.lockProfile(tx, userId, FEATURES_VERSION);
    if (profile.featuresVersion === FEATURES_VERSION) return profile;
    let counts: StyleCounts = {};
    let sampleCount = 0;
    for (const row of await this.repository.allSamples(tx, userId)) {
      const fresh = styleCounts(row.text);
      await this.repository.updateSampleCounts(tx, row.id, fresh);
      counts = combineCounts(counts, fresh, row.weight);
      if (row.weight > 0) sampleCount++;
    }
    return this.saveCounts(tx, userId, counts, sampleCount);
  }

  private addPosts(userId: string, posts: Post[]) {
    return this.database.transaction(async (tx) => {
      const profile = await this.lockCurrentProfile(tx, userId);
      const results = [];
      const created: SampleRow[] = [];
      for (const post of posts) {
        const { row, created: isNew } = await this.repository.insertSample(tx, {
          userId,
          text: post.text,
          source: post.source,
          contentHash: contentHash(post.text),
          weight: post.weight,
          wordCount: wordCount(post.text),
          counts: styleCounts(post.text),
        });
        if (isNew) created.push(row);
        results.push({ ...presentSample(row), duplicate: !isNew });
      }
      if (created.length > 0) await this.retrain(tx, userId, profile, created, 1);
      return results;
    });
  }

  /** Adds (`sign` 1) or removes (-1) the samples' weighted counts and re-describes the profile. */
  private async retrain(tx: Db, userId: string, profile: ProfileRow, rows: SampleRow[], sign: 1 | -1) {
    let counts = profile.counts;
    let sampleCount = profile.sampleCount;
    for (const row of rows) {
      counts = combineCounts(counts, row.counts, sign * row.weight);
      if (row.weight > 0) sampleCount += sign;
    }
    await this.saveCounts(tx, userId, counts, sampleCount);
  }

  /** Stores the new counts, their description and the writer's curve refitted on the newest samples. */
  private async saveCounts(tx: Db, userId: string, counts: StyleCounts, sampleCount: number) {
    const trained = sampleCount > 0 && (counts.words ?? 0) > 0;
    const characteristics = trained ? characteristicsOf(counts) : null;
    const samples = trained ? await this.repository.recentOwnSamples(tx, userId, MAX_SAMPLES) : [];
    return this.repository.saveProfile(tx, userId, {
      counts,
      sampleCount,
      characteristics,
      description: characteristics ? describe(characteristics) : '',
      featuresVersion: FEATURES_VERSION,
      calibration: fitWriterCalibration(samples, counts),
    });
  }
}
