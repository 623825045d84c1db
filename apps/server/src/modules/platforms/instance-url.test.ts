import { describe, expect, it } from 'vitest';
import { normaliseInstance } from './instance-url.js';

const live = (input: string) => normaliseInstance(input, { live: true });
const sandbox = (input: string) => normaliseInstance(input, { live: false });

describe('normaliseInstance', () => {
  it.each([
    ['mastodon.social', 'mastodon.social'],
    ['  https://Mastodon.Social/  ', 'mastodon.social'],
    ['mastodon.social.', 'mastodon.social'],
    ['@ada@Hachyderm.io', 'hachyderm.io'],
    ['ada@fosstodon.org', 'fosstodon.org'],
    ['https://bücher.social', 'xn--bcher-kva.social'],
  ])('turns %j into %s', (input, host) => {
    expect(live(input)).toEqual({ ok: true, host, instanceUrl: `https://${host}` });
  });

  it.each([
    ['http://mastodon.social', /https/],
    ['https://mastodon.social/@ada', /only the instance/],
    ['https://mastodon.social?x=1', /only the instance/],
    ['https://user:pw@mastodon.social', /user name/],
    ['https://mastodon.social:8443', /port/],
    ['localhost', /public address/],
    ['intranet', /public address/],
    ['10.0.0.7', /IP address/],
    ['[::1]', /IP address/],
    ['https://exa mple.org', /not a web address|valid host/],
    ['ftp://mastodon.social', /https/],
    ['https://-bad-.social', /valid host/],
    ['', /not a web address|valid host/],
  ])('refuses %j for a live connection', (input, message) => {
    const result = live(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it('accepts any host name in the sandbox, where it only names an emulated instance', () => {
    expect(sandbox('http://my-instance.test')).toEqual({
      ok: true,
      host: 'my-instance.test',
      instanceUrl: 'http://my-instance.test',
    });
    expect(sandbox('localhost')).toMatchObject({ ok: true, host: 'localhost' });
    expect(sandbox('https://mastodon.social/@ada').ok).toBe(false);
  });
});
