// The premises of engagement reasons, re-checked on the text they explain by measurements of its
// own (wink's hashtag tokens, sentence split, platformLength, the posting time), not by the
// scorer's measurePost. Each checker parses one reason shape and says what is false in it; a reason
// no checker parses is reported too. Test support: used by the explanation test, the writing suite
// and bench:writing (premises.ts).
import { PLATFORM_NAMES, type Platform, platformLength } from '@brandwright/contracts';
import {
  HASHTAG_RANGE,
  SWEET_SPOT,
  WORDS_PER_LINE,
} from '../../modules/content/generation/engagement-features.js';
import { HOOK_KIND_PHRASE, hookKind } from '../../modules/content/generation/hook-kind.js';
import { analyze, sentencesOf } from '../../platform/nlp/index.js';

/** What a reason's premise is checked against: the text the score was computed on. */
export interface Post {
  platform: Platform;
  text: string;
  hook: string;
  at?: Date;
}

export type Shape = 'length' | 'hashtags' | 'hook' | 'asks' | 'lines' | 'time';

/** The shape a checker recognised, and what in the premise is not true of the post. */
interface Verdict {
  shape: Shape;
  wrong: string[];
}

type Check = (premise: string, p: Post) => Verdict | null;

const num = (s: string | undefined) => Number((s ?? '').replace(/,/g, ''));
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
/** Hashtags as wink tokenises them, independent of the scorer's pattern. */
export const hashtagCount = (text: string) => analyze(text).tokens.filter((t) => t.kind === 'hashtag').length;
const PHRASE_KIND: Record<string, string> = Object.fromEntries(
  Object.entries(HOOK_KIND_PHRASE).map(([k, v]) => [v, k]),
);

/** "said X, is Y" for each pair that differs. */
function differences(pairs: [string, unknown, unknown][]): string[] {
  return pairs
    .filter(([, said, is]) => JSON.stringify(said) !== JSON.stringify(is))
    .map(([what, said, is]) => `${what}: says ${JSON.stringify(said)}, is ${JSON.stringify(is)}`);
}

const checkLength: Check = (premise, p) => {
  const m = /^length ([\d,]+) (characters?|words?) \((\w+) sweet spot ([\d,]+)–([\d,]+)\)$/.exec(premise);
  if (!m) return null;
  const spot = SWEET_SPOT[p.platform];
  const length = p.platform === 'medium' ? words(p.text) : platformLength(p.platform, p.text);
  return {
    shape: 'length',
    wrong: differences([
      ['length', num(m[1]), length],
      ['platform', m[3], PLATFORM_NAMES[p.platform]],
      ['sweet spot', [num(m[4]), num(m[5])], [spot.min, spot.max]],
    ]),
  };
};

const checkHashtags: Check = (premise, p) => {
  const m = /^(no hashtags|(\d+) hashtags?) \((\w+) posts do best with ([\d–]+|none)\)$/.exec(premise);
  if (!m) return null;
  const counted = hashtagCount(p.text);
  const [lo, hi] = HASHTAG_RANGE[p.platform];
  const range = hi === 0 ? 'none' : lo === hi ? String(lo) : `${lo}–${hi}`;
  return {
    shape: 'hashtags',
    wrong: differences([
      ['hashtags', m[2] ? Number(m[2]) : 0, counted],
      ['range', m[4], range],
    ]),
  };
};

const checkHook: Check = (premise, p) => {
  const is = /^hook is (.+)$/.exec(premise);
  if (!is) return null;
  const not = /^not (.+) \(it is (.+)\)$/.exec(is[1] as string);
  const kind = hookKind(p.hook);
  const wrong = not
    ? [
        ...(PHRASE_KIND[not[1] as string] === kind ? [`hook is ${kind}, said not to be`] : []),
        ...differences([['hook kind', PHRASE_KIND[not[2] as string], kind]]),
      ]
    : differences([['hook kind', PHRASE_KIND[is[1] as string], kind]]);
  return { shape: 'hook', wrong };
};

/** The last sentence with a word in it; a closing line of hashtags or emoji is not a sentence. */
function endsWithQuestion(text: string): boolean {
  const last = sentencesOf(text)
    .filter((s) => /(^|\s)[\p{L}\p{N}]/u.test(s.replace(/#\S+/g, '')))
    .at(-1);
  return (last ?? '')
    .replace(/(\s*(#\S+|\p{Extended_Pictographic}))+\s*$/u, '')
    .trim()
    .endsWith('?');
}

const checkAsks: Check = (premise, p) => {
  const m = /^(ends|does not end) with a question to the reader$/.exec(premise);
  if (!m) return null;
  return {
    shape: 'asks',
    wrong: differences([['ends with a question', m[1] === 'ends', endsWithQuestion(p.text)]]),
  };
};

const checkLines: Check = (premise, p) => {
  const m = /^(short|long) paragraphs \(([\d,]+) lines? for ([\d,]+) words?, about ([\d,]+) a line\)$/.exec(
    premise,
  );
  if (!m) return null;
  const lines = p.text.split('\n').filter((l) => l.trim()).length;
  const count = words(p.text);
  // "About N a line" is the rounded ratio (40.5 is "about 41"); the label follows that N.
  const perLine = Math.round(count / lines);
  return {
    shape: 'lines',
    wrong: differences([
      ['lines, words, per line', [num(m[2]), num(m[3]), num(m[4])], [lines, count, perLine]],
      ['paragraphs', m[1], perLine <= WORDS_PER_LINE ? 'short' : 'long'],
    ]),
  };
};

const checkTime: Check = (premise, p) => {
  if (premise === 'no posting time chosen (neutral)')
    return { shape: 'time', wrong: p.at ? [`a posting time was chosen: ${p.at.toISOString()}`] : [] };
  const m =
    /^posting time (\w{3}) (\d\d):(\d\d) UTC \((weekday|weekend), (business hours|outside business hours)\)$/.exec(
      premise,
    );
  if (!m) return null;
  if (!p.at) return { shape: 'time', wrong: ['no posting time was chosen'] };
  const at = p.at;
  const hours = at.getUTCHours() >= 8 && at.getUTCHours() <= 17;
  return {
    shape: 'time',
    wrong: differences([
      ['day', m[1], at.toUTCString().slice(0, 3)],
      ['time', [Number(m[2]), Number(m[3])], [at.getUTCHours(), at.getUTCMinutes()]],
      ['week part', m[4], [0, 6].includes(at.getUTCDay()) ? 'weekend' : 'weekday'],
      ['hours', m[5], hours ? 'business hours' : 'outside business hours'],
    ]),
  };
};

const CHECKS = [checkLength, checkHashtags, checkHook, checkAsks, checkLines, checkTime];

/** What is false in one premise ("unparseable" when no checker knows its shape); [] when true. */
export function premiseFailures(premise: string, p: Post, shapes?: Set<Shape>): string[] {
  for (const check of CHECKS) {
    const verdict = check(premise, p);
    if (!verdict) continue;
    shapes?.add(verdict.shape);
    return verdict.wrong.map((w) => `"${premise}": ${w}`);
  }
  return [`"${premise}": unparseable`];
}
