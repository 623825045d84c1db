// The assessment's score bands, as the rubric (docs/assessment-rubric.md) names them.
import { describe, expect, it } from 'vitest';
import { scoreBand } from './dimensions';

describe('scoreBand', () => {
  it('reads a score as a stage, from getting started to strong', () => {
    expect([0, 29, 30, 59, 60, 79, 80, 100].map((s) => scoreBand(s).label)).toEqual([
      'Getting started',
      'Getting started',
      'Developing',
      'Developing',
      'Established',
      'Established',
      'Strong',
      'Strong',
    ]);
  });
});
