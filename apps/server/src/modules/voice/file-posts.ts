// Turns an uploaded file into posts: plain text and Markdown (posts separated by a "---" line), a
// LinkedIn data export's Shares.csv (column ShareCommentary) and an X archive's tweets.js.
import { VOICE_UPLOAD_EXTENSIONS, type VoiceSampleSource } from '@brandwright/contracts';
import { parse } from 'csv-parse/sync';
import { markdownToText } from './markdown-text.js';
import { decodeUtf8 } from './text-input.js';
import { VoiceError } from './voice.errors.js';

export interface FilePosts {
  source: VoiceSampleSource;
  posts: string[];
}

const fileProblem = (code: 'UNSUPPORTED_FILE' | 'FILE_NOT_PARSEABLE', message: string, detail?: string) =>
  new VoiceError(code, detail, { fields: [{ path: 'file', message }] });

// A thematic break after a blank line; without the blank line "---" underlines a heading.
const SEPARATOR = /\n[ \t]*\n[ \t]*(?:-{3,}|\*{3,}|_{3,})[ \t]*\n/;

function splitPosts(text: string): string[] {
  return `\n${text}\n`.split(SEPARATOR);
}

function linkedInPosts(csv: string): string[] {
  let rows: Record<string, string>[];
  try {
    rows = parse(csv, { columns: true, bom: true, skip_empty_lines: true, relax_column_count: true });
  } catch (error) {
    throw fileProblem(
      'FILE_NOT_PARSEABLE',
      'Not a valid CSV file',
      `The CSV could not be read: ${(error as Error).message}`,
    );
  }
  if (rows.length > 0 && !('ShareCommentary' in (rows[0] ?? {})))
    throw fileProblem(
      'FILE_NOT_PARSEABLE',
      'No ShareCommentary column',
      'This CSV has no ShareCommentary column; upload the Shares.csv of a LinkedIn data export.',
    );
  return rows.map((row) => row.ShareCommentary ?? '');
}

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
};

interface ArchivedTweet {
  tweet?: { full_text?: unknown };
}

/** Own posts of an X archive: retweets are someone else's words, t.co links are X's, not the writer's. */
function xPosts(js: string): string[] {
  const start = js.indexOf('[');
  let entries: unknown;
  try {
    if (!/^\s*window\.YTD\.tweets\.part\d+\s*=/.test(js) || start < 0) throw new Error('no YTD prefix');
    entries = JSON.parse(js.slice(start));
  } catch {
    throw fileProblem(
      'FILE_NOT_PARSEABLE',
      'Not an X archive tweets.js',
      'Upload data/tweets.js from an X archive.',
    );
  }
  if (!Array.isArray(entries)) throw fileProblem('FILE_NOT_PARSEABLE', 'Not an X archive tweets.js');
  return (entries as ArchivedTweet[])
    .map((entry) => (typeof entry?.tweet?.full_text === 'string' ? entry.tweet.full_text : ''))
    .filter((text) => !text.startsWith('RT @'))
    .map((text) =>
      text
        .replace(/https?:\/\/t\.co\/\w+/g, '')
        .replace(/&(amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e] ?? e)
        .trim(),
    );
}

/** Posts of the uploaded file `filename` with bytes `data`. */
export function postsOfFile(filename: string, data: Buffer): FilePosts {
  const name = filename.toLowerCase();
  const extension = name.slice(name.lastIndexOf('.'));
  if (!(VOICE_UPLOAD_EXTENSIONS as readonly string[]).includes(extension))
    throw fileProblem('UNSUPPORTED_FILE', `Unsupported file type ${extension || '(none)'}`);
  const text = decodeUtf8(data, 'file');
  if (extension === '.csv') return { source: 'linkedin', posts: linkedInPosts(text) };
  if (extension === '.js') return { source: 'x', posts: xPosts(text) };
  if (extension === '.txt') return { source: 'file', posts: splitPosts(text) };
  return { source: 'file', posts: splitPosts(text).map(markdownToText) };
}
