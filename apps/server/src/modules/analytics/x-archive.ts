// The X archive ("Download an archive of your data"): data/tweets.js (and tweets-part1.js… for
// large accounts), each `window.YTD.tweets.partN = [ {tweet: {...}}, … ]`, alone or inside the
// archive ZIP. The ZIP is unpacked with fflate's streaming Unzip, only the tweets files, counting the
// bytes actually inflated so a zip bomb (or an entry lying about its size) stops at the cap.
import { IMPORT_MAX_UNZIPPED_BYTES } from '@brandwright/contracts';
import { Unzip, UnzipInflate } from 'fflate';
import { DateTime } from 'luxon';
import { z } from 'zod';
import { decodeText } from './csv-history.js';
import { countOf, type HistoryRow, MAX_TEXT_CHARS } from './history-rows.js';
import { HistoryFileError } from './imports.errors.js';

const TWEETS_FILE = /(?:^|\/)(?:data\/)?tweets(?:-part\d+)?\.js$/;
const PART_PREFIX = /window\.YTD\.tweets\.part\d+\s*=\s*/g;

export const isZip = (data: Buffer) => data.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
export const looksLikeTweetsJs = (text: string) => /^\s*window\.YTD\.tweets\.part\d+\s*=/.test(text);

const tweetSchema = z.object({
  tweet: z
    .object({
      id_str: z.string().regex(/^\d{1,20}$/),
      full_text: z.string(),
      created_at: z.string(),
      favorite_count: z.union([z.string(), z.number()]).optional(),
      retweet_count: z.union([z.string(), z.number()]).optional(),
    })
    .loose(),
});
type Tweet = z.infer<typeof tweetSchema>['tweet'];

/** The tweets files of an archive ZIP, joined; refuses a ZIP without them or past the size cap. */
export function unpackXArchive(zip: Buffer): string {
  const parts: Buffer[] = [];
  let total = 0;
  let tooLarge = false;
  const unzip = new Unzip((file) => {
    if (!TWEETS_FILE.test(file.name)) return;
    file.ondata = (error, chunk) => {
      if (error) throw new HistoryFileError(`The ZIP is damaged: ${error.message}.`);
      total += chunk.length;
      if (total > IMPORT_MAX_UNZIPPED_BYTES) {
        tooLarge = true;
        file.terminate();
      } else parts.push(Buffer.from(chunk));
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    unzip.push(zip, true);
  } catch (error) {
    if (error instanceof HistoryFileError) throw error;
    throw new HistoryFileError(`The ZIP could not be read: ${(error as Error).message}.`);
  }
  if (tooLarge)
    throw new HistoryFileError(
      `The tweets in the ZIP unpack to more than ${IMPORT_MAX_UNZIPPED_BYTES / 1024 / 1024} MB; upload data/tweets.js on its own.`,
    );
  if (parts.length === 0)
    throw new HistoryFileError(
      'The ZIP holds no data/tweets.js: it is not an X archive (the ZIP X sends from "Download an archive of your data").',
    );
  return decodeText(Buffer.concat(parts), 'an X archive');
}

/** Every `{tweet}` entry of the tweets.js parts, in file order; refuses the file if it is not one. */
function entriesOf(text: string): unknown[] {
  if (!looksLikeTweetsJs(text))
    throw new HistoryFileError(
      'The file is not an X archive tweets.js (it should begin with window.YTD.tweets.part0 =).',
    );
  const chunks = text.split(PART_PREFIX).filter((chunk) => chunk.trim() !== '');
  try {
    return chunks.flatMap((chunk) => {
      const entries: unknown = JSON.parse(chunk.trim().replace(/;\s*$/, ''));
      if (!Array.isArray(entries)) throw new Error('not a list');
      return entries;
    });
  } catch {
    throw new HistoryFileError('The tweets.js file is damaged: its list of tweets cannot be read.');
  }
}

/** Checked at upload: the file parses and its first entry is a tweet. */
export function checkXArchive(text: string): void {
  const entries = entriesOf(text);
  if (entries.length > 0 && !tweetSchema.safeParse(entries[0]).success)
    throw new HistoryFileError('The file is not an X archive tweets.js: its entries are not tweets.');
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>' };

function rowOfTweet(tweet: Tweet, line: number): HistoryRow {
  const publishedAt = DateTime.fromFormat(tweet.created_at, 'EEE MMM dd HH:mm:ss ZZZ yyyy', {
    setZone: true,
    locale: 'en-US',
  });
  if (!publishedAt.isValid)
    return { line, reason: `created_at "${tweet.created_at.slice(0, 40)}" is not a date` };
  // The archive keeps X's HTML escaping of the three characters X escapes.
  const text = tweet.full_text.replace(/&(amp|lt|gt);/g, (entity) => ENTITIES[entity] ?? entity).trim();
  if (text.startsWith('RT @')) return { line, reason: "A retweet: the text is someone else's post" };
  if (text === '' || text.length > MAX_TEXT_CHARS) return { line, reason: 'The tweet has no usable text' };
  const likes = countOf('favorite_count', String(tweet.favorite_count ?? ''));
  const shares = countOf('retweet_count', String(tweet.retweet_count ?? ''));
  if (typeof likes === 'string') return { line, reason: likes };
  if (typeof shares === 'string') return { line, reason: shares };
  const counts = { ...(likes === undefined ? {} : { likes }), ...(shares === undefined ? {} : { shares }) };
  const url = `https://x.com/i/web/status/${tweet.id_str}`;
  const post = {
    platform: 'x' as const,
    text,
    publishedAt: publishedAt.toJSDate(),
    platformPostId: tweet.id_str,
    url,
    counts,
  };
  return { line, post };
}

/** Each tweet after the first `skip`, `line` being its position in the archive (first = 1). */
export function* xArchiveRows(data: Buffer, skip = 0): Generator<HistoryRow> {
  const entries = entriesOf(decodeText(data, 'an X archive'));
  for (let index = skip; index < entries.length; index += 1) {
    const parsed = tweetSchema.safeParse(entries[index]);
    yield parsed.success
      ? rowOfTweet(parsed.data.tweet, index + 1)
      : { line: index + 1, reason: 'The entry is not a tweet (id_str, full_text and created_at are needed)' };
  }
}
