// The voice score's explanations state values that are true of the text and of the profile:
// each difference shown is parsed back and checked against the feature computed afresh.
import { describe, expect, it } from 'vitest';
import { sayValue, scoreText } from './scoring.js';
import { styleCounts, sumCounts } from './style-counts.js';
import { STYLE_FEATURES } from './style-features.js';

const SAMPLES = [
  'We cut our alerts by two thirds last year. It was not hard. It was boring work, done every Friday, for a month.\n\nMost pages were noise. A few were real. We kept those.',
  'On-call should be dull. When it is exciting, something upstream is broken, and the fix is rarely at three in the morning.\n\nWrite the runbook. Then delete the alert that needed it.',
  'An SLO is a promise with a number in it. If nobody changes a plan when it is missed, it is not a promise.\n\nAsk who reads it. Ask what they did last time it turned red.',
];
const DRAFTS = [
  'Why do we page people at night? Who decided that? Is it ever worth it? What would happen if we stopped? Would anyone notice? I doubt it!',
  'The aforementioned organisational considerations, notwithstanding substantial infrastructural investments undertaken throughout the preceding fiscal year, necessitated comprehensive reconsideration of incident management responsibilities across geographically distributed engineering departments.',
  "It's fine!!! We're shipping 🚀🚀 #sre #oncall #devops @ada — can't wait, won't stop, don't care 😅 #launch",
];

const LINE = /^(.+): (.+) here against (.+) in your voice profile \((higher|lower) than usual for you\)\.$/;

describe('voice match explanations', () => {
  const profile = sumCounts(SAMPLES.map(styleCounts));

  /** Checks one explanation line against the features computed afresh; false for the no-difference line. */
  function checkLine(line: string, counts: ReturnType<typeof styleCounts>): boolean {
    if (line === 'No feature stands out from your usual style.') return false;
    // These drafts are under 100 words, so the score says it cannot judge them reliably.
    if (line.startsWith('Too short to judge reliably: under 100 words')) return false;
    const m = LINE.exec(line);
    if (!m) throw new Error(`unparsed explanation: ${line}`);
    const feature = STYLE_FEATURES.find((f) => f.label.toLowerCase() === m[1]?.toLowerCase());
    if (!feature) throw new Error(`unknown feature in: ${line}`);
    const here = feature.value(counts);
    const there = feature.value(profile);
    expect(m[2]).toBe(sayValue(feature.unit, here));
    expect(m[3]).toBe(sayValue(feature.unit, there));
    expect(m[4]).toBe(here > there ? 'higher' : 'lower');
    // A difference shown must be visible in the words used for it.
    expect(m[2]).not.toBe(m[3]);
    return true;
  }

  it('state the feature values of the text and of the profile, in the direction shown', () => {
    let checked = 0;
    for (const draft of DRAFTS) {
      const counts = styleCounts(draft);
      for (const line of scoreText(counts, profile).explanation.slice(1))
        if (checkLine(line, counts)) checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(6);
  });

  it('says shares and averages in plain words, never as a bare 0..1 share', () => {
    expect(sayValue('share of sentences', 1)).toBe('every sentence');
    expect(sayValue('share of lines', 0.25)).toBe('1 in 4 lines');
    expect(sayValue('words on average', 14.04)).toBe('about 14 words a sentence');
    expect(sayValue('per 100 words', -0.001)).toBe('0 per 100 words');
  });
});
