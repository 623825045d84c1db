// What the inline diff shows, in order. A deletion directly followed by an insertion ("is" → "you")
// would render as one run of letters ("isyou"); a visible gap is put between them, outside both, so
// the words stay apart without changing either version's text.
import type { DiffPart } from '@brandwright/contracts';

export type DiffSegment = DiffPart | { op: 'gap'; text: ' ' };

const touches = (left: string, right: string) => /\S$/.test(left) && /^\S/.test(right);

export function diffSegments(parts: DiffPart[]): DiffSegment[] {
  const segments: DiffSegment[] = [];
  for (const part of parts) {
    const previous = segments.at(-1);
    const changed = part.op !== 'equal' && previous !== undefined && previous.op !== 'equal';
    if (changed && previous.op !== part.op && touches(previous.text, part.text))
      segments.push({ op: 'gap', text: ' ' });
    segments.push(part);
  }
  return segments;
}
