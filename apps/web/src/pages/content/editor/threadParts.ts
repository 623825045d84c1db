// The thread composer's state, kept pure so it can be tested: a piece's text as parts with stable
// ids (for drag and focus), and back to the server's thread format — parts separated by one blank
// line (modules/content/metadata.ts splits on blank lines, so a part never keeps one inside).
import { MAX_THREAD_PARTS } from '@brandwright/contracts';

export interface ThreadPart {
  id: string;
  text: string;
}

let nextId = 0;
const newId = () => `part-${++nextId}`;

/** The parts of a stored thread text; one empty part for an empty thread. */
export function partsOf(text: string): ThreadPart[] {
  const parts = text
    .split(/\n\s*\n/)
    .map((t) => t.trim())
    .filter((t) => t.length > 0)
    .map((t) => ({ id: newId(), text: t }));
  return parts.length > 0 ? parts : [{ id: newId(), text: '' }];
}

/** A part's text as stored: blank lines inside it collapse to one line break. */
function storedPart(text: string): string {
  return text.trim().replace(/\n\s*\n/g, '\n');
}

/** The thread text the server stores; empty parts (just added) are left out. */
export function textOf(parts: readonly ThreadPart[]): string {
  return parts
    .map((p) => storedPart(p.text))
    .filter((t) => t.length > 0)
    .join('\n\n');
}

export function canAddPart(parts: readonly ThreadPart[]): boolean {
  return parts.length < MAX_THREAD_PARTS;
}

/** A new empty part after `afterIndex` (at the end by default). */
export function addPart(parts: readonly ThreadPart[], afterIndex = parts.length - 1): ThreadPart[] {
  if (!canAddPart(parts)) return [...parts];
  const next = [...parts];
  next.splice(afterIndex + 1, 0, { id: newId(), text: '' });
  return next;
}

/** Removes a part; the last one left is emptied instead, so a thread always has a part to type in. */
export function removePart(parts: readonly ThreadPart[], index: number): ThreadPart[] {
  if (parts.length <= 1) return [{ id: parts[0]?.id ?? newId(), text: '' }];
  return parts.filter((_, i) => i !== index);
}

export function editPart(parts: readonly ThreadPart[], index: number, text: string): ThreadPart[] {
  return parts.map((p, i) => (i === index ? { ...p, text } : p));
}

/** Moves the part at `from` to `to` (both clamped to the thread); used by drag and by the buttons. */
export function movePart(parts: readonly ThreadPart[], from: number, to: number): ThreadPart[] {
  const target = Math.max(0, Math.min(parts.length - 1, to));
  if (from === target || from < 0 || from >= parts.length) return [...parts];
  const next = [...parts];
  const [moved] = next.splice(from, 1);
  if (moved) next.splice(target, 0, moved);
  return next;
}
