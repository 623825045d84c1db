// Checks and normalisation of text that comes in as a sample or to be scored: readable UTF-8, no
// binary, long enough, and a normal form whose hash makes re-sent posts duplicates.
import { createHash } from 'node:crypto';
import { VOICE_SAMPLE_MIN_WORDS } from '@brandwright/contracts';
import { VoiceError } from './voice.errors.js';

/** NFC, Unix newlines, no trailing spaces, at most one blank line in a row. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Case and spacing do not make a post different. */
export function contentHash(normalised: string): string {
  return createHash('sha256').update(normalised.toLowerCase().replace(/\s+/g, ' ')).digest('hex');
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

// Control characters other than tab and newlines never occur in prose; NUL means a binary file.
// biome-ignore lint/suspicious/noControlCharactersInRegex: detecting control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\ufffd]/;

/** False for binary or mis-decoded text. */
export function isReadable(text: string): boolean {
  return !CONTROL.test(text);
}

/** Throws TEXT_NOT_READABLE (naming `field`) for binary or mis-decoded text. */
export function assertReadable(text: string, field: string): void {
  if (!isReadable(text))
    throw new VoiceError('TEXT_NOT_READABLE', undefined, {
      fields: [{ path: field, message: 'Contains binary or control characters' }],
    });
}

/** UTF-8 bytes to text; invalid sequences are refused rather than replaced. */
export function decodeUtf8(data: Buffer, field: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(data);
  } catch {
    throw new VoiceError('TEXT_NOT_READABLE', 'The file is not UTF-8 text.', {
      fields: [{ path: field, message: 'Not valid UTF-8' }],
    });
  }
}

/** Why `text` cannot be a sample, or undefined when it can. */
export function sampleProblem(text: string): string | undefined {
  const words = wordCount(text);
  if (words === 0) return 'Empty';
  if (words < VOICE_SAMPLE_MIN_WORDS)
    return `Too short: ${words} words, at least ${VOICE_SAMPLE_MIN_WORDS} needed`;
  return undefined;
}
