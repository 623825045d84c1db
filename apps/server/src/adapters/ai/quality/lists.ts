// Lists and the counts that announce them: "4 lessons that took me years:" promises four items.
const NUMBER_WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
];
const COUNTABLE =
  'things|lessons|steps|ways|reasons|mistakes|habits|questions|ideas|rules|signs|tips|tools|truths|myths|principles|practices|changes|patterns|takeaways|moves|points';
const ANNOUNCEMENT_SOURCE = `\\b(\\d{1,2}|${NUMBER_WORDS.slice(2).join('|')})\\s+(?:[\\p{L}-]+\\s+){0,2}(${COUNTABLE})\\b`;
const ANNOUNCEMENT = new RegExp(ANNOUNCEMENT_SOURCE, 'iu');
const ITEM = /^\s*(?:\d+[.)]|[-•→*✅])\s+\S/u;

/** The first count of countable things in a text ("in 10 lessons"), with where it stands. */
export function countAnnouncement(
  text: string,
): { count: number; noun: string; index: number; length: number } | undefined {
  const m = ANNOUNCEMENT.exec(text);
  const word = m?.[1]?.toLowerCase();
  if (!m || word === undefined) return undefined;
  const count = /^\d+$/.test(word) ? Number(word) : NUMBER_WORDS.indexOf(word);
  return count >= 2
    ? { count, noun: (m[2] ?? 'things').toLowerCase(), index: m.index, length: m[0].length }
    : undefined;
}

/** The count the draft's hook (or a line ending in ":") announces, if it announces one. */
export function announcedCount(text: string): number | undefined {
  const lines = text.split('\n').map((l) => l.replace(/^\s*\d+\/\d+\s+/, '').trim());
  const hook = lines.find((l) => l.length > 0) ?? '';
  const lead = [hook, ...lines.filter((l) => l.endsWith(':'))].find((l) => ANNOUNCEMENT.test(l));
  const word = lead ? ANNOUNCEMENT.exec(lead)?.[1]?.toLowerCase() : undefined;
  if (word === undefined) return undefined;
  const n = /^\d+$/.test(word) ? Number(word) : NUMBER_WORDS.indexOf(word);
  return n >= 2 ? n : undefined;
}

/** List items across all blocks: numbered or bulleted lines. */
export function listItemCount(blocks: string[]): number {
  return blocks.flatMap((b) => b.split('\n')).filter((l) => ITEM.test(l)).length;
}
