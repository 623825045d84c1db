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

/** A post or article, with middle lines dropped until it suits the platform. */
export function layoutPost(lines: Line[], o: LayoutOptions): string {
  const budget = o.format === 'article' ? Number.POSITIVE_INFINITY : POST_BUDGET[o.platform];
  let current = [...lines];
  let tags = [...o.hashtags];
  let text = render(current, { ...o, hashtags: tags });
  while (text.length > budget) {
    // Drop from the middle first: the hook opens and the call to action closes the post.
    const middle = current.length > 2 ? current.length - 2 : -1;
    if (middle > 0) current.splice(middle, 1);
    else if (tags.length > 0) tags = tags.slice(0, -1);
    else if (current.length > 1) current = current.slice(0, 1);
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
  for (const line of marked) {
    const own = line.kind === 'hook' || line.kind === 'cta';
    if (current && (own || current.length + line.text.length + 1 > TWEET_BUDGET - 8)) {
      parts.push(current);
      current = '';
    }
    const joint = line.kind === 'item' ? '\n' : ' ';
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
