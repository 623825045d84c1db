// Reading a piece's version history: pages of versions (newest first) and the difference between
// two versions, word by word and as a unified patch.
import type { VersionDiff } from '@brandwright/contracts';
import { DomainError } from '../../platform/errors/index.js';
import { ContentError } from './content.errors.js';
import { presentVersion } from './content.presenter.js';
import type { ContentRepository, VersionRow } from './content.repository.js';
import { unifiedPatch, wordDiff } from './text-diff.js';

// Version numbers are unique per piece, so the cursor is simply the last version of a page.
function encodeVersionCursor(version: number): string {
  return Buffer.from(JSON.stringify({ v: version })).toString('base64url');
}

function decodeVersionCursor(cursor: string | undefined): number | undefined {
  if (cursor === undefined) return undefined;
  try {
    const { v } = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { v: unknown };
    if (typeof v === 'number' && Number.isInteger(v) && v > 0) return v;
  } catch {
    // fall through to the error below
  }
  throw new DomainError('invalid', 'INVALID_CURSOR', 'The cursor is not valid; start again without it.', {
    fields: [{ path: 'cursor', message: 'Invalid cursor' }],
  });
}

export class ContentVersionsService {
  constructor(private readonly repository: ContentRepository) {}

  async list(userId: string, contentId: string, limit: number, cursor?: string) {
    const before = decodeVersionCursor(cursor);
    await this.requireContent(userId, contentId);
    const rows = await this.repository.listVersions(userId, contentId, limit, before);
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return {
      items: page.map(presentVersion),
      nextCursor: rows.length > limit && last ? encodeVersionCursor(last.version) : null,
    };
  }

  async diff(userId: string, contentId: string, from: number, to: number): Promise<VersionDiff> {
    await this.requireContent(userId, contentId);
    const [before, after] = await Promise.all([
      this.version(userId, contentId, from, 'from'),
      this.version(userId, contentId, to, 'to'),
    ]);
    return {
      from,
      to,
      title: { from: before.title, to: after.title, changed: before.title !== after.title },
      words: wordDiff(before.bodyMarkdown, after.bodyMarkdown),
      patch: unifiedPatch(before.bodyMarkdown, after.bodyMarkdown, `version ${from}`, `version ${to}`),
    };
  }

  private async requireContent(userId: string, contentId: string): Promise<void> {
    if (!(await this.repository.find(userId, contentId))) throw new ContentError('NOT_FOUND');
  }

  private async version(
    userId: string,
    contentId: string,
    version: number,
    path: string,
  ): Promise<VersionRow> {
    const row = await this.repository.findVersion(userId, contentId, version);
    if (!row)
      throw new ContentError('VERSION_NOT_FOUND', `This content has no version ${version}.`, {
        fields: [{ path, message: `No version ${version}` }],
      });
    return row;
  }
}
