import { describe, expect, it } from 'vitest';
import { collapsedText, isLongText } from './ExpandableText';

describe('ExpandableText', () => {
  it('collapses long texts at whole words and many-line texts at whole lines', () => {
    const words = Array.from({ length: 120 }, (_, i) => `word${i}`).join(' ');
    expect(isLongText(words)).toBe(true);
    const short = collapsedText(words);
    expect(short.endsWith('…')).toBe(true);
    expect(words.startsWith(short.slice(0, -1))).toBe(true);
    expect(words.charAt(short.length - 1)).toBe(' ');
    const lines = Array.from({ length: 12 }, (_, i) => `Line ${i + 1}`).join('\n');
    expect(isLongText(lines)).toBe(true);
    expect(collapsedText(lines)).toBe(`${lines.split('\n').slice(0, 7).join('\n')}…`);
  });

  it('leaves a short text whole', () => {
    expect(isLongText('A short post.\n\nTwo paragraphs.')).toBe(false);
  });
});
