// Differences between two versions of a text with the `diff` package: word-level parts for an
// inline view, and a unified patch (line level) for tools and reviewers used to patches.
import type { DiffPart } from '@brandwright/contracts';
import { createTwoFilesPatch, diffWordsWithSpace } from 'diff';

export function wordDiff(before: string, after: string): DiffPart[] {
  const parts: DiffPart[] = [];
  for (const change of diffWordsWithSpace(before, after)) {
    const op = change.added ? 'insert' : change.removed ? 'delete' : 'equal';
    const previous = parts.at(-1);
    // Adjacent parts of the same kind read better as one.
    if (previous?.op === op) previous.text += change.value;
    else parts.push({ op, text: change.value });
  }
  return parts;
}

export function unifiedPatch(before: string, after: string, fromLabel: string, toLabel: string): string {
  const end = (s: string) => (s.endsWith('\n') ? s : `${s}\n`);
  return createTwoFilesPatch(fromLabel, toLabel, end(before), end(after), undefined, undefined, {
    context: 3,
  });
}
