// What kind of hook a post opens with: contrarian, question, number-led, story or a plain
// statement. The engagement score gives points by kind and says which kind it saw, so the kind
// must be right: explicit markers for contrarian hooks, a count for number-led ones, and a
// first-person past-tense verb (from wink's tags and lemmas) or a time anchor for stories.
import { analyze, isPastForm, type Token } from '../../../platform/nlp/index.js';

export type HookKind = 'contrarian' | 'question' | 'number' | 'story' | 'statement';

/** How each kind is said in an explanation ("hook is a question"). */
export const HOOK_KIND_PHRASE: Record<HookKind, string> = {
  contrarian: 'contrarian',
  question: 'a question',
  number: 'number-led',
  story: 'a story',
  statement: 'a plain statement',
};

// biome-ignore format: one word list reads better packed
const COUNT_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven',
  'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];
const COUNT = `(?:[2-9]|[1-9]\\d{1,2}|${COUNT_WORDS.join('|')})`;
const TIME_UNIT = '(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|quarters?|years?|decades?)';

/** Explicit contrarian markers; "wrong" or "never" alone is not one (lessons use them too). */
const CONTRARIAN = [
  /\b(unpopular|controversial) (opinion|take)\b/i,
  /\bhot take\b/i,
  /^stop\b/i,
  /\bover(rated|hyped)\b/i,
  /\b(everyone|everybody) (says|thinks|believes|tells you)\b/i,
  /\b(i|we) (strongly |respectfully )?disagree\b/i,
  /\bmost (advice|people|teams|companies|guides|experts|managers|engineers)\b[^.?!]*\b(wrong|backwards)\b/i,
  /\bmyths?\b/i,
];

/** A count at the start ("3 things…", "Five lessons…"), not a time anchor ("Two years ago"). */
const COUNT_FIRST = new RegExp(
  `^(?:(?:the|my|our|top)\\s+)?${COUNT}\\s+(?!${TIME_UNIT}\\s+ago\\b)\\p{L}`,
  'iu',
);
/** A count announced later: "these 5 things", "in 5 steps" (not "in 2 years"). */
const COUNT_ANNOUNCED = new RegExp(
  `\\b(?:these|the|my|our|top|in)\\s+${COUNT}\\s+(?!${TIME_UNIT}\\b)\\p{L}+s\\b`,
  'iu',
);

/** A narrative time anchor opening the hook: "Two years ago", "Last week", "In 2019", "Yesterday". */
const TIME_ANCHOR = new RegExp(
  [
    `^(?:${COUNT}|one|a|a few|several|a couple of)\\s+${TIME_UNIT}\\s+ago\\b`,
    '^(?:last|this past)\\s+(?:week|month|year|night|quarter|spring|summer|autumn|fall|winter|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b',
    '^yesterday\\b',
    '^in (?:19|20)\\d\\d\\b',
    '^(?:back )?when (?:i|we) (?:was|were|started|joined)\\b',
  ].join('|'),
  'i',
);
const STORY_MARKER = /^(?:(?:a|my|our) )?(?:quick |short |true |little )?story\b|^story time\b/i;
const QUESTION_MARKER = /^(?:quick|honest|serious|real|one) question\b/i;

/** "Quick story:", "PSA:", "Hot take:" — a short label before the hook proper. */
function withoutLabel(hook: string): string {
  const m = /^\s*(?:\S+\s+){0,2}\S+:\s+(.*)$/su.exec(hook);
  return (m?.[1] ?? hook).trim();
}

const FIRST_PERSON = new Set(['i', 'we']);
/** Words before the pronoun that make its clause hypothetical or a topic, not a narrative. */
const NOT_NARRATIVE = new Set(['if', 'wish', 'unless', 'what', 'how', 'why', 'whether']);

/**
 * A first-person past-tense clause: "I/We" followed (adverbs such as "finally" or "never" aside)
 * by a past form. "I wish I had known" and "If I had to" are hypothetical; "What X taught me"
 * has no first-person subject.
 */
function firstPersonPast(tokens: Token[]): boolean {
  return tokens.some((token, i) => {
    if (token.pos !== 'PRON' || !FIRST_PERSON.has(token.text.toLowerCase())) return false;
    if (NOT_NARRATIVE.has(tokens[i - 1]?.text.toLowerCase() ?? '')) return false;
    let j = i + 1;
    while (tokens[j]?.pos === 'ADV') j++;
    const verb = tokens[j];
    return verb !== undefined && isPastForm(verb);
  });
}

function firstSentence(hook: string): string {
  return /^[^.?!]*[.?!]?/.exec(hook)?.[0] ?? hook;
}

function isStory(hook: string, body: string): boolean {
  if (STORY_MARKER.test(hook) || TIME_ANCHOR.test(body)) return true;
  return firstPersonPast(analyze(firstSentence(body)).tokens);
}

/**
 * The hook's one kind, by precedence: an explicit contrarian marker, then a question, a count,
 * a story, else a plain statement. One kind per hook so an explanation names exactly one.
 */
export function hookKind(hook: string): HookKind {
  const text = hook.trim();
  const body = withoutLabel(text);
  if (CONTRARIAN.some((re) => re.test(text) || re.test(body))) return 'contrarian';
  if (QUESTION_MARKER.test(text) || firstSentence(body).trim().endsWith('?') || text.endsWith('?'))
    return 'question';
  if (COUNT_FIRST.test(body) || COUNT_ANNOUNCED.test(body)) return 'number';
  if (isStory(text, body)) return 'story';
  return 'statement';
}
