// Lays shaped lines out as the final text of a post, thread or article: paragraphs by the voice's
// line-break style, list markers, hashtags, and trimming to a size that suits the platform.
import type { Platform } from '@brandwright/contracts';
import type { PostFormat, VoiceStyle } from '../port.js';
import type { Line } from './compose.js';

/** Rough size a post should stay within per platform (the content module enforces hard limits). */
const POST_BUDGET: Record<Platform, number> = {
  x: 280,
  bluesky: 300,
  mastodon: 500,
  linkedin: 2200,
  medium: 2500,
};
const TWEET_BUDGET = 270;

function markItems(lines: Line[], numbered: boolean, bullet: string): Line[] {
  let n = 0;
  return lines.map((l) =>
    l.kind === 'item' ? { ...l, text: numbered ? `${++n}. ${l.text}` : `${bullet} ${l.text}` } : l,
  );
}

/** Groups lines into paragraphs: items stay one per line, prose follows the voice's break style. */
function paragraphs(lines: Line[], style: VoiceStyle['lineBreaks']): string[] {
  const out: string[] = [];
  let prose: string[] = [];
  let items: string[] = [];
  const flushProse = () => {
    if (prose.length > 0) out.push(prose.join(' '));
    prose = [];
  };
  const flushItems = () => {
    if (items.length > 0) out.push(items.join('\n'));
    items = [];
  };
  for (const line of lines) {
    if (line.kind === 'item') {
      flushProse();
      items.push(line.text);
      continue;
    }
    flushItems();
    const alone = line.kind === 'title' || line.kind === 'heading' || line.kind === 'hook';
    if (alone || style === 'line_per_sentence' || (style === 'short_paragraphs' && prose.length >= 2))
      flushProse();
    if (line.kind === 'title') out.push(`# ${line.text}`);
    else if (line.kind === 'heading') out.push(`## ${line.text}`);
    else prose.push(line.text);
    if (line.kind === 'hook' && style !== 'dense') flushProse();
  }
  flushProse();
  flushItems();
  return out;
}

export interface LayoutOptions {
  platform: Platform;
  format: PostFormat;
  voice: VoiceStyle;
  hashtags: string[];
  numbered: boolean;
  bullet: string;
}

function render(lines: Line[], o: LayoutOptions): string {
  const blocks = paragraphs(markItems(lines, o.numbered, o.bullet), o.voice.lineBreaks);
  if (o.hashtags.length > 0) blocks.push(o.hashtags.join(' '));
  return blocks.join('\n\n');
}

/** Whether a laid-out post suits the platform's size. */
export function withinBudget(text: string, o: LayoutOptions): boolean {
  return o.format === 'article' || text.length <= POST_BUDGET[o.platform];
}

/**
 * A post or article, shortened to suit the platform by dropping whole optional lines: body beats
 * from the middle, then hashtags, then the writer's result. The hook, the items a list announces
 * and the call to action stay; the caller lists fewer items when even that is too long.
 */
export function layoutPost(lines: Line[], o: LayoutOptions): string {
  const current = [...lines];
  let tags = [...o.hashtags];
  let text = render(current, { ...o, hashtags: tags });
  while (!withinBudget(text, o)) {
    const bodies = current.flatMap((l, i) => (l.kind === 'body' ? [i] : []));
    const middle = bodies[Math.floor(bodies.length / 2)];
    const proof = current.findIndex((l) => l.kind === 'proof');
    if (middle !== undefined) current.splice(middle, 1);
    else if (tags.length > 0) tags = tags.slice(0, -1);
    else if (proof >= 0) current.splice(proof, 1);
    else break;
    text = render(current, { ...o, hashtags: tags });
  }
  return text;
}

/** A thread: hook first, lines packed into numbered posts ("1/5 ..."), separated by blank lines. */
export function layoutThread(lines: Line[], o: LayoutOptions): string {
  const marked = markItems(lines, o.numbered, o.bullet);
  const parts: string[] = [];
  let current = '';
  let previous: Line['kind'] | undefined;
  for (const line of marked) {
    const own = line.kind === 'hook' || line.kind === 'cta';
    if (current && (own || current.length + line.text.length + 1 > TWEET_BUDGET - 8)) {
      parts.push(current);
      current = '';
    }
    const joint = line.kind === 'item' || previous === 'item' ? '\n' : ' ';
    previous = line.kind;
    current = current ? `${current}${joint}${line.text}` : line.text;
    if (line.kind === 'hook') {
      parts.push(current);
      current = '';
    }
  }
  if (current) parts.push(current);
  const last = parts.length - 1;
  const tags = o.hashtags.join(' ');
  if (tags && (parts[last] ?? '').length + tags.length + 10 < TWEET_BUDGET)
    parts[last] = `${parts[last]}\n${tags}`;
  return parts.map((p, i) => `${i + 1}/${parts.length} ${p}`).join('\n\n');
}
