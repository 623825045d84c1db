// What publishing reads of a piece and how it moves the piece's status, for the composition root to
// hand to the publishing module. Status changes follow the content lifecycle: a change the
// lifecycle does not allow (a published piece scheduled again elsewhere) leaves the status as is.
import type { ContentStatus } from '@brandwright/contracts';
import { ContentError } from './content.errors.js';
import type { ContentService } from './content.service.js';
import { canTransition } from './status.js';

export function publishableContent(content: ContentService) {
  const find = async (userId: string, contentId: string) => {
    try {
      return await content.get(userId, contentId);
    } catch (error) {
      if (error instanceof ContentError && error.code === 'NOT_FOUND') return undefined;
      throw error;
    }
  };
  return {
    find,
    evergreenPage: (afterId: string | undefined, limit: number) => content.evergreenPage(afterId, limit),
    async setStatus(userId: string, contentId: string, status: ContentStatus): Promise<void> {
      const piece = await find(userId, contentId);
      if (!piece || piece.status === status || !canTransition(piece.status, status)) return;
      await content.update(userId, contentId, { status });
    },
  };
}
