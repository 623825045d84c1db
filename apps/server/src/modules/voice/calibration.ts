// Turns a similarity into P(same writer): logistic curves fitted on the background corpus at
// several text lengths, interpolated in log(words). Similarities of the writer's own texts and of
// strangers' both drift with length (short texts are noisy), so one curve for all lengths would
// be overconfident on tweets and timid on articles.

/** Logistic curve P(same writer) = 1 / (1 + e^-(intercept + slope × similarity)) for texts of `words`. */
export interface CalibrationPoint {
  words: number;
  intercept: number;
  slope: number;
}

export interface Calibration {
  points: CalibrationPoint[];
}

/**
 * One-feature logistic regression P(same | x), both classes weighed equally (equal priors), fitted
 * by Newton's method: where the classes overlap the curve flattens, so the score promises no more
 * certainty than the background shows.
 */
export function fitLogistic(same: number[], other: number[]): Omit<CalibrationPoint, 'words'> {
  const data = [
    ...same.map((x) => [x, 1, 0.5 / same.length]),
    ...other.map((x) => [x, 0, 0.5 / other.length]),
  ];
  let a = 0;
  let b = 0;
  for (let iteration = 0; iteration < 50; iteration++) {
    let [ga, gb, haa, hab, hbb] = [0, 0, 0, 0, 0];
    for (const [x = 0, y = 0, w = 0] of data) {
      const p = 1 / (1 + Math.exp(-(a + b * x)));
      const h = w * p * (1 - p) + 1e-9;
      ga += w * (y - p);
      gb += w * (y - p) * x;
      haa += h;
      hab += h * x;
      hbb += h * x * x;
    }
    const det = haa * hbb - hab * hab;
    a += (hbb * ga - hab * gb) / det;
    b += (haa * gb - hab * ga) / det;
  }
  return { intercept: a, slope: b };
}

export function curveFor(words: number, calibration: Calibration): CalibrationPoint {
  const points = [...calibration.points].sort((a, b) => a.words - b.words);
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) return { words, intercept: 0, slope: 1 };
  if (words <= first.words) return first;
  if (words >= last.words) return last;
  const upper = points.findIndex((p) => p.words >= words);
  const [lo, hi] = [points[upper - 1] ?? first, points[upper] ?? last];
  const t = (Math.log(words) - Math.log(lo.words)) / (Math.log(hi.words) - Math.log(lo.words));
  return {
    words,
    intercept: lo.intercept + t * (hi.intercept - lo.intercept),
    slope: lo.slope + t * (hi.slope - lo.slope),
  };
}

/** 0–1: the calibrated chance, with equal priors, that the profile's writer wrote a text of `words` words. */
export function probabilityOf(similarity: number, words: number, calibration: Calibration): number {
  const { intercept, slope } = curveFor(words, calibration);
  return 1 / (1 + Math.exp(-(intercept + slope * similarity)));
}

/** The same chance as a 0–100 integer: the voice match. */
export function voiceMatchOf(similarity: number, words: number, calibration: Calibration): number {
  return Math.round(100 * probabilityOf(similarity, words, calibration));
}
