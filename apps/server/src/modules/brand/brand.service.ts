// Use cases of brand onboarding: save answers part-way, assess them, generate the strategy through
// the AI port, and edit the strategy with every version kept.
import { createHash } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import {
  type AssessmentResult,
  type BrandAnswers,
  type BrandStatus,
  brandAnswersSchema,
  type PartialBrandAnswers,
  type SavedAnswers,
  type StoredStrategy,
  type Strategy,
  type StrategyPatch,
  strategySchema,
} from '@brandwright/contracts';
import type { Database } from '../../platform/db/index.js';
import { decodeCursor, toPage } from '../../platform/http/index.js';
import type { UsersService } from '../users/index.js';
import { assess } from './assessment.js';
import { BrandError } from './brand.errors.js';
import { presentAssessment, presentStrategy } from './brand.presenter.js';
import type { BrandRepository } from './brand.repository.js';
import { missingAnswers, QUESTIONNAIRE_VERSION, questionnaire } from './questionnaire.js';

/** What the brand module needs from the AI layer (wired in app.ts). */
export interface StrategyGenerator {
  generateStrategy(input: {
    answers: BrandAnswers;
    profile: { fullName: string; headline: string | null; industry: string | null };
  }): Promise<{ strategy: Strategy; modelUsed: string }>;
}

/** Canonical JSON (sorted keys) so equal answers hash equally whatever their key order. */
function hashAnswers(answers: BrandAnswers): string {
  const canonical = JSON.stringify(answers, Object.keys(answers).sort());
  return createHash('sha256').update(canonical).digest('hex');
}

export class BrandService {
  constructor(
    private readonly database: Database,
    private readonly repository: BrandRepository,
    private readonly users: UsersService,
    private readonly generator: StrategyGenerator,
  ) {}

  questionnaire() {
    return questionnaire;
  }

  async answers(userId: string): Promise<SavedAnswers> {
    const row = await this.repository.findAnswers(userId);
    const answers = row?.answers ?? {};
    return {
      questionnaireVersion: row?.questionnaireVersion ?? QUESTIONNAIRE_VERSION,
      answers,
      missing: missingAnswers(answers),
      updatedAt: row?.updatedAt.toISOString() ?? null,
    };
  }

  async saveAnswers(userId: string, answers: PartialBrandAnswers): Promise<SavedAnswers> {
    const row = await this.repository.saveAnswers(userId, QUESTIONNAIRE_VERSION, answers);
    return {
      questionnaireVersion: row.questionnaireVersion,
      answers: row.answers,
      missing: missingAnswers(row.answers),
      updatedAt: row.updatedAt.toISOString(),
    };
  }

  /** Assesses complete answers (given, or else the saved ones) and generates a strategy from them. */
  async createAssessment(userId: string, given?: BrandAnswers): Promise<AssessmentResult> {
    const answers = given ?? (await this.completeSavedAnswers(userId));
    const answersHash = hashAnswers(answers);
    const repeated = await this.repeatedAssessment(userId, answersHash);
    if (repeated) {
      await this.fillProfileGaps(userId, answers);
      return repeated;
    }

    const user = await this.users.get(userId);
    const { headline, industry, fullName } = user.profile;
    // Generation may take seconds with a cloud model: do it before opening the transaction.
    const generated = await this.generator.generateStrategy({
      answers,
      profile: { fullName, headline, industry },
    });
    const strategy = strategySchema.parse(generated.strategy);
    const result = await this.database.transaction(async (tx) => {
      await this.repository.saveAnswers(userId, QUESTIONNAIRE_VERSION, answers, tx);
      const row = await this.repository.insertAssessment(tx, {
        userId,
        questionnaireVersion: QUESTIONNAIRE_VERSION,
        answers,
        answersHash,
        assessment: assess(answers),
      });
      const current = await this.repository.currentStrategy(userId, tx);
      const next = { strategy, modelUsed: generated.modelUsed, source: 'generated' as const };
      const saved = await this.repository.appendStrategy(tx, userId, current?.version ?? 0, next);
      if (!saved) throw new BrandError('STALE_VERSION');
      return presentAssessment(row, saved);
    });
    await this.fillProfileGaps(userId, answers);
    return result;
  }

  /**
   * The questionnaire asks what the profile asks (role, industry, seniority): answers fill the
   * profile's empty fields, so settings show what onboarding was told. Filled fields stay as set.
   */
  private async fillProfileGaps(userId: string, answers: BrandAnswers): Promise<void> {
    const { profile } = await this.users.get(userId);
    const gaps = {
      ...(profile.headline ? {} : { headline: answers.role }),
      ...(profile.industry ? {} : { industry: answers.industry }),
      ...(profile.experienceLevel ? {} : { experienceLevel: answers.experienceLevel }),
    };
    if (Object.keys(gaps).length > 0) await this.users.updateProfile(userId, gaps);
  }

  async latestAssessment(userId: string): Promise<AssessmentResult> {
    const [row, strategy] = await Promise.all([
      this.repository.latestAssessment(userId),
      this.repository.currentStrategy(userId),
    ]);
    if (!row || !strategy) throw new BrandError('NO_ASSESSMENT');
    return presentAssessment(row, strategy);
  }

  /** What the user has so far: saved answers, an assessment, a strategy (its version). */
  async status(userId: string): Promise<BrandStatus> {
    const [answers, assessment, strategy] = await Promise.all([
      this.repository.findAnswers(userId),
      this.repository.latestAssessment(userId),
      this.repository.currentStrategy(userId),
    ]);
    return {
      answersUpdatedAt: answers?.updatedAt.toISOString() ?? null,
      assessedAt: assessment && strategy ? assessment.createdAt.toISOString() : null,
      strategyVersion: strategy?.version ?? null,
    };
  }

  async strategy(userId: string): Promise<StoredStrategy> {
    const row = await this.repository.currentStrategy(userId);
    if (!row) throw new BrandError('NO_STRATEGY');
    return presentStrategy(row);
  }

  /** Applies a partial edit as a new version. `expectedVersion` (from If-Match) guards against lost edits. */
  async updateStrategy(
    userId: string,
    patch: StrategyPatch,
    expectedVersion?: number,
  ): Promise<StoredStrategy> {
    const current = await this.repository.currentStrategy(userId);
    if (!current) throw new BrandError('NO_STRATEGY');
    if (expectedVersion !== undefined && expectedVersion !== current.version)
      throw new BrandError('STALE_VERSION');
    const merged = strategySchema.parse({ ...current.strategy, ...patch });
    // A retried PATCH that changes nothing must not pile up identical versions.
    if (isDeepStrictEqual(merged, current.strategy)) return presentStrategy(current);
    const saved = await this.database.transaction((tx) =>
      this.repository.appendStrategy(tx, userId, current.version, {
        strategy: merged,
        modelUsed: current.modelUsed,
        source: 'edited',
      }),
    );
    if (!saved) throw new BrandError('STALE_VERSION');
    return presentStrategy(saved);
  }

  async strategyVersions(userId: string, limit: number, cursor?: string) {
    const rows = await this.repository.listStrategyVersions(userId, limit, decodeCursor(cursor));
    return toPage(rows, limit, presentStrategy);
  }

  private async completeSavedAnswers(userId: string): Promise<BrandAnswers> {
    const saved = await this.repository.findAnswers(userId);
    const missing = missingAnswers(saved?.answers ?? {});
    const parsed = brandAnswersSchema.safeParse(saved?.answers ?? {});
    if (missing.length > 0 || !parsed.success) {
      const fields =
        missing.length > 0
          ? missing.map((path) => ({ path: `answers.${path}`, message: 'Required' }))
          : (parsed.error?.issues ?? []).map((i) => ({
              path: `answers.${i.path.join('.')}`,
              message: i.message,
            }));
      throw new BrandError('INCOMPLETE_ANSWERS', undefined, { fields });
    }
    return parsed.data;
  }

  private async repeatedAssessment(
    userId: string,
    answersHash: string,
  ): Promise<AssessmentResult | undefined> {
    const [latest, strategy] = await Promise.all([
      this.repository.latestAssessment(userId),
      this.repository.currentStrategy(userId),
    ]);
    if (latest?.answersHash === answersHash && strategy) return presentAssessment(latest, strategy);
    return undefined;
  }
}
