// Reads an RSS 2.0, Atom or RSS 1.0 (RDF) document with feedsmith into the few fields topics need,
// and gives each item its de-duplication key: the guid (or Atom id), else the link, else the title.
// Anything feedsmith does not recognise as a feed (an HTML page, JSON, junk) is refused.
import { createHash } from 'node:crypto';
import { parseFeed } from 'feedsmith';
import sanitizeHtml from 'sanitize-html';

export interface ParsedItem {
  dedupeKey: string;
  title: string;
  link: string | null;
  publishedAt: Date | null;
  summary: string;
}

export interface ParsedFeed {
  format: 'rss' | 'atom' | 'rdf';
  title: string;
  items: ParsedItem[];
}

export class NotAFeedError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'NotAFeedError';
  }
}

/** Summaries are kept short: they only feed key phrases and embeddings. */
const SUMMARY_CHARS = 600;
// Topics (generate, calendar) allow 200 characters; a title is offered as one.
const TITLE_CHARS = 200;

type Loose = Record<string, unknown>;

/** feedsmith gives text either as a string or as `{ value }` (Atom text constructs, RSS guids). */
function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && typeof (value as Loose).value === 'string')
    return (value as Loose).value as string;
  return '';
}

function plain(html: string, max: number): string {
  const text = sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} })
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

function dateOf(...candidates: unknown[]): Date | null {
  for (const c of candidates) {
    const raw = Array.isArray(c) ? c[0] : c;
    if (typeof raw !== 'string' || raw.trim() === '') continue;
    const date = new Date(raw);
    if (!Number.isNaN(date.getTime())) return date;
  }
  return null;
}

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

/** guid, else link, else title: the first a feed fills in names the story across fetches. */
export function dedupeKeyOf(item: { guid?: string; link?: string | null; title: string }): string {
  if (item.guid?.trim()) return sha(`guid:${item.guid.trim()}`);
  if (item.link?.trim()) return sha(`link:${item.link.trim()}`);
  return sha(`title:${item.title.trim().toLowerCase()}`);
}

function atomLink(entry: Loose): string | null {
  const links = (entry.links as Loose[] | undefined) ?? [];
  const alternate = links.find((l) => !l.rel || l.rel === 'alternate') ?? links[0];
  return typeof alternate?.href === 'string' ? alternate.href : null;
}

function item(raw: { title: string; link: string | null; guid: string; date: Date | null; summary: string }) {
  const title = plain(raw.title, TITLE_CHARS);
  if (!title) return [];
  return [
    {
      dedupeKey: dedupeKeyOf({ guid: raw.guid, link: raw.link, title }),
      title,
      link: raw.link,
      publishedAt: raw.date,
      summary: plain(raw.summary, SUMMARY_CHARS),
    },
  ];
}

function rssItems(items: Loose[]): ParsedItem[] {
  return items.flatMap((i) =>
    item({
      title: textOf(i.title),
      link: typeof i.link === 'string' ? i.link : null,
      guid: textOf(i.guid),
      date: dateOf(i.pubDate, (i.dc as Loose | undefined)?.dates, (i.dc as Loose | undefined)?.date),
      summary: textOf(i.description),
    }),
  );
}

function atomItems(entries: Loose[]): ParsedItem[] {
  return entries.flatMap((e) =>
    item({
      title: textOf(e.title),
      link: atomLink(e),
      guid: textOf(e.id),
      date: dateOf(e.published, e.updated),
      summary: textOf(e.summary) || textOf(e.content),
    }),
  );
}

export function parseFeedDocument(xml: string): ParsedFeed {
  let parsed: { format: string; feed: Loose };
  try {
    parsed = parseFeed(xml) as unknown as { format: string; feed: Loose };
  } catch {
    throw new NotAFeedError('the address answered with something that is not an RSS or Atom feed');
  }
  const { format, feed } = parsed;
  if (format === 'atom')
    return {
      format,
      title: plain(textOf(feed.title), TITLE_CHARS),
      items: atomItems((feed.entries as Loose[]) ?? []),
    };
  if (format === 'rss' || format === 'rdf')
    return {
      format,
      title: plain(textOf(feed.title), TITLE_CHARS),
      items: rssItems((feed.items as Loose[]) ?? []),
    };
  throw new NotAFeedError(`a ${format} document is not an RSS or Atom feed`);
}
