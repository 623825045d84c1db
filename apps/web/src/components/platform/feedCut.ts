// Where a platform's feed folds a long post behind "…see more", so the preview shows the reader's
// first view. LinkedIn: organic posts show a 3-line preview on desktop and mobile (J. Espirian,
// "'See more' breakpoints on LinkedIn posts", Sept 2024), about 210 characters on the desktop feed
// (≈70 characters a line in its 552px column); when line 3 is blank only 2 lines show. Lines are
// counted as rendered, so a long paragraph wraps onto several.

export const LINKEDIN_PREVIEW_LINES = 3;
/** Characters in one rendered line of the desktop feed column (210 over 3 lines). */
export const LINKEDIN_LINE_CHARS = 70;

export interface FeedCut {
  /** What shows before the fold. */
  visible: string;
  /** True when the feed adds "…see more". */
  folded: boolean;
}

/** Rendered lines one written line takes (an empty line still takes one). */
function renderedLines(line: string): number {
  return Math.max(1, Math.ceil([...line].length / LINKEDIN_LINE_CHARS));
}

/** The end of `line` within `budget` rendered lines, at a word boundary where there is one. */
function fitLine(line: string, budget: number): string {
  const chars = [...line];
  const max = budget * LINKEDIN_LINE_CHARS;
  if (chars.length <= max) return line;
  const head = chars.slice(0, max).join('');
  const space = head.lastIndexOf(' ');
  return (space > 0 ? head.slice(0, space) : head).trimEnd();
}

/** LinkedIn's desktop feed fold for `text`. */
export function linkedInCut(text: string): FeedCut {
  const lines = text.trim().split('\n');
  const kept: string[] = [];
  let used = 0;
  for (const [index, line] of lines.entries()) {
    const left = LINKEDIN_PREVIEW_LINES - used;
    // A blank line that would be the last visible one is dropped: LinkedIn then shows 2 lines.
    if (left === 1 && line.trim() === '' && index < lines.length - 1) break;
    const cost = renderedLines(line);
    if (cost > left) {
      kept.push(fitLine(line, left));
      used = LINKEDIN_PREVIEW_LINES;
      break;
    }
    kept.push(line);
    used += cost;
    if (used >= LINKEDIN_PREVIEW_LINES) break;
  }
  const visible = kept.join('\n').trimEnd();
  return { visible, folded: visible.length < text.trim().length };
}

/** Medium's feed card: the title, and the first paragraph as the subtitle when none is given. */
export function mediumSubtitle(body: string, maxChars = 140): string {
  const first =
    body
      .split(/\n\s*\n/)
      .find((p) => p.trim() !== '')
      ?.trim() ?? '';
  const chars = [...first];
  if (chars.length <= maxChars) return first;
  const head = chars.slice(0, maxChars).join('');
  return `${head.slice(0, Math.max(head.lastIndexOf(' '), 1)).trimEnd()}…`;
}
