// Word-level diff parts and the unified patch between two versions of a text.
import { describe, expect, it } from 'vitest';
import { unifiedPatch, wordDiff } from './text-diff.js';

describe('wordDiff', () => {
  it('marks inserted and deleted words between equal parts', () => {
    expect(wordDiff('Ship small changes often.', 'Ship tiny changes daily.')).toEqual([
      { op: 'equal', text: 'Ship ' },
      { op: 'delete', text: 'small' },
      { op: 'insert', text: 'tiny' },
      { op: 'equal', text: ' changes ' },
      { op: 'delete', text: 'often' },
      { op: 'insert', text: 'daily' },
      { op: 'equal', text: '.' },
    ]);
  });

  it('joins the parts back into either text', () => {
    const before = 'One line.\n\nAnother line here.';
    const after = 'One line.\n\nA different line here, longer.';
    const parts = wordDiff(before, after);
    expect(
      parts
        .filter((p) => p.op !== 'insert')
        .map((p) => p.text)
        .join(''),
    ).toBe(before);
    expect(
      parts
        .filter((p) => p.op !== 'delete')
        .map((p) => p.text)
        .join(''),
    ).toBe(after);
  });

  it('is all equal for identical texts', () => {
    expect(wordDiff('same text', 'same text')).toEqual([{ op: 'equal', text: 'same text' }]);
  });
});

describe('unifiedPatch', () => {
  it('writes a line patch with both labels', () => {
    const patch = unifiedPatch('a\nb\nc', 'a\nB\nc', 'version 1', 'version 2');
    expect(patch).toContain('--- version 1');
    expect(patch).toContain('+++ version 2');
    expect(patch).toContain('-b\n+B');
  });
});
