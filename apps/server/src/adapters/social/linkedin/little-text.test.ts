// The commentary writer: a user's hashtags become LinkedIn hashtag templates, every other reserved
// character is escaped, ordinary text is left alone, and reading back gives the user's text again.
import { describe, expect, it } from 'vitest';
import { fromLittleText, toLittleText } from './little-text.js';

describe('little text', () => {
  it('escapes each reserved character with one backslash', () => {
    expect(toLittleText('\\|{}@[]()<>#*_~')).toBe('\\\\\\|\\{\\}\\@\\[\\]\\(\\)\\<\\>\\#\\*\\_\\~');
    expect(toLittleText('Ship it (v2) @ada_l')).toBe('Ship it \\(v2\\) \\@ada\\_l');
  });

  it('turns hashtags into the hashtag template, and only real hashtags', () => {
    expect(toLittleText('Ship it #launch, #buildInPublic! #Straße2026')).toBe(
      'Ship it {hashtag|\\#|launch}, {hashtag|\\#|buildInPublic}! {hashtag|\\#|Straße2026}',
    );
    expect(toLittleText('#1 reason: C# and #my_tag, not # alone, ##twice')).toBe(
      '\\#1 reason: C\\# and \\#my\\_tag, not \\# alone, \\#{hashtag|\\#|twice}',
    );
    expect(toLittleText('Tips &#38; tricks')).toBe('Tips &\\#38; tricks');
  });

  it('leaves ordinary text, emoji and non-Latin scripts untouched', () => {
    const text = 'Hello, world! 50% off: "quotes" & more → 日本語 🎉 $5 + 3 = 8? ^ ` \' /';
    expect(toLittleText(text)).toBe(text);
  });

  it('round-trips', () => {
    for (const text of [
      'a\\b',
      'C:\\path\\(x)',
      '~~strike~~ **bold** __u__',
      '',
      'x#',
      '\\#',
      '#tag and #other_tag',
      'literal {hashtag|\\#|x} and @[Ada](urn:li:person:1)',
    ])
      expect(fromLittleText(toLittleText(text))).toBe(text);
  });

  it('reads back hashtags, mentions and escapes as a person sees them', () => {
    expect(fromLittleText('a\\#b \\n c')).toBe('a#b \\n c');
    expect(fromLittleText('Thanks @[Ada \\(CTO\\)](urn:li:person:x9) {hashtag|\\#|ai} #ml')).toBe(
      'Thanks Ada (CTO) #ai #ml',
    );
  });
});
