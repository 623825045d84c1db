// LinkedIn's "little text" commentary format: the reserved characters \ | { } @ [ ] ( ) < > # * _ ~
// start mentions, hashtags and other templates, so plain text must escape each with a backslash.
// LinkedIn silently cuts unescaped text at the first reserved character and still answers 201.

const RESERVED = /[\\|{}@[\]()<>#*_~]/g;
const ESCAPED = /\\([\\|{}@[\]()<>#*_~])/g;

/** Plain text → commentary that LinkedIn shows exactly as written. */
export function escapeLittleText(text: string): string {
  return text.replace(RESERVED, '\\$&');
}

/** Commentary read back from LinkedIn → the plain text a person sees. */
export function unescapeLittleText(commentary: string): string {
  return commentary.replace(ESCAPED, '$1');
}
