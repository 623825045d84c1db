// npm run bench:writing [-- --quick | --full] — writing quality of the offline composer as the user sees it
// (generatePosts, then the platform fitting): 510 hand-written topics of eight shapes for six
// onboarded personas, across every template × platform/format. Each topic is written for its own
// persona in COMBOS_PER_TOPIC of the 48 template × target combinations, chosen in rotation so
// every combination is covered (about 64 times each); `--full` writes every topic in all 48
// combinations (24,480 drafts, several minutes), `--quick` every tenth topic in 2. Prints grammar findings per
// 100 words (harper.js) next to the personas' own samples, the draft checks by code, own-fact use,
// generation time, explanation premises that are false of their draft (every draft scored as the
// product scores it, test/writing/explained.ts), and the sentences with the most findings.
// Definitions: test/writing/*.ts.

import { type AiConfig, createAi } from '../../apps/server/src/adapters/ai/index.js';
import { OfflineGenerator } from '../../apps/server/src/adapters/ai/offline/generator.js';
import { POST_TEMPLATES } from '../../apps/server/src/adapters/ai/port.js';
import { falsePremisesOf } from '../../apps/server/src/test/writing/explained.js';
import {
  checkHints,
  type Draft,
  generate,
  strategiesOf,
  TARGETS,
  targetName,
} from '../../apps/server/src/test/writing/generate.js';
import { type Measured, measureDraft, measureHuman } from '../../apps/server/src/test/writing/measure.js';
import { PERSONAS, personaById } from '../../apps/server/src/test/writing/personas.js';
import { Tally, worstSentences } from '../../apps/server/src/test/writing/tally.js';
import { TOPICS } from '../../apps/server/src/test/writing/topics.js';
import { printSummaries, type Row } from './writing-report.js';

const QUICK = process.argv.includes('--quick');
const FULL = process.argv.includes('--full');
const COMBOS_PER_TOPIC = FULL ? POST_TEMPLATES.length * TARGETS.length : QUICK ? 2 : 6;
const TOPIC_STRIDE = QUICK ? 10 : 1;
const VARIANTS = 1;

const COMBOS = POST_TEMPLATES.flatMap((template) => TARGETS.map((target) => ({ template, target })));

checkHints();
const generator = new OfflineGenerator(() => new Date('2026-11-26T09:00:00Z'));
const strategies = await strategiesOf(generator);

const topics = TOPICS.filter((_, i) => i % TOPIC_STRIDE === 0);
const rows = new Map<string, Tally>();
const tally = (key: string) => rows.get(key) ?? rows.set(key, new Tally()).get(key) ?? new Tally();
const scored: Row['worst'] = [];
let calls = 0;
const covered = new Set<number>();
const started = performance.now();

const where = (d: Draft) => `${d.persona.id} · ${targetName(d.target)} · ${d.template} · "${d.topic.text}"`;
const keysOf = (d: Draft) => [
  'all drafts',
  targetName(d.target),
  `template ${d.template}`,
  `topic ${d.topic.shape}`,
];
/** Measured drafts, tallied once their explanations are checked (one scoring batch per persona). */
const measured: { draft: Draft; m: Measured }[] = [];

async function record(draft: Draft, ms: number, first: boolean): Promise<void> {
  const m = await measureDraft(draft);
  if (first) for (const key of keysOf(draft)) tally(key).time(ms);
  measured.push({ draft, m });
  scored.push(...m.sentences.map((s) => ({ ...s, where: where(draft) })));
}

for (const [i, topic] of topics.entries()) {
  const persona = personaById(topic.persona);
  for (let j = 0; j < COMBOS_PER_TOPIC; j++) {
    const index = (i * COMBOS_PER_TOPIC + j) % COMBOS.length;
    const combo = COMBOS[index];
    if (!combo) continue;
    covered.add(index);
    const strategy = strategies.get(persona.id);
    const request = { persona, topic, ...combo, variants: VARIANTS, ...(strategy ? { strategy } : {}) };
    const { drafts, ms } = await generate(generator, request);
    calls++;
    for (const [k, draft] of drafts.entries()) await record(draft, ms, k === 0);
  }
}

const { embedder } = createAi({ AI_PROVIDER: 'offline' } as AiConfig);
const premises = await falsePremisesOf(
  embedder,
  measured.map((d) => d.draft),
  strategies,
);
const falseOnes: string[] = [];
for (const [i, { draft, m }] of measured.entries()) {
  m.falsePremises = premises[i] ?? [];
  falseOnes.push(...m.falsePremises.map((p) => `${where(draft)}: ${p}`));
  for (const key of keysOf(draft)) tally(key).add(m);
}

const human = new Tally();
for (const m of await measureHuman(PERSONAS)) human.add(m);

console.log(
  `bench:writing${QUICK ? ' --quick' : FULL ? ' --full' : ''}: ${topics.length} topics, ${PERSONAS.length} personas, ` +
    `${calls} generatePosts calls × ${VARIANTS} variants, ${covered.size}/${COMBOS.length} template × ` +
    `platform/format combinations covered, ${((performance.now() - started) / 1000).toFixed(0)} s`,
);
printSummaries(rows, human.summary(), worstSentences(dedupe(scored), 10), falseOnes);

function dedupe(list: Row['worst']): Row['worst'] {
  const seen = new Set<string>();
  return list.filter((s) => !seen.has(s.sentence) && seen.add(s.sentence));
}
