// Turns stored content rows into the public shapes of the contracts.
import type { Content, ContentVersion } from '@brandwright/contracts';
import type { ContentRow, VersionRow } from './content.repository.js';

export function presentContent(row: ContentRow): Content {
  return {
    id: row.id,
    type: row.type,
    title: row.title,
    body: row.body,
    bodyMarkdown: row.bodyMarkdown,
    platforms: row.platforms,
    pillar: row.pillar,
    evergreen: row.evergreen,
    metadata: row.metadata,
    aiMetadata: row.aiMetadata,
    status: row.status,
    performanceData: row.performanceData,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function presentVersion(row: VersionRow): ContentVersion {
  return {
    version: row.version,
    title: row.title,
    body: row.body,
    bodyMarkdown: row.bodyMarkdown,
    author: row.author,
    changeNote: row.changeNote,
    createdAt: row.createdAt.toISOString(),
  };
}
