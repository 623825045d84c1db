// Fetches one feed through the guarded fetch (the SSRF guard: only public addresses, redirects
// judged per hop), with a time limit, a size limit and conditional requests (ETag / Last-Modified),
// and explains every failure in words a user can act on.
import { isBlockedAddress } from '../../platform/net/index.js';
import { NotAFeedError, type ParsedFeed, parseFeedDocument } from './feed-parse.js';

/** Feeds are small; anything bigger is not one we want to parse on a request path. */
export const MAX_FEED_BYTES = 2_000_000;
export const FEED_TIMEOUT_MS = 10_000;

export type FeedFetchResult =
  | { kind: 'not_modified' }
  | { kind: 'feed'; feed: ParsedFeed; etag: string | null; lastModified: string | null };

/** A fetch that failed; `message` is shown to the user as the feed's last error. */
export class FeedFetchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FeedFetchError';
  }
}

async function readLimited(response: Response): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > MAX_FEED_BYTES) throw new FeedFetchError('the feed is larger than 2 MB');
  const reader = response.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_FEED_BYTES) {
      await reader.cancel();
      throw new FeedFetchError('the feed is larger than 2 MB');
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function explain(error: unknown): FeedFetchError {
  if (error instanceof FeedFetchError) return error;
  if (error instanceof NotAFeedError) return new FeedFetchError(error.message);
  if (isBlockedAddress(error))
    return new FeedFetchError(
      'the address is on a private or internal network, which Brandwright does not call',
    );
  if ((error as { name?: string }).name === 'TimeoutError')
    return new FeedFetchError('the feed did not answer within 10 seconds');
  const code = (error as { cause?: { code?: string } }).cause?.code;
  if (code === 'ENOTFOUND') return new FeedFetchError('no such host');
  return new FeedFetchError('the feed could not be reached');
}

export async function fetchFeed(
  fetcher: typeof fetch,
  url: string,
  validators: { etag?: string | null; lastModified?: string | null } = {},
): Promise<FeedFetchResult> {
  try {
    const headers: Record<string, string> = {
      accept:
        'application/rss+xml, application/atom+xml, application/rdf+xml, application/xml;q=0.9, */*;q=0.5',
    };
    if (validators.etag) headers['if-none-match'] = validators.etag;
    if (validators.lastModified) headers['if-modified-since'] = validators.lastModified;
    const response = await fetcher(url, { headers, signal: AbortSignal.timeout(FEED_TIMEOUT_MS) });
    if (response.status === 304) {
      await response.body?.cancel();
      return { kind: 'not_modified' };
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new FeedFetchError(`the address answered HTTP ${response.status}`);
    }
    const feed = parseFeedDocument(await readLimited(response));
    return {
      kind: 'feed',
      feed,
      etag: response.headers.get('etag'),
      lastModified: response.headers.get('last-modified'),
    };
  } catch (error) {
    throw explain(error);
  }
}
