// Little text as LinkedIn parses it: the documented hashtag and mention elements are stored whole
// and read back as sent; unescaped reserved characters elsewhere still cut the commentary (201).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../../index.js';
import { parseLittleText } from './little-text.js';
import { connectMember, createPost, type Member, restCall } from './testing.js';

let emulator: Emulator;
let member: Member;
beforeAll(async () => {
  emulator = await createEmulator({ port: 0 });
  member = await connectMember(emulator, 'ada', ['openid', 'profile', 'w_member_social', 'r_member_social']);
});
afterAll(() => emulator.close());

describe('little text', () => {
  it('stores hashtags, the hashtag template and mentions whole, and reads them back as sent', async () => {
    const commentary =
      'Shipped \\(v2\\) with @[Devtestco](urn:li:organization:2414183) and @[Eddy](urn:li:person:a1_B-2) ' +
      '#launch {hashtag|\\#|buildinpublic} — café #Straße2026!';
    const urn = await createPost(emulator, member, commentary);
    const stored = emulator.social.findPost('linkedin', urn);
    expect(stored?.text).toBe(
      'Shipped (v2) with Devtestco and Eddy #launch #buildinpublic — café #Straße2026!',
    );
    expect(stored?.extra).toMatchObject({ commentary, truncated: false });
    const read = await restCall(emulator, member, `/rest/posts/${encodeURIComponent(urn)}`);
    expect(((await read.json()) as { commentary: string }).commentary).toBe(commentary);
  });

  it('parses the documented elements and nothing else', () => {
    expect(parseLittleText('Hi @[Ada \\(CTO\\)](urn:li:person:x9) #ai {hashtag|＃|ml}')).toEqual({
      text: 'Hi Ada (CTO) #ai #ml',
      stored: 'Hi @[Ada \\(CTO\\)](urn:li:person:x9) #ai {hashtag|＃|ml}',
      truncated: false,
      hashtags: ['ai', 'ml'],
      mentions: [{ name: 'Ada (CTO)', urn: 'urn:li:person:x9' }],
    });
    expect(parseLittleText('plain')).toMatchObject({ text: 'plain', stored: 'plain', truncated: false });
  });

  it('still cuts at any other unescaped reserved character, silently', async () => {
    const cuts: [string, string][] = [
      ['Great #launch (v2) today', 'Great #launch '],
      ['Ask @ada anything', 'Ask '],
      ['A # alone', 'A '],
      ['Template {hashtag|#|x} unescaped', 'Template '],
      ['Mention @[Ada](urn:li:member:1) of an unknown kind', 'Mention '],
      ['Org @[Acme](urn:li:organization:abc) with a bad id', 'Org '],
      ['snake_case and more', 'snake'],
      ['a\\b', 'a'],
    ];
    for (const [sent, kept] of cuts)
      expect(parseLittleText(sent)).toMatchObject({ stored: kept, truncated: true });
    const urn = await createPost(emulator, member, 'Launch day #launch (v2) is here');
    expect(emulator.social.findPost('linkedin', urn)).toMatchObject({
      text: 'Launch day #launch ',
      extra: { commentary: 'Launch day #launch ', truncated: true },
    });
  });
});
