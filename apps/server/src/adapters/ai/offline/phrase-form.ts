// The grammatical form of one of the user's phrases, so a strategy sentence can be built around it:
// a noun phrase ("observability", "SLOs that nobody looks at"), a predicate without a subject
// ("struggle to hire senior engineers") or a whole clause ("they struggle to forecast cash"); and the
// number of a noun phrase's head ("SLOs need attention", "observability needs attention").
import { analyze, type Token } from '../../../platform/nlp/index.js';
import { asPhrase, startsWithVerb } from './text.js';

export type PhraseShape = 'noun' | 'verb' | 'clause';

export interface PhraseForm {
  /** The phrase as it sits mid-sentence (asPhrase: whole, no end punctuation, no leading capital). */
  text: string;
  shape: PhraseShape;
  /** Whether the head noun is plural ("SLOs", "postmortems that…", "tokens and audits"). */
  plural: boolean;
}

const GROUP = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN']);
/** Words ending in -s whose dictionary form is the same or that read as singular ("analytics"). */
const SINGULAR_S =
  /(?:ss|us|is|ics|ness|^(?:ops|devops|news|series|species|kubernetes|postgres|aws|sales ops))$/i;
const RELATIVE = /^(?:that|which|who|whom|whose|where|when)$/i;
const ACRONYM_PLURAL = /^[A-Z][A-Z0-9]+s$/;
const WH = /^(?:how|why|what|when|where|who|which|whether)\b/i;
/** What may follow a bare verb that starts a predicate ("need better forecasts", "hire the right people"). */
const AFTER_VERB = new Set(['DET', 'PART', 'PRON', 'ADJ', 'ADV', 'ADP']);

export function isPluralWord(t: Token): boolean {
  if (ACRONYM_PLURAL.test(t.text)) return true;
  const lower = t.text.toLowerCase();
  // The lemmatiser leaves unknown words alone ("postmortems"), so the ending decides for them.
  return /s$/.test(lower) && !SINGULAR_S.test(lower);
}

/** Word tokens, hyphenated words joined into one ("on-call", "cash-flow") with the last part's tag. */
function wordTokens(text: string): Token[] {
  const raw = analyze(text).tokens.filter(
    (t) => t.kind !== 'punctuation' || t.text === '-' || t.text === ',',
  );
  const out: Token[] = [];
  for (let i = 0; i < raw.length; i++) {
    const t = raw[i] as Token;
    const prev = out.at(-1);
    const next = raw[i + 1];
    if (t.text === '-' && prev && next) {
      const pos = next.pos === 'ADP' ? 'NOUN' : next.pos;
      out[out.length - 1] = {
        ...next,
        pos,
        text: `${prev.text}-${next.text}`,
        lemma: `${prev.text}-${next.lemma}`.toLowerCase(),
      };
      i++;
    } else out.push(t);
  }
  return out;
}

interface Head {
  head?: Token;
  /** Index of the first token after the leading noun group. */
  end: number;
  coordinated: boolean;
}

/** The leading noun group: its last noun (hyphenated words joined) and whether "and"/"," joins another. */
function leadingGroup(tokens: Token[]): Head {
  let head: Token | undefined;
  let last: Token | undefined;
  let i = 0;
  for (; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (RELATIVE.test(t.text) && i > 0) break;
    const noun = t.pos === 'NOUN' || t.pos === 'PROPN' || (i === 0 && t.pos === 'VERB');
    // An adjective after the head starts a modifier: "alerts | worth waking up for".
    if (noun) head = t;
    else if (!GROUP.has(t.pos) || head) break;
    last = t;
  }
  // The tagger sometimes takes an unknown plural for an adjective ("postmortems that…").
  head ??= last;
  const joiner = tokens[i];
  const next = tokens[i + 1];
  const coordinated =
    !!joiner && (joiner.pos === 'CCONJ' || joiner.text === ',') && !!next && GROUP.has(next.pos);
  return { head, end: i, coordinated };
}

function isVerbLed(text: string, tokens: Token[]): boolean {
  if (startsWithVerb(text)) return true;
  const [first, second] = tokens;
  if (first?.pos !== 'VERB' || /ing$/i.test(first.text)) return false;
  const relative = /^(?:that|which|who)$/i.test(second?.text ?? '');
  return first.lemma === first.text.toLowerCase() && !!second && AFTER_VERB.has(second.pos) && !relative;
}

/** A subject followed by a finite verb: "they struggle…", "leadership ignores SLOs", "teams skip reviews". */
function isClause(tokens: Token[], group: Head): boolean {
  const first = tokens[0];
  const verbAt = (i: number) => tokens.slice(i).find((t) => t.pos !== 'ADV');
  if (first?.pos === 'PRON') {
    const verb = verbAt(1);
    return verb?.pos === 'VERB' || verb?.pos === 'AUX';
  }
  const verb = tokens[group.end];
  if (!group.head || !verb) return false;
  if (verb.pos === 'AUX') return true;
  if (verb.pos !== 'VERB' || /(?:ed|ing)$/i.test(verb.text)) return false;
  const base = verb.lemma === verb.text.toLowerCase();
  const plural = group.coordinated || isPluralWord(group.head);
  return base ? plural : /s$/i.test(verb.text) && !plural;
}

function formOf(text: string): PhraseForm {
  const tokens = wordTokens(text);
  if (WH.test(text)) return { text, shape: 'clause', plural: false };
  if (isVerbLed(text, tokens)) return { text, shape: 'verb', plural: false };
  const group = leadingGroup(tokens);
  const shape: PhraseShape = isClause(tokens, group) ? 'clause' : 'noun';
  // A gerund leads a singular phrase: "hiring senior engineers is hard".
  const gerund = tokens[0]?.pos === 'VERB' && /ing$/i.test(tokens[0].text);
  const plural = !gerund && (group.coordinated || (!!group.head && isPluralWord(group.head)));
  return { text, shape, plural };
}

// A strategy asks about the same few phrases many times; tagging is the costly part.
const memo = new Map<string, PhraseForm>();

/** The form of a user's phrase (see PhraseForm); the phrase itself is kept whole. */
export function phraseForm(raw: string): PhraseForm {
  const text = asPhrase(raw);
  let found = memo.get(text);
  if (!found) {
    if (memo.size > 500) memo.clear();
    found = formOf(text);
    memo.set(text, found);
  }
  return found;
}

/** The verb or pronoun that agrees with the phrase: agree(f, 'needs', 'need'). */
export function agree(form: PhraseForm, singular: string, plural: string): string {
  return form.plural ? plural : singular;
}

/** The phrase as a clause: a predicate gets "they" ("they struggle to hire"); a clause stays. */
export function asClause(form: PhraseForm): string {
  return form.shape === 'verb' ? `they ${form.text}` : form.text;
}

/** The first of the phrases that is a noun phrase, for slots where only a noun phrase reads right. */
export function firstNoun(phrases: string[]): PhraseForm | undefined {
  return phrases.map(phraseForm).find((f) => f.shape === 'noun');
}
