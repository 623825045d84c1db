// The tables bench:writing prints: one row per group of drafts (all, per platform/format, per
// template, per topic shape) with the human samples' figures beside them, the lint kinds, the first
// false explanation premises, and the sentences with the most findings, for a developer to read.
import type { ScoredSentence } from '../../apps/server/src/test/writing/measure.js';
import type { Summary, Tally } from '../../apps/server/src/test/writing/tally.js';

export interface Row {
  worst: (ScoredSentence & { where: string })[];
}

const MAIN_CODES = new Set(['broken_list', 'cut_sentence']);
const fixed = (n: number | undefined, digits = 2) => (n === undefined ? '' : n.toFixed(digits));

function otherCodes(s: Summary): string {
  return Object.entries(s.byCode)
    .filter(([code]) => !MAIN_CODES.has(code))
    .map(([code, n]) => `${code} ${n}`)
    .join(', ');
}

function line(s: Summary, human: Summary) {
  return {
    drafts: s.drafts,
    words: s.words,
    'grammar/100w': fixed(s.grammarPer100),
    'human grammar/100w': fixed(human.grammarPer100),
    'spelling/100w': fixed(s.spellingPer100),
    'human spelling/100w': fixed(human.spellingPer100),
    'broken lists': s.byCode.broken_list ?? 0,
    'cut sentences': s.byCode.cut_sentence ?? 0,
    'other findings': otherCodes(s),
    'topic misfit': s.topicMisfits,
    'own fact %': fixed(100 * s.factShare, 1),
    'false premises': s.falsePremises,
    'mean ms': fixed(s.meanMs),
    'p95 ms': fixed(s.p95Ms),
  };
}

function table(title: string, rows: Map<string, Tally>, keys: string[], human: Summary): void {
  console.log(`\n${title}`);
  console.table(Object.fromEntries(keys.map((k) => [k, line(rows.get(k)?.summary() as Summary, human)])));
}

export function printSummaries(
  rows: Map<string, Tally>,
  human: Summary,
  worst: Row['worst'],
  falsePremises: string[],
): void {
  const keys = [...rows.keys()];
  const group = (prefix: string) => keys.filter((k) => k.startsWith(prefix));
  const targets = keys.filter((k) => / (post|thread|article)$/.test(k));
  table('offline composer, by platform/format', rows, ['all drafts', ...targets], human);
  table('by template', rows, group('template '), human);
  table('by topic shape', rows, group('topic '), human);
  const all = rows.get('all drafts')?.summary();
  console.log(
    `\nhuman samples: ${human.drafts} samples, ${human.words} words, grammar ${fixed(human.grammarPer100)}` +
      `/100w, spelling ${fixed(human.spellingPer100)}/100w; lint kinds ${JSON.stringify(human.byKind)}`,
  );
  console.log(`drafts' lint kinds: ${JSON.stringify(all?.byKind ?? {})}`);
  console.log(`own-fact use by criterion: ${JSON.stringify(all?.factBy ?? {})}`);
  console.log(`\nexplanation premises false of their draft: ${falsePremises.length}`);
  for (const p of falsePremises.slice(0, 10)) console.log(`- ${p}`);
  console.log('\nthe 10 sentences with the most findings:');
  for (const [i, s] of worst.entries())
    console.log(`${i + 1}. ${s.sentence}\n   [${s.where}]\n   ${s.findings.join('\n   ')}`);
}
