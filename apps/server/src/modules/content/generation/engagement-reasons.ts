// The reasons shown under the engagement score. Each states the premise it measured on the text
// ("2 hashtags (X posts do best with 1–2)") and is rendered from a { feature, premise, points }
// record, so what the user reads and what was scored cannot drift apart.
import { PLATFORM_NAMES } from '@brandwright/contracts';
import type { FeatureName } from './engagement-features.js';
import {
  HASHTAG_RANGE,
  inBusinessHours,
  isWeekday,
  type PostMeasures,
  SWEET_SPOT,
  WORDS_PER_LINE,
} from './engagement-features.js';
import { HOOK_KIND_PHRASE, type HookKind } from './hook-kind.js';

export interface Reason {
  feature: FeatureName;
  /** What was measured, true of the text whatever the points. */
  premise: string;
  points: number;
}

const n = (x: number) => x.toLocaleString('en-US');
const plural = (count: number, word: string) => `${n(count)} ${word}${count === 1 ? '' : 's'}`;
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const pad = (x: number) => String(x).padStart(2, '0');
const HOOK_FEATURE: Partial<Record<FeatureName, HookKind>> = {
  hookQuestion: 'question',
  hookNumber: 'number',
  hookContrarian: 'contrarian',
  hookStory: 'story',
};

function lengthPremise(m: PostMeasures): string {
  const spot = SWEET_SPOT[m.platform];
  return `length ${plural(m.length, m.lengthUnit.slice(0, -1))} (${PLATFORM_NAMES[m.platform]} sweet spot ${n(spot.min)}–${n(spot.max)})`;
}

function hashtagPremise(m: PostMeasures): string {
  const [lo, hi] = HASHTAG_RANGE[m.platform];
  const count = m.hashtags === 0 ? 'no hashtags' : plural(m.hashtags, 'hashtag');
  const range = hi === 0 ? 'none' : lo === hi ? n(lo) : `${lo}–${hi}`;
  return `${count} (${PLATFORM_NAMES[m.platform]} posts do best with ${range})`;
}

function hookPremise(m: PostMeasures, kind: HookKind): string {
  if (m.hookKind === kind) return `hook is ${HOOK_KIND_PHRASE[kind]}`;
  return `hook is not ${HOOK_KIND_PHRASE[kind]} (it is ${HOOK_KIND_PHRASE[m.hookKind]})`;
}

function linesPremise(m: PostMeasures): string {
  const perLine = Math.round(m.words / Math.max(1, m.lines));
  const size = perLine <= WORDS_PER_LINE ? 'short paragraphs' : 'long paragraphs';
  return `${size} (${plural(m.lines, 'line')} for ${plural(m.words, 'word')}, about ${n(perLine)} a line)`;
}

function timePremise(at: Date | undefined): string {
  if (!at) return 'no posting time chosen (neutral)';
  const when = `${WEEKDAYS[at.getUTCDay()]} ${pad(at.getUTCHours())}:${pad(at.getUTCMinutes())} UTC`;
  const day = isWeekday(at) ? 'weekday' : 'weekend';
  const hours = inBusinessHours(at) ? 'business hours' : 'outside business hours';
  return `posting time ${when} (${day}, ${hours})`;
}

/** The premise of `feature` on the post: what it measured, true whether or not it earns points. */
export function premiseOf(feature: FeatureName, m: PostMeasures): string {
  const kind = HOOK_FEATURE[feature];
  if (kind) return hookPremise(m, kind);
  switch (feature) {
    case 'lengthFit':
      return lengthPremise(m);
    case 'asksReader':
      return m.asksReader
        ? 'ends with a question to the reader'
        : 'does not end with a question to the reader';
    case 'hashtagFit':
      return hashtagPremise(m);
    case 'whiteSpace':
      return linesPremise(m);
    default:
      return timePremise(m.postedAt);
  }
}

/** "2 hashtags (X posts do best with 1–2) +8". */
export function renderPoints(reason: Reason): string {
  return `${reason.premise} +${Math.round(reason.points)}`;
}
