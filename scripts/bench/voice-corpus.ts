// Bench corpora for bench:voice: each writer's text cut into ~180-word texts; in each of four
// folds one quarter of a writer's texts (~1,000 words) is their profile and the rest is scored.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  chunkText,
  fitWriterCalibration,
  type StyleCounts,
  styleCounts,
  sumCounts,
  type WriterCalibration,
} from '../../apps/server/src/modules/voice/index.js';

export const TEXT_WORDS = 180;
export const FOLDS = 4;
/** Texts per writer: four folds of six (~1,080 words of profile each). */
export const TEXTS_PER_WRITER = 24;

export interface Writer {
  name: string;
  text: string;
  /** The first TEXTS_PER_WRITER texts of ~180 words, counted. */
  texts: StyleCounts[];
}

export interface Corpus {
  title: string;
  writers: Writer[];
}

const folder = fileURLToPath(new URL('./fixtures/voice/bench/', import.meta.url));

export function loadCorpus(dir: string, title: string): Corpus {
  const writers = readdirSync(join(folder, dir))
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => {
      const text = readFileSync(join(folder, dir, file), 'utf8');
      const texts = chunkText(text, TEXT_WORDS).slice(0, TEXTS_PER_WRITER).map(styleCounts);
      return { name: basename(file, '.txt'), text, texts };
    });
  return { title, writers };
}

const perFold = TEXTS_PER_WRITER / FOLDS;
export const inProfile = (fold: number, i: number) => Math.floor(i / perFold) === fold;

/** Every writer's profile in `fold`. */
export function profilesOf(corpus: Corpus, fold: number): StyleCounts[] {
  return corpus.writers.map((w) => sumCounts(w.texts.filter((_, i) => inProfile(fold, i))));
}

/** Texts of `words` words from the part of the writer's text after fold 0's profile. */
export function textsAt(writer: Writer, words: number, count: number): StyleCounts[] {
  const rest = chunkText(writer.text, TEXT_WORDS).slice(perFold, TEXTS_PER_WRITER).join('\n\n');
  return chunkText(rest, words).slice(0, count).map(styleCounts);
}

/** Every writer's own calibration in `fold`, fitted on the profile's samples as the product does. */
export function calibrationsOf(corpus: Corpus, fold: number): (WriterCalibration | null)[] {
  const profiles = profilesOf(corpus, fold);
  return corpus.writers.map((w, i) =>
    fitWriterCalibration(
      w.texts.filter((_, j) => inProfile(fold, j)).map((counts) => ({ counts, weight: 1 })),
      profiles[i] ?? {},
    ),
  );
}
