import { describe, expect, it } from 'vitest';
import { diffSegments } from './diffSegments';

describe('diffSegments', () => {
  it('keeps a replaced word apart from its replacement', () => {
    const segments = diffSegments([
      { op: 'equal', text: 'This ' },
      { op: 'delete', text: 'is' },
      { op: 'insert', text: 'you' },
      { op: 'equal', text: ' now' },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe('This is you now');
    expect(segments[2]).toEqual({ op: 'gap', text: ' ' });
  });

  it('adds nothing where whitespace already separates the parts or nothing changed', () => {
    const parts = [
      { op: 'equal', text: 'do ' },
      { op: 'delete', text: 'not ' },
      { op: 'insert', text: 'never' },
      { op: 'equal', text: ' burn' },
    ] as const;
    expect(diffSegments([...parts])).toEqual(parts);
    expect(diffSegments([{ op: 'equal', text: 'same' }])).toEqual([{ op: 'equal', text: 'same' }]);
  });
});
