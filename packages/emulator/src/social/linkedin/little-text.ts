// LinkedIn's "little text" commentary format as the emulator applies it: a backslash-escaped
// reserved character is plain text; an unescaped one ends the stored commentary there, silently —
// the API still answers 201 (the trap every LinkedIn client falls into once).

const RESERVED = new Set([...'\\|{}@[]()<>#*_~']);

export interface ParsedCommentary {
  /** What readers see. */
  text: string;
  /** The little text LinkedIn keeps (and returns when the post is read back). */
  stored: string;
  truncated: boolean;
}

export function parseLittleText(commentary: string): ParsedCommentary {
  let text = '';
  for (let index = 0; index < commentary.length; index += 1) {
    const char = commentary[index] ?? '';
    const next = commentary[index + 1] ?? '';
    if (char === '\\' && RESERVED.has(next)) {
      text += next;
      index += 1;
    } else if (RESERVED.has(char)) {
      return { text, stored: commentary.slice(0, index), truncated: true };
    } else text += char;
  }
  return { text, stored: commentary, truncated: false };
}
