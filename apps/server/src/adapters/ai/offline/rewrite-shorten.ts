// "Shorter": drops whole thoughts rather than arbitrary sentences, so what is left still reads as a
// post. A sentence that leans on the one before it ("Instead: …", "The ones that …", "It …") stays
// with it as one chain; chains go shortest first (fragments, then asides before arguments), never
// the opening or the close, until about three quarters of the words are left.
import { capitaliseSentences, rebuild, type Unit, unitsOf, wordCount } from './rewrite-units.js';

const FILLERS = /\b(really|very|just|actually|basically|literally|quite|simply|truly|definitely)\s+/gi;
/** Openings that refer back to the previous sentence: dropping that one would orphan this one. */
const LEANS_BACK =
  /^(instead|but|so|and|or|yet|still|then|because|which|that|this|these|those|it|its|they|them|their|the ones|such|otherwise|however|also|even so)\b/i;
const TARGET_SHARE = 0.75;

export function leansBack(sentence: string): boolean {
  return LEANS_BACK.test(sentence.replace(/^["'“‘(]+/, '').trim());
}

/** Sentences grouped into chains within each paragraph: a chain starts at a sentence that stands alone. */
function chainsOf(units: Unit[]): Unit[][] {
  const chains: Unit[][] = [];
  for (const unit of units) {
    const last = chains.at(-1);
    if (last && last[0]?.p === unit.p && leansBack(unit.text)) last.push(unit);
    else chains.push([unit]);
  }
  return chains;
}

const wordsOf = (chain: Unit[]) => chain.reduce((n, u) => n + wordCount(u.text), 0);

/** Fragments go first, then other thoughts; null is never dropped (the opening, the close's first and last). */
function dropRank(chain: Unit[], index: number, chains: Unit[][]): number | null {
  const paragraph = chain[0]?.p;
  const lastParagraph = chains.at(-1)?.[0]?.p;
  const opensParagraph = chains[index - 1]?.[0]?.p !== paragraph;
  if (index === 0 || index === chains.length - 1) return null;
  if (paragraph === lastParagraph && opensParagraph) return null;
  return wordsOf(chain) <= 3 ? 0 : 1;
}

export function shorten(text: string): string {
  const chains = chainsOf(unitsOf(capitaliseSentences(text.replace(FILLERS, ''))));
  const total = chains.reduce((n, c) => n + wordsOf(c), 0);
  const candidates = chains
    .map((chain, index) => ({ index, rank: dropRank(chain, index, chains), words: wordsOf(chain) }))
    .filter((c): c is { index: number; rank: number; words: number } => c.rank !== null)
    .sort((a, b) => a.rank - b.rank || a.words - b.words || b.index - a.index);
  const dropped = new Set<number>();
  let left = total;
  for (const candidate of candidates) {
    if (left <= total * TARGET_SHARE) break;
    dropped.add(candidate.index);
    left -= candidate.words;
  }
  return rebuild(chains.filter((_, i) => !dropped.has(i)).flat());
}
