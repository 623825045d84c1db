// LinkedIn's "little text" commentary format, parsed as LinkedIn's docs define it: plain text in
// which the reserved characters \ | { } @ [ ] ( ) < > # * _ ~ must be backslash-escaped, except where
// they form one of the documented elements — a hashtag `#tag`, the hashtag template
// `{hashtag|\#|tag}`, or a mention `@[Name](urn:li:person:…)` / `@[Name](urn:li:organization:…)`.
// Any other unescaped reserved character ends the stored commentary there, silently: the API still
// answers 201 (the trap every LinkedIn client falls into once).

const RESERVED = new Set([...'\\|{}@[]()<>#*_~']);
/** What a hashtag is made of: letters (with their marks) and digits; `_` is reserved. */
const TAG = '[\\p{L}\\p{M}\\p{N}]+';
const HASHTAG = new RegExp(`^#(${TAG})`, 'u');
/** The template's hash is the escaped `\#` or the full-width `＃`. */
const HASHTAG_TEMPLATE = new RegExp(`^\\{hashtag\\|(?:\\\\#|＃)\\|(${TAG})\\}`, 'u');
/** Person ids are opaque (letters, digits, `_`, `-`); organization ids are numbers. */
const MENTION_URN = /^\((urn:li:(?:person:[A-Za-z0-9_-]+|organization:\d+))\)/;

export interface Mention {
  name: string;
  urn: string;
}

export interface ParsedCommentary {
  /** What readers see: escapes resolved, hashtags as `#tag`, mentions as the name. */
  text: string;
  /** The little text LinkedIn keeps (and returns when the post is read back). */
  stored: string;
  truncated: boolean;
  hashtags: string[];
  mentions: Mention[];
}

interface Element {
  /** Characters of commentary the element spans. */
  length: number;
  text: string;
  hashtag?: string;
  mention?: Mention;
}

/** `[Name]` after a mention's `@`: escaped reserved characters allowed, unescaped ones not. */
function mentionName(rest: string): { name: string; length: number } | undefined {
  if (rest[0] !== '[') return undefined;
  let name = '';
  for (let i = 1; i < rest.length; i += 1) {
    const char = rest[i] ?? '';
    if (char === ']') return name.trim() === '' ? undefined : { name, length: i + 1 };
    if (char === '\\' && RESERVED.has(rest[i + 1] ?? '')) {
      name += rest[i + 1];
      i += 1;
    } else if (RESERVED.has(char)) return undefined;
    else name += char;
  }
  return undefined;
}

/** The documented element starting at a reserved character, if it is one. */
function elementAt(rest: string): Element | undefined {
  const tag = HASHTAG.exec(rest) ?? HASHTAG_TEMPLATE.exec(rest);
  if (tag?.[1]) return { length: tag[0].length, text: `#${tag[1]}`, hashtag: tag[1] };
  if (rest[0] !== '@') return undefined;
  const name = mentionName(rest.slice(1));
  const urn = name && MENTION_URN.exec(rest.slice(1 + name.length));
  if (!name || !urn?.[1]) return undefined;
  return {
    length: 1 + name.length + urn[0].length,
    text: name.name,
    mention: { name: name.name, urn: urn[1] },
  };
}

export function parseLittleText(commentary: string): ParsedCommentary {
  const parsed: ParsedCommentary = {
    text: '',
    stored: commentary,
    truncated: false,
    hashtags: [],
    mentions: [],
  };
  for (let index = 0; index < commentary.length; index += 1) {
    const char = commentary[index] ?? '';
    const next = commentary[index + 1] ?? '';
    if (char === '\\' && RESERVED.has(next)) {
      parsed.text += next;
      index += 1;
      continue;
    }
    if (!RESERVED.has(char)) {
      parsed.text += char;
      continue;
    }
    const element = elementAt(commentary.slice(index));
    if (!element) return { ...parsed, stored: commentary.slice(0, index), truncated: true };
    parsed.text += element.text;
    if (element.hashtag) parsed.hashtags.push(element.hashtag);
    if (element.mention) parsed.mentions.push(element.mention);
    index += element.length - 1;
  }
  return parsed;
}
