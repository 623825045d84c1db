// K-fold cross-validation of the engagement model: the mean absolute error of its predicted rate on
// posts it was not fitted on, next to the error of the naive guess (the training folds' median
// rate). The model is used only when it beats that guess, so a user never gets a fitted score that
// is worse than saying "your typical post".
export interface ValidationResult {
  folds: number;
  /** Mean absolute error of the model's predicted rate on held-out posts (0.006 = 0.6 points). */
  mae: number;
  /** The same error when predicting the training folds' median rate for every held-out post. */
  naiveMae: number;
}

export const VALIDATION_FOLDS = 5;

type Fit = (xs: number[][], ys: number[]) => (x: number[]) => number;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

/**
 * Folds are interleaved by index (post i goes to fold i mod k): the history is ordered by time, so
 * every fold spans the whole period and none is one unusual month.
 */
export function crossValidate(
  xs: number[][],
  ys: number[],
  fit: Fit,
  k = VALIDATION_FOLDS,
): ValidationResult {
  let modelError = 0;
  let naiveError = 0;
  for (let fold = 0; fold < k; fold++) {
    const trainX = xs.filter((_, i) => i % k !== fold);
    const trainY = ys.filter((_, i) => i % k !== fold);
    const predict = fit(trainX, trainY);
    const guess = median(trainY);
    xs.forEach((x, i) => {
      if (i % k !== fold) return;
      const actual = ys[i] ?? 0;
      modelError += Math.abs(predict(x) - actual);
      naiveError += Math.abs(guess - actual);
    });
  }
  return { folds: k, mae: modelError / xs.length, naiveMae: naiveError / xs.length };
}

/** True when the model's held-out error is below the naive guess's. */
export const beatsNaive = (v: ValidationResult) => v.mae < v.naiveMae;
