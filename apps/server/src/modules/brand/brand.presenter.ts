// Turns stored brand rows into the public shapes of the contracts.
import type { AssessmentResult, StoredStrategy } from '@brandwright/contracts';
import type { AssessmentRow, StrategyRow } from './brand.repository.js';

export function presentStrategy(row: StrategyRow): StoredStrategy {
  return {
    strategy: row.strategy,
    version: row.version,
    modelUsed: row.modelUsed,
    source: row.source,
    updatedAt: row.createdAt.toISOString(),
  };
}

export function presentAssessment(row: AssessmentRow, strategy: StrategyRow): AssessmentResult {
  return {
    assessment: { ...row.assessment, id: row.id, createdAt: row.createdAt.toISOString() },
    strategy: presentStrategy(strategy),
  };
}
