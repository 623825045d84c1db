// Evergreen re-queueing (a periodic task of the worker): a piece marked evergreen goes back into
// the next free posting slot of each of its platforms once the user's interval has passed since it
// last went out there — never while it is already waiting, and never right after itself (the
// platform's latest item must be another piece). A slot-less or disconnected platform is skipped.
import type { Platform } from '@brandwright/contracts';
import type { DomainError } from '../../platform/errors/index.js';
import type { ContentSource } from './ports.js';
import type { ScheduleRepository } from './schedule.repository.js';
import type { ScheduleService } from './schedule.service.js';
import type { SettingsRepository } from './settings.repository.js';

const PAGE = 200;
const DAY_MS = 86_400_000;

export interface EvergreenDeps {
  content: ContentSource;
  repository: ScheduleRepository;
  settings: SettingsRepository;
  schedule: ScheduleService;
  clock: () => Date;
}

export function evergreenRequeue(deps: EvergreenDeps) {
  const due = async (userId: string, contentId: string, platform: Platform): Promise<string | undefined> => {
    const items = await deps.repository.ofPiece(userId, contentId, platform);
    if (items.some((item) => item.status === 'pending' || item.status === 'publishing')) return undefined;
    const last = items.find((item) => item.status === 'published');
    if (!last?.publishedAt) return undefined;
    const { evergreenIntervalDays } = await deps.settings.settings(userId);
    if (deps.clock().getTime() - last.publishedAt.getTime() < evergreenIntervalDays * DAY_MS)
      return undefined;
    const latest = await deps.repository.latestOn(userId, platform);
    return latest?.contentId === contentId ? undefined : last.id;
  };

  /** Returns how many items it queued. */
  return async (): Promise<number> => {
    let queued = 0;
    let after: string | undefined;
    for (;;) {
      const page = await deps.content.evergreenPage(after, PAGE);
      for (const piece of page)
        for (const platform of piece.platforms) {
          const lastId = await due(piece.userId, piece.id, platform);
          if (!lastId) continue;
          // Keyed by the post it follows: two workers running this at once queue it once.
          await deps.schedule
            .queue(piece.userId, piece.id, { platforms: [platform] }, `evergreen:${lastId}`, 'evergreen')
            .then(() => {
              queued += 1;
            })
            .catch((error: DomainError) => {
              if (!['NO_SLOTS', 'PLATFORM_NOT_CONNECTED', 'CONTENT_DOES_NOT_FIT'].includes(error.code))
                throw error;
            });
        }
      if (page.length < PAGE) return queued;
      after = page.at(-1)?.id;
    }
  };
}
