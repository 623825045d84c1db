// LinkedIn's "little text" commentary format: the reserved characters \ | { } @ [ ] ( ) < > # * _ ~
// start mentions, hashtags and other templates, so plain text must escape each with a backslash.
// LinkedIn silently cuts unescaped text at the first reserved character and still answers 201.
// A user's hashtags are the exception: they go out as the documented `{hashtag|\#|tag}` template,
// so LinkedIn shows them as hashtags rather than as a literal "#".

const RESERVED = /[\\|{}@[\]()<>#*_~]/g;
const WORD = '\\p{L}\\p{M}\\p{N}_';
/**
 * A hashtag as a person means it: `#` at the start of a word, then letters and digits with at
 * least one letter ("#1" is a rank, "C#" a language, "#my_tag" not a LinkedIn hashtag: `_` ends it).
 */
const HASHTAG = new RegExp(
  `(?<![${WORD}&])#([\\p{L}\\p{M}\\p{N}]*\\p{L}[\\p{L}\\p{M}\\p{N}]*)(?![${WORD}])`,
  'gu',
);
/** Read back: hashtag templates, mentions `@[Name](urn:li:…)`, or one escaped character. */
const ELEMENT =
  /\{hashtag\|(?:\\#|＃)\|([^{}|\\]+)\}|@\[((?:\\.|[^\]\\])+)\]\(urn:li:[^)\s]+\)|\\([\\|{}@[\]()<>#*_~])/gu;
const ESCAPED = /\\([\\|{}@[\]()<>#*_~])/g;

const escapeReserved = (text: string) => text.replace(RESERVED, '\\$&');

/** Plain text → commentary that LinkedIn shows exactly as written, with its hashtags as hashtags. */
export function toLittleText(text: string): string {
  let commentary = '';
  let from = 0;
  for (const match of text.matchAll(HASHTAG)) {
    commentary += `${escapeReserved(text.slice(from, match.index))}{hashtag|\\#|${match[1]}}`;
    from = match.index + match[0].length;
  }
  return commentary + escapeReserved(text.slice(from));
}

/** Commentary read back from LinkedIn → the text a person sees (`#tag`, a mention's name). */
export function fromLittleText(commentary: string): string {
  return commentary.replace(ELEMENT, (_whole, tag?: string, name?: string, escaped?: string) => {
    if (tag !== undefined) return `#${tag}`;
    if (name !== undefined) return name.replace(ESCAPED, '$1');
    return escaped ?? '';
  });
}
