// Facets carry UTF-8 byte ranges: checked here by slicing the encoded text, with accents, emoji
// (including skin-tone sequences) and CJK before each entity. Record keys are stable valid TIDs.
import { describe, expect, it } from 'vitest';
import { buildFacets, byteOffset, detectEntities, type Facet } from './facets.js';
import { parseAtUri, recordKeyFor, TID_PATTERN } from './record-key.js';

const slice = (text: string, facet: Facet) =>
  new TextDecoder().decode(new TextEncoder().encode(text).slice(facet.index.byteStart, facet.index.byteEnd));

const resolveAll = async (handle: string) =>
  handle.endsWith('.invalid') ? undefined : `did:plc:${handle.length}`;

describe('byteOffset', () => {
  it('counts UTF-8 bytes, not UTF-16 units', () => {
    expect(byteOffset('é', 1)).toBe(2);
    expect(byteOffset('日本', 2)).toBe(6);
    expect(byteOffset('👋🏽x', 4)).toBe(8);
    expect(byteOffset('abc', 2)).toBe(2);
  });
});

describe('buildFacets', () => {
  it('finds links, mentions and tags after accents, emoji and CJK', async () => {
    const text = 'Café ☕ 日本語 #テスト with @Bob.bsky.social 👋🏽 see https://example.com/ü?q=1. ok';
    const facets = await buildFacets(text, resolveAll);
    expect(facets.map((f) => slice(text, f))).toEqual([
      '#テスト',
      '@Bob.bsky.social',
      'https://example.com/ü?q=1',
    ]);
    expect(facets.map((f) => f.features[0])).toEqual([
      { $type: 'app.bsky.richtext.facet#tag', tag: 'テスト' },
      { $type: 'app.bsky.richtext.facet#mention', did: 'did:plc:15' },
      { $type: 'app.bsky.richtext.facet#link', uri: 'https://example.com/ü?q=1' },
    ]);
  });

  it('leaves unresolvable mentions as plain text', async () => {
    const facets = await buildFacets('hi @ghost.invalid and @ada.bsky.social', resolveAll);
    expect(facets).toHaveLength(1);
    expect(facets[0]?.features[0]).toMatchObject({ did: 'did:plc:15' });
  });

  it('resolves each handle once', async () => {
    const seen: string[] = [];
    await buildFacets('@ada.bsky.social and again @ada.bsky.social', async (handle) => {
      seen.push(handle);
      return 'did:plc:ada';
    });
    expect(seen).toEqual(['ada.bsky.social']);
  });
});

describe('detectEntities', () => {
  it('trims sentence punctuation and unbalanced brackets from links', () => {
    const text = '(see https://en.wikipedia.org/wiki/Foo_(bar)) and https://a.example/x?y=1!';
    expect(detectEntities(text).map((e) => (e.kind === 'link' ? e.uri : ''))).toEqual([
      'https://en.wikipedia.org/wiki/Foo_(bar)',
      'https://a.example/x?y=1',
    ]);
  });

  it('ignores numeric tags, emails, fragments inside links and handles without a dot', () => {
    const text = 'mail ada@example.com #2024 #launch! https://x.example/#frag @ada';
    expect(detectEntities(text).map((e) => e.kind)).toEqual(['tag', 'link']);
    expect(detectEntities(text)[0]).toMatchObject({ tag: 'launch' });
  });
});

describe('recordKeyFor', () => {
  it('derives the same valid TID from the same key, and different ones from different keys', () => {
    const keys = ['pub_1:0', 'pub_1:1', 'pub_2:0', 'x'.repeat(200)];
    const tids = keys.map(recordKeyFor);
    for (const tid of tids) expect(tid).toMatch(TID_PATTERN);
    expect(new Set(tids).size).toBe(keys.length);
    expect(recordKeyFor('pub_1:0')).toBe(tids[0]);
  });

  it('parses at:// URIs', () => {
    expect(parseAtUri('at://did:plc:abc/app.bsky.feed.post/3k2')).toEqual({
      repo: 'did:plc:abc',
      collection: 'app.bsky.feed.post',
      rkey: '3k2',
    });
    expect(parseAtUri('https://bsky.app/x')).toBeUndefined();
  });
});
