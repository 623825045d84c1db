// What a user types as their Mastodon instance ("mastodon.social", "https://Hachyderm.io/", "@me@fosstodon.org")
// turned into one canonical host, or a reason it cannot be used. Live connections accept only https
// and public-looking host names: the server will call whatever is accepted here, so internal
// addresses (localhost, IP literals, single-label names) are refused.

export type InstanceResult = { ok: true; host: string; instanceUrl: string } | { ok: false; message: string };

const HOST_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

function fromAccountAddress(input: string): string {
  // "@user@host" or "user@host": people often paste their address instead of the instance.
  const address = /^@?[A-Za-z0-9_.-]+@([^/@\s]+)$/.exec(input);
  return address?.[1] ?? input;
}

function parse(input: string): URL | undefined {
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(input) ? input : `https://${input}`;
  try {
    return new URL(withScheme);
  } catch {
    return undefined;
  }
}

function urlProblem(url: URL, live: boolean): string | undefined {
  if (url.protocol !== 'https:' && (live || url.protocol !== 'http:'))
    return live ? 'Use the instance’s https:// address' : 'Use an http(s) address';
  if (url.username || url.password) return 'Leave out any user name or password';
  if ((url.pathname !== '/' && url.pathname !== '') || url.search || url.hash)
    return 'Give only the instance’s address, such as mastodon.social';
  if (live && url.port) return 'Use the instance’s address without a port';
  return undefined;
}

function hostProblem(host: string, live: boolean): string | undefined {
  const labels = host.split('.');
  if (!labels.every((label) => HOST_LABEL.test(label))) return 'This is not a valid host name';
  if (!live) return undefined;
  if (labels.length < 2 || host === 'localhost' || host.endsWith('.localhost'))
    return 'Use the instance’s public address, such as mastodon.social';
  if (/^\d+$/.test(labels[labels.length - 1] ?? '')) return 'Use a host name, not an IP address';
  return undefined;
}

export function normaliseInstance(raw: string, options: { live: boolean }): InstanceResult {
  const input = fromAccountAddress(raw.trim());
  if (input.startsWith('[')) return { ok: false, message: 'Use a host name, not an IP address' };
  const url = parse(input);
  if (!url) return { ok: false, message: 'This is not a web address, such as mastodon.social' };
  const problem = urlProblem(url, options.live);
  if (problem) return { ok: false, message: problem };
  // URL lower-cases and punycodes the host; a trailing dot names the same host.
  const host = url.hostname.replace(/\.$/, '');
  const hostIssue = host.startsWith('[')
    ? 'Use a host name, not an IP address'
    : hostProblem(host, options.live);
  if (hostIssue) return { ok: false, message: hostIssue };
  const withPort = url.port ? `${host}:${url.port}` : host;
  return { ok: true, host: withPort, instanceUrl: `${url.protocol}//${withPort}` };
}
