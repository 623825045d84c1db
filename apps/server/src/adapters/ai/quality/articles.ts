// "a" or "an" by the sound that follows, as a grammar checker judges it: "an hour", "a user",
// "an SLO" (the letter is said "ess"), "a one-off". Used to check drafts and to write them.
const VOWEL_SOUND_EXCEPTIONS = /^(?:hour|honest|honou?r|heir)/i;
const CONSONANT_SOUND_EXCEPTIONS = /^(?:uni(?!n)|use|usu|usa|ur[aeiou]|eu|one\b|once|ubiq|utop|uk\b|us\b)/i;
/** Letters whose names start with a vowel sound, for acronyms read letter by letter. */
const VOWEL_LETTERS = new Set([...'AEFHILMNORSX']);

function isAcronym(word: string): boolean {
  return /^[A-Z][A-Z0-9]+s?$/.test(word) && !/^[A-Z][a-z]/.test(word);
}

/** Whether the word is said starting with a vowel sound. */
export function startsWithVowelSound(word: string): boolean {
  const w = word.replace(/^["'“‘(]+/, '');
  if (/^\d/.test(w)) return /^(?:8|11|18|80|800)(?!\d)/.test(w);
  if (isAcronym(w.split(/[-/]/)[0] ?? w)) return VOWEL_LETTERS.has(w.charAt(0));
  if (VOWEL_SOUND_EXCEPTIONS.test(w)) return true;
  if (CONSONANT_SOUND_EXCEPTIONS.test(w)) return false;
  return /^[aeiou]/i.test(w);
}

export function articleFor(word: string): 'a' | 'an' {
  return startsWithVowelSound(word) ? 'an' : 'a';
}

/** Every "a"/"an" that disagrees with the word after it. */
export function articleMistakes(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/\b(a|an|A|An)\s+([\p{L}\p{N}"'“‘(][\p{L}\p{N}'’-]*)/gu)) {
    const [whole, art = '', word = ''] = m;
    // "Series A in", "Plan A or B": a capital letter after a name is that letter, not an article.
    const before = text.slice(0, m.index).match(/(\p{Lu}\p{Ll}+)\s*$/u);
    if (/^[A-Z]$/.test(word) || (art === 'A' && (/^[A-Z]\b/.test(word) || before))) continue;
    if (articleFor(word) !== art.toLowerCase()) out.push(`Article before "${word}": "${whole}"`);
  }
  return out;
}
