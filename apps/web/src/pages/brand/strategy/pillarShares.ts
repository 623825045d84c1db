// Content pillar shares: the running total, and "balance" — scale the shares so they add up to
// exactly 100 while keeping their proportions (largest-remainder rounding, at least 1 each).
export const SHARES_TOTAL = 100;

/** A typed share as a number; anything that is not a positive whole number counts as 0. */
export function shareValue(text: string): number {
  const value = Number(text);
  return Number.isInteger(value) && value > 0 ? value : 0;
}

export function totalShare(shares: readonly string[]): number {
  return shares.reduce((sum, share) => sum + shareValue(share), 0);
}

/** Largest-remainder rounding of `exact` (which sums to SHARES_TOTAL) to whole numbers. */
function roundToTotal(exact: number[]): number[] {
  const rounded = exact.map(Math.floor);
  let left = SHARES_TOTAL - rounded.reduce((sum, n) => sum + n, 0);
  const byRemainder = exact.map((value, index) => ({ index, rest: value - Math.floor(value) }));
  byRemainder.sort((a, b) => b.rest - a.rest);
  for (const { index } of byRemainder) {
    if (left <= 0) break;
    rounded[index] = (rounded[index] ?? 0) + 1;
    left -= 1;
  }
  return rounded;
}

/** Every share at least 1: take what is missing from the largest shares. */
function atLeastOne(shares: number[]): number[] {
  const result = [...shares];
  for (let i = 0; i < result.length; i += 1) {
    if ((result[i] ?? 0) >= 1) continue;
    const largest = result.indexOf(Math.max(...result));
    result[largest] = (result[largest] ?? 0) - 1;
    result[i] = 1;
  }
  return result;
}

/**
 * Shares scaled to sum to 100 in their current proportions. With nothing to go by (all empty or
 * zero) the split is even.
 */
export function balanceShares(shares: readonly string[]): number[] {
  if (shares.length === 0) return [];
  const values = shares.map(shareValue);
  const sum = values.reduce((total, n) => total + n, 0);
  const weights = sum > 0 ? values : values.map(() => 1);
  const weightSum = weights.reduce((total, n) => total + n, 0);
  return atLeastOne(roundToTotal(weights.map((w) => (w / weightSum) * SHARES_TOTAL)));
}
