// Text for the PDF's built-in Helvetica, which encodes WinAnsi only: characters it cannot show (emoji,
// CJK, other scripts) would come out as stray glyphs, so they are dropped and whitespace tidied. A
// report meant to keep them would need an embedded Unicode font shipped with the server.
const WIN_ANSI_EXTRAS = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

export function pdfText(text: string): string {
  let out = '';
  for (const char of text.normalize('NFC')) {
    const code = char.codePointAt(0) ?? 0;
    if ((code >= 0x20 && code < 0x7f) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRAS.has(char))
      out += char;
    else if (char === '\n' || char === '\t') out += ' ';
  }
  return out.replace(/\s+/g, ' ').trim();
}
