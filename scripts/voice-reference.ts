// npm run voice:reference — rebuilds apps/server/src/modules/voice/reference-stats.json (the
// background the voice score is measured against: n-gram vocabularies, feature statistics,
// weights, calibration) and reference-impostors.json (the background writers' profiles), from the
// openly licensed texts in scripts/bench/fixtures/voice/reference (writers disjoint from the
// bench corpora; see SOURCES.md there). Takes a minute or two.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BACKGROUND_CHUNK_WORDS, buildReference } from '../apps/server/src/modules/voice/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const folder = join(root, 'scripts/bench/fixtures/voice/reference');
const output = join(root, 'apps/server/src/modules/voice/reference-stats.json');
const impostorOutput = join(root, 'apps/server/src/modules/voice/reference-impostors.json');

const authors = readdirSync(folder)
  .filter((file) => file.endsWith('.txt'))
  .sort()
  .map((file) => ({
    name: basename(file, '.txt'),
    text: readFileSync(join(folder, file), 'utf8'),
  }));

const { reference, impostors } = buildReference(
  authors,
  `Built by scripts/voice-reference.ts from ${BACKGROUND_CHUNK_WORDS}-word chunks of scripts/bench/fixtures/voice/reference/*.txt`,
);
writeFileSync(output, `${JSON.stringify(reference)}\n`);
writeFileSync(
  impostorOutput,
  `${JSON.stringify({ featuresVersion: reference.featuresVersion, impostors })}\n`,
);
// The repository's formatter owns the layout of the JSON, so a rebuild gives a clean diff.
spawnSync('npx', ['biome', 'format', '--write', output, impostorOutput], { stdio: 'inherit' });
console.log(`wrote ${output}: ${reference.authors.length} writers, features ${reference.featuresVersion}`);
console.log(`wrote ${impostorOutput}: ${impostors.length} impostor profiles`);
console.log('weights', reference.weights, 'background top-1', reference.backgroundAccuracy);
console.log('calibration', reference.calibration.points);
