// The "same text" half of the duplicate key of tracked posts (platform + time + text): one function
// for every writer (publishing's tracking, imports, backfill), so a post published here and the
// same post in an exported CSV meet. Case and runs of white space are folded because exports
// re-wrap lines and some platforms change case in links.
import { createHash } from 'node:crypto';

export function textHashOf(text: string): string {
  return createHash('md5')
    .update(text.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase())
    .digest('hex');
}
