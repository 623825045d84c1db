// The thread composer's state: parsing and writing the server's blank-line thread format, adding,
// removing, editing and reordering parts.
import { MAX_THREAD_PARTS, threadParts } from '@brandwright/contracts';
import { describe, expect, it } from 'vitest';
import { addPart, editPart, movePart, partsOf, removePart, textOf } from './threadParts';

const texts = (parts: { text: string }[]) => parts.map((p) => p.text);

describe('thread parts', () => {
  it('reads the blank-line format and writes it back unchanged', () => {
    const stored = 'First part\nwith a line break\n\nSecond part\n\nThird';
    const parts = partsOf(stored);
    expect(texts(parts)).toEqual(['First part\nwith a line break', 'Second part', 'Third']);
    expect(textOf(parts)).toBe(stored);
    expect(new Set(parts.map((p) => p.id)).size).toBe(3);
  });

  it('starts an empty thread with one empty part and stores nothing for it', () => {
    const parts = partsOf('  \n\n ');
    expect(texts(parts)).toEqual(['']);
    expect(textOf(parts)).toBe('');
  });

  it('never lets a blank line inside a part split it when stored', () => {
    const parts = editPart(partsOf('One\n\nTwo'), 0, 'One\n\n\nstill one');
    const stored = textOf(parts);
    expect(stored).toBe('One\nstill one\n\nTwo');
    expect(threadParts(stored)).toEqual(['One\nstill one', 'Two']);
  });

  it('adds an empty part where asked, left out of the text until written', () => {
    const parts = addPart(partsOf('A\n\nB'), 0);
    expect(texts(parts)).toEqual(['A', '', 'B']);
    expect(textOf(parts)).toBe('A\n\nB');
    expect(textOf(editPart(parts, 1, 'between'))).toBe('A\n\nbetween\n\nB');
  });

  it('stops adding at the longest thread allowed', () => {
    const full = partsOf(Array.from({ length: MAX_THREAD_PARTS }, (_, i) => `p${i}`).join('\n\n'));
    expect(addPart(full)).toHaveLength(MAX_THREAD_PARTS);
  });

  it('removes a part, and empties the last one instead of removing it', () => {
    expect(texts(removePart(partsOf('A\n\nB\n\nC'), 1))).toEqual(['A', 'C']);
    const single = partsOf('Only');
    const emptied = removePart(single, 0);
    expect(texts(emptied)).toEqual(['']);
    expect(emptied[0]?.id).toBe(single[0]?.id);
  });

  it('moves parts up, down and by drag, keeping their ids', () => {
    const parts = partsOf('A\n\nB\n\nC');
    const down = movePart(parts, 0, 1);
    expect(texts(down)).toEqual(['B', 'A', 'C']);
    expect(down[1]?.id).toBe(parts[0]?.id);
    expect(texts(movePart(parts, 2, 0))).toEqual(['C', 'A', 'B']);
    expect(textOf(movePart(parts, 2, 0))).toBe('C\n\nA\n\nB');
  });

  it('clamps moves past either end', () => {
    const parts = partsOf('A\n\nB');
    expect(texts(movePart(parts, 0, -1))).toEqual(['A', 'B']);
    expect(texts(movePart(parts, 1, 5))).toEqual(['A', 'B']);
  });
});
