// Simple past tense from wink's tags. wink tags parts of speech with the Universal set (VERB, AUX),
// which has no tense, so a verb is read as past when its form differs from its lemma the way
// English past forms do ("spent"/spend, "was"/be, "deleted"/delete) and not the way the present
// or the gerund does ("spends", "is", "deleting").
import type { Token } from './analysis.js';

/** Present forms of the auxiliaries whose lemma differs from the form. */
const PRESENT_FORMS = new Set(['am', 'is', 'are', "'s", "'re", "'m", 'has', "'ve", 'does', 'ai', 'ca', 'wo']);

/**
 * True when `token` is a verb or auxiliary in a past form (simple past or past participle). Verbs
 * whose past equals their present ("put", "read", "quit") are not counted: the form alone cannot
 * tell, and a false "past" would make a present-tense sentence read as a story.
 */
export function isPastForm(token: Token): boolean {
  if (token.pos !== 'VERB' && token.pos !== 'AUX') return false;
  const form = token.text.toLowerCase().replace(/’/g, "'");
  const lemma = token.lemma;
  if (form === lemma || PRESENT_FORMS.has(form)) return false;
  if (form.endsWith('ing')) return false;
  // Third person present: lemma + s / es, or y → ies.
  if (form === `${lemma}s` || form === `${lemma}es`) return false;
  if (lemma.endsWith('y') && form === `${lemma.slice(0, -1)}ies`) return false;
  return true;
}
