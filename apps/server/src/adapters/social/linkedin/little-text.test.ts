// The escaper must cover every reserved character, leave everything else alone, and round-trip.
import { describe, expect, it } from 'vitest';
import { escapeLittleText, unescapeLittleText } from './little-text.js';

describe('little text', () => {
  it('escapes each reserved character with one backslash', () => {
    expect(escapeLittleText('\\|{}@[]()<>#*_~')).toBe('\\\\\\|\\{\\}\\@\\[\\]\\(\\)\\<\\>\\#\\*\\_\\~');
    expect(escapeLittleText('Ship it (v2) #launch @ada_l')).toBe('Ship it \\(v2\\) \\#launch \\@ada\\_l');
  });

  it('leaves ordinary text, emoji and non-Latin scripts untouched', () => {
    const text = 'Hello, world! 50% off: "quotes" & more → 日本語 🎉 $5 + 3 = 8? ^ ` \' /';
    expect(escapeLittleText(text)).toBe(text);
  });

  it('round-trips', () => {
    for (const text of ['a\\b', 'C:\\path\\(x)', '~~strike~~ **bold** __u__', '', 'x#', '\\#']) {
      expect(unescapeLittleText(escapeLittleText(text))).toBe(text);
    }
  });

  it('unescapes only escaped reserved characters', () => {
    expect(unescapeLittleText('a\\#b \\n c')).toBe('a#b \\n c');
  });
});
