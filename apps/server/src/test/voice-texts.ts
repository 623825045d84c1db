// Real public-domain texts for voice tests, read from the bench fixtures (see their README).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const folder = new URL('../../../../scripts/bench/fixtures/voice/', import.meta.url);

export function fixtureText(relative: string): string {
  return readFileSync(fileURLToPath(new URL(relative, folder)), 'utf8');
}

/** Paragraph-aligned pieces of about `words` words each. */
export function pieces(text: string, words: number, count: number): string[] {
  const out: string[] = [];
  let current: string[] = [];
  let n = 0;
  for (const paragraph of text.split(/\n\s*\n/)) {
    current.push(paragraph.trim());
    n += paragraph.split(/\s+/).length;
    if (n >= words) {
      out.push(current.join('\n\n'));
      current = [];
      n = 0;
      if (out.length === count) break;
    }
  }
  return out;
}
