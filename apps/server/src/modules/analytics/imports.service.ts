// History import use cases: accept an upload (checked whole first, so a file that is not what it
// claims is refused before anything is stored), store it with its import row, queue the job; read
// an import's progress and the user's imports. A retried upload with the same Idempotency-Key
// answers the import the first one made (and queues it again, which the job key makes a no-op).
import type { AnalyticsImport } from '@brandwright/contracts';
import { decodeCursor, toPage } from '../../platform/http/index.js';
import { checkCsv, decodeText } from './csv-history.js';
import { HistoryFileError, ImportsError } from './imports.errors.js';
import type { ImportSummary, ImportsRepository, NewImport } from './imports.repository.js';
import { checkXArchive, isZip, looksLikeTweetsJs, unpackXArchive } from './x-archive.js';

export interface Upload {
  fileName: string;
  data: Buffer;
  trainVoice: boolean;
}

/** Tells what the file is and keeps what the job needs (a ZIP shrinks to its tweets files). */
export function classify(upload: Upload): Pick<NewImport, 'kind' | 'payload'> {
  const { data, fileName } = upload;
  if (data.length === 0) throw new HistoryFileError('The file is empty.');
  if (isZip(data)) {
    const tweets = unpackXArchive(data);
    checkXArchive(tweets);
    return { kind: 'x_archive', payload: Buffer.from(tweets) };
  }
  if (/\.zip$/i.test(fileName))
    throw new HistoryFileError('The file is named .zip but is not a ZIP archive.');
  const head = data
    .subarray(0, 200)
    .toString('utf8')
    .replace(/^\ufeff/, '');
  if (looksLikeTweetsJs(head)) {
    checkXArchive(decodeText(data, 'an X archive'));
    return { kind: 'x_archive', payload: data };
  }
  if (/\.js$/i.test(fileName))
    throw new HistoryFileError(
      'The file is not an X archive tweets.js (it should begin with window.YTD.tweets.part0 =).',
    );
  checkCsv(data);
  return { kind: 'csv', payload: data };
}

export function presentImport(row: ImportSummary): AnalyticsImport {
  return {
    id: row.id,
    kind: row.kind,
    fileName: row.fileName,
    status: row.status,
    trainVoice: row.trainVoice,
    rowsRead: row.rowsRead,
    imported: row.imported,
    skipped: row.skipped,
    refused: row.refused,
    error: row.error,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export class ImportsService {
  constructor(
    private readonly repository: ImportsRepository,
    private readonly enqueue: (importId: string) => Promise<void>,
  ) {}

  async upload(userId: string, upload: Upload, idempotencyKey?: string): Promise<AnalyticsImport> {
    const known = idempotencyKey ? await this.repository.findByKey(userId, idempotencyKey) : undefined;
    const row =
      known ??
      (await this.repository.insert({
        userId,
        ...classify(upload),
        fileName: upload.fileName.slice(0, 255) || 'upload',
        trainVoice: upload.trainVoice,
        idempotencyKey: idempotencyKey ?? null,
      })) ??
      // Only a concurrent request with the same key can make the insert do nothing.
      (idempotencyKey ? await this.repository.findByKey(userId, idempotencyKey) : undefined);
    if (!row) throw new ImportsError('IMPORT_NOT_FOUND');
    if (row.status === 'queued' || row.status === 'running') await this.enqueue(row.id);
    return presentImport(row);
  }

  async get(userId: string, id: string): Promise<AnalyticsImport> {
    const row = await this.repository.find(userId, id);
    if (!row) throw new ImportsError('IMPORT_NOT_FOUND');
    return presentImport(row);
  }

  async list(userId: string, limit: number, cursor?: string) {
    const rows = await this.repository.list(userId, limit, decodeCursor(cursor));
    return toPage(rows, limit, presentImport);
  }
}
