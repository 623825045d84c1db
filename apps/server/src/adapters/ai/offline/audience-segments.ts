// Splits the questionnaire's audience answer into the groups it names ("Platform engineers at
// scale-ups, plus SREs moving into senior roles" → two segments), for one persona each. Sentences,
// semicolons, bullets and commas separate groups; "and"/"or" only when both sides are noun phrases,
// so "teams that build and run platforms" stays one group.
import { analyze, type Token } from '../../../platform/nlp/index.js';
import { isPluralWord } from './phrase-form.js';
import { clip, uniqueBy } from './text.js';

/** Words that lead into a group without naming it: "plus SREs…", "and especially founders". */
const LEAD_IN =
  /^(?:(?:and|or|plus|also|as well as|along with|together with|especially|particularly|including|mainly|mostly|but|then|e\.g\.)\s+)+/i;
/** "and their first finance hires" names a group of its own: the possessive lead-in goes. */
const POSSESSIVE = /^(?:their|the|our|your|its)\s+/i;
/** Parts of speech that make a phrase more than a bare noun phrase (a modifier or a clause). */
const CLAUSE_POS = new Set(['ADP', 'VERB', 'AUX', 'SCONJ', 'PRON', 'PART']);
const NOUN_POS = new Set(['NOUN', 'PROPN']);
const NOUN_START_POS = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM', 'PRON']);
const COORDINATOR = /^(?:and|or|&)$/i;
const MAX_SEGMENTS = 3;

function wordTokens(text: string): Token[] {
  return analyze(text).tokens.filter((t) => t.kind !== 'punctuation');
}

/**
 * Splits one comma-free part at "and"/"or" when the left side is a bare noun phrase ending in a noun
 * and the right side starts a noun phrase: "CFOs and finance leaders" → two groups, but not
 * "engineers at startups and scale-ups" (the "and" joins inside the modifier).
 */
function splitCoordination(part: string): string[] {
  const tokens = wordTokens(part);
  const at = tokens.findIndex((t) => COORDINATOR.test(t.text));
  if (at <= 0 || at === tokens.length - 1) return [part];
  const left = tokens.slice(0, at);
  const right = tokens[at + 1];
  const last = left[left.length - 1];
  // "Platform and SRE engineers": a singular noun before "and" shares the head after it.
  const bare =
    left.every((t) => !CLAUSE_POS.has(t.pos)) &&
    NOUN_POS.has(last?.pos ?? '') &&
    !!last &&
    isPluralWord(last);
  if (!bare || !right || !NOUN_START_POS.has(right.pos)) return [part];
  const match = part.match(/\s(?:and|or|&)\s/i);
  if (!match || match.index === undefined) return [part];
  const rest = part.slice(match.index + match[0].length);
  return [part.slice(0, match.index), ...splitCoordination(rest)];
}

function tidySegment(raw: string): string {
  return raw
    .replace(/\s+/g, ' ')
    .trim()
    .replace(LEAD_IN, '')
    .replace(POSSESSIVE, '')
    .replace(/^[\s\-–—:•*]+|[\s,;:.!?\-–—]+$/gu, '')
    .trim();
}

/** A comma part that only modifies the group before it ("…, from idea to Series A"). */
const MODIFIER_START =
  /^(?:from|at|in|on|with|without|for|of|to|who|that|which|where|working|looking|moving|based)\b/i;

/** Comma parts with modifiers joined back to the group they modify. */
function commaParts(clause: string): string[] {
  const out: string[] = [];
  for (const raw of clause.split(',')) {
    const part = raw.trim();
    if (out.length > 0 && MODIFIER_START.test(part)) out[out.length - 1] = `${out.at(-1)}, ${part}`;
    else out.push(part);
  }
  return out;
}

function segmentsOf(audience: string): string[] {
  const parts = audience
    .split(/\n|[;•]|[.!?](?=\s|$)/)
    .flatMap(commaParts)
    .flatMap((part) => splitCoordination(part.trim()))
    .map(tidySegment)
    .filter((s) => s.length >= 3 && /\p{L}/u.test(s));
  const unique = uniqueBy(parts, (p) => p);
  return (unique.length > 0 ? unique : [clip(tidySegment(audience) || audience, 120)]).slice(0, MAX_SEGMENTS);
}

// One strategy asks for the same answer's segments several times; POS tagging is the costly part.
let last: { audience: string; segments: string[] } | undefined;

/** Up to three audience segments, as the user wrote them (casing kept, nothing cut). */
export function audienceSegments(audience: string): string[] {
  if (last?.audience !== audience) last = { audience, segments: segmentsOf(audience) };
  return [...last.segments];
}

/** A segment as a persona name: sentence case (first letter up, the user's casing otherwise). */
export function segmentName(segment: string, max = 80): string {
  const name = clip(segment, max);
  return name.charAt(0).toUpperCase() + name.slice(1);
}
