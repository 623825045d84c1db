// npm run voice:reference — rebuilds apps/server/src/modules/voice/reference-stats.json, the
// background statistics the voice score is z-scored against, from the public-domain texts in
// scripts/bench/fixtures/voice/reference (authors deliberately disjoint from the bench's).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BACKGROUND_CHUNK_WORDS, buildReference } from '../apps/server/src/modules/voice/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const folder = join(root, 'scripts/bench/fixtures/voice/reference');
const output = join(root, 'apps/server/src/modules/voice/reference-stats.json');

const authors = readdirSync(folder)
  .filter((file) => file.endsWith('.txt'))
  .sort()
  .map((file) => ({
    name: basename(file, '.txt'),
    text: readFileSync(join(folder, file), 'utf8'),
  }));

const reference = buildReference(
  authors,
  `Built by scripts/voice-reference.ts from ${BACKGROUND_CHUNK_WORDS}-word chunks of scripts/bench/fixtures/voice/reference/*.txt`,
);
writeFileSync(output, `${JSON.stringify(reference, null, 2)}\n`);
console.log(
  `wrote ${output}: ${reference.authors.map((a) => `${a.name} ${a.chunks}`).join(', ')}; calibration`,
  reference.calibration.points,
);
