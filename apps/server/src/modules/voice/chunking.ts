// Splits long texts into post-sized chunks at sentence boundaries (reference corpus, bench).
import { sentencesOf } from '../../platform/nlp/index.js';

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** Chunks of at least `targetWords` words; a trailing remainder shorter than half that is dropped. */
export function chunkText(text: string, targetWords = 150): string[] {
  const chunks: string[] = [];
  let current: string[] = [];
  let words = 0;
  for (const paragraph of text.split(/\n\s*\n/)) {
    for (const sentence of sentencesOf(paragraph.replace(/\s+/g, ' ').trim())) {
      current.push(sentence);
      words += wordCount(sentence);
      if (words >= targetWords) {
        chunks.push(current.join(' '));
        current = [];
        words = 0;
      }
    }
  }
  if (words >= targetWords / 2) chunks.push(current.join(' '));
  return chunks;
}
