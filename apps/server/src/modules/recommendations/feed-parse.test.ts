// The feed reader on the three formats it must take (RSS 2.0, Atom, RSS 1.0/RDF), the
// de-duplication key's order (guid, else link, else title), HTML stripped from summaries, and
// documents that are not feeds refused.
import { describe, expect, it } from 'vitest';
import { dedupeKeyOf, NotAFeedError, parseFeedDocument } from './feed-parse.js';

const RDF = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
  xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://example.org/"><title>Old School</title><link>https://example.org/</link>
    <description>An RSS 1.0 feed</description></channel>
  <item rdf:about="https://example.org/r1"><title>Data contracts in practice</title>
    <link>https://example.org/r1</link><description>&lt;b&gt;Bold&lt;/b&gt; claims &amp; more</description>
    <dc:date>2026-11-30T08:00:00Z</dc:date></item>
</rdf:RDF>`;

const RSS = `<rss version="2.0"><channel><title>T</title><link>https://x.example</link><description>d</description>
<item><title>With guid</title><guid>g-1</guid><link>https://x.example/1</link></item>
<item><title>Link only</title><link>https://x.example/2</link></item>
<item><title>Title only</title></item>
<item><description>No title: skipped</description></item>
</channel></rss>`;

const ATOM = `<feed xmlns="http://www.w3.org/2005/Atom"><title type="text">A</title><id>urn:a</id>
<updated>2026-12-01T00:00:00Z</updated>
<entry><title>Entry</title><id>urn:a:1</id><link rel="alternate" href="https://a.example/1"/>
<updated>2026-12-01T00:00:00Z</updated><content type="html">&lt;p&gt;Body text&lt;/p&gt;</content></entry></feed>`;

describe('parseFeedDocument', () => {
  it('reads RSS 1.0 (RDF) with its Dublin Core date and a plain-text summary', () => {
    const feed = parseFeedDocument(RDF);
    expect(feed).toMatchObject({ format: 'rdf', title: 'Old School' });
    expect(feed.items).toEqual([
      {
        dedupeKey: dedupeKeyOf({ link: 'https://example.org/r1', title: 'Data contracts in practice' }),
        title: 'Data contracts in practice',
        link: 'https://example.org/r1',
        publishedAt: new Date('2026-11-30T08:00:00Z'),
        summary: 'Bold claims & more',
      },
    ]);
  });

  it('keys RSS items by guid, else link, else title, and skips items without a title', () => {
    const { items } = parseFeedDocument(RSS);
    expect(items.map((i) => i.title)).toEqual(['With guid', 'Link only', 'Title only']);
    expect(items[0]?.dedupeKey).toBe(dedupeKeyOf({ guid: 'g-1', link: 'other', title: 'x' }));
    expect(items[1]?.dedupeKey).toBe(dedupeKeyOf({ link: 'https://x.example/2', title: 'y' }));
    expect(items[2]?.dedupeKey).toBe(dedupeKeyOf({ title: 'title only' }));
    expect(new Set(items.map((i) => i.dedupeKey)).size).toBe(3);
  });

  it('reads Atom entries with their alternate link and HTML content as text', () => {
    const feed = parseFeedDocument(ATOM);
    expect(feed).toMatchObject({ format: 'atom', title: 'A' });
    expect(feed.items[0]).toMatchObject({
      title: 'Entry',
      link: 'https://a.example/1',
      summary: 'Body text',
    });
  });

  it('refuses HTML, JSON and junk', () => {
    for (const doc of ['<!doctype html><html><body>Hi</body></html>', '{"a":1}', 'hello'])
      expect(() => parseFeedDocument(doc)).toThrow(NotAFeedError);
  });
});
