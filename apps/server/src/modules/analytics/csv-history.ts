// The CSV history format: a header row naming publishedAt, platform, text and any of url and the
// counts, then one post per row. Read with csv-parse (BOM, quoted fields with newlines, comma,
// semicolon or tab delimiter). `checkCsv` refuses a file that is not such a CSV at upload;
// `csvRows` yields each row with the line a spreadsheet shows: records are counted, not file lines,
// so a quoted text spanning three file lines is still one row, and a blank line is a row too.
import {
  IMPORT_CSV_COUNT_COLUMNS,
  IMPORT_CSV_REQUIRED_COLUMNS,
  IMPORT_MAX_ROWS,
  type Platform,
} from '@brandwright/contracts';
import { parse } from 'csv-parse/sync';
import type { MetricCounts } from './analytics.schema.js';
import {
  countOf,
  type HistoryRow,
  isoInstant,
  MAX_TEXT_CHARS,
  platformOf,
  postIdOfUrl,
} from './history-rows.js';
import { HistoryFileError } from './imports.errors.js';

type Column =
  | (typeof IMPORT_CSV_REQUIRED_COLUMNS)[number]
  | (typeof IMPORT_CSV_COUNT_COLUMNS)[number]
  | 'url';
const COLUMNS: readonly Column[] = [...IMPORT_CSV_REQUIRED_COLUMNS, 'url', ...IMPORT_CSV_COUNT_COLUMNS];
type Header = Partial<Record<Column, number>>;

/** Decodes UTF-8 strictly: a binary file (or another encoding) is not a CSV we can read. */
export function decodeText(data: Buffer, what: string): string {
  if (data.includes(0)) throw new HistoryFileError(`The file is binary, not ${what}.`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    throw new HistoryFileError(`The file is not UTF-8 text, so it cannot be ${what}. Save it as UTF-8 CSV.`);
  }
}

/** The delimiter the header row uses most (spreadsheets in many locales save with semicolons). */
function delimiterOf(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const score = (d: string) => firstLine.split(d).length;
  return [',', ';', '\t'].reduce((best, d) => (score(d) > score(best) ? d : best), ',');
}

function records(text: string, limit?: number): string[][] {
  try {
    return parse(text, {
      bom: true,
      delimiter: delimiterOf(text.replace(/^\ufeff/, '')),
      relax_column_count: true,
      skip_empty_lines: false,
      ...(limit ? { to: limit } : {}),
    }) as string[][];
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new HistoryFileError(
      `The file is not a readable CSV${line ? ` (near file line ${line})` : ''}: ${(error as Error).message}.`,
    );
  }
}

function headerOf(cells: string[] | undefined): Header {
  const header: Header = {};
  const known = new Map(COLUMNS.map((c) => [c.toLowerCase(), c]));
  (cells ?? []).forEach((cell, index) => {
    const column = known.get(cell.trim().toLowerCase());
    if (column && header[column] === undefined) header[column] = index;
  });
  const missing = IMPORT_CSV_REQUIRED_COLUMNS.filter((c) => header[c] === undefined);
  if (missing.length > 0)
    throw new HistoryFileError(
      `The first row must be a header naming the columns publishedAt, platform and text; it lacks ${missing.join(', ')}.`,
    );
  return header;
}

/** Refuses, whole, a file that is not a history CSV or holds more than IMPORT_MAX_ROWS rows. */
export function checkCsv(data: Buffer): void {
  const rows = records(decodeText(data, 'a CSV file'), IMPORT_MAX_ROWS + 2);
  headerOf(rows[0]);
  if (rows.length > IMPORT_MAX_ROWS + 1)
    throw new HistoryFileError(
      `The file has more than ${IMPORT_MAX_ROWS.toLocaleString('en')} rows after the header; split it into files of at most ${IMPORT_MAX_ROWS.toLocaleString('en')}.`,
    );
}

const cell = (row: string[], index: number | undefined) => (index === undefined ? '' : (row[index] ?? ''));

function countsOf(row: string[], header: Header): { counts: MetricCounts; followers?: number } | string {
  const counts: MetricCounts = {};
  let followers: number | undefined;
  for (const column of IMPORT_CSV_COUNT_COLUMNS) {
    const value = countOf(column, cell(row, header[column]));
    if (typeof value === 'string') return value;
    if (value === undefined) continue;
    if (column === 'followers') followers = value;
    else counts[column] = value;
  }
  return { counts, ...(followers === undefined ? {} : { followers }) };
}

function rowOf(row: string[], header: Header, line: number, now: Date): HistoryRow {
  const name = cell(row, header.platform);
  const platform: Platform | undefined = platformOf(name);
  if (!platform)
    return {
      line,
      reason: `platform "${name.trim().slice(0, 30)}" is not one of linkedin, x, medium, bluesky, mastodon`,
    };
  const publishedAt = isoInstant(cell(row, header.publishedAt));
  if (typeof publishedAt === 'string') return { line, reason: publishedAt };
  if (publishedAt.getTime() > now.getTime()) return { line, reason: 'publishedAt is in the future' };
  const text = cell(row, header.text).trim();
  if (text === '') return { line, reason: 'text is empty' };
  if (text.length > MAX_TEXT_CHARS)
    return { line, reason: `text is longer than ${MAX_TEXT_CHARS} characters` };
  const counts = countsOf(row, header);
  if (typeof counts === 'string') return { line, reason: counts };
  const url = cell(row, header.url).trim() || null;
  const platformPostId = url ? postIdOfUrl(platform, url) : null;
  const post = { platform, text, publishedAt, platformPostId, url, counts: counts.counts };
  return {
    line,
    post: counts.followers === undefined ? post : { ...post, followersAtPost: counts.followers },
  };
}

/** Every data row, blank rows left out, after the first `skip` of them (a resumed import). */
export function* csvRows(data: Buffer, now: Date, skip = 0): Generator<HistoryRow> {
  const rows = records(decodeText(data, 'a CSV file'));
  const header = headerOf(rows[0]);
  let seen = 0;
  for (let index = 1; index < rows.length; index += 1) {
    const row = rows[index] ?? [];
    if (row.every((value) => value.trim() === '')) continue;
    seen += 1;
    // The header is spreadsheet row 1, so record `index` is row index + 1.
    if (seen > skip) yield rowOf(row, header, index + 1, now);
  }
}
