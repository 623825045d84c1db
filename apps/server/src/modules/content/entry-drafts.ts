// Drafts a planned calendar entry: generation on the entry's topic and pillar for its first platform,
// stored (through the generation's draft sink) as one content draft for every platform of the entry,
// with its variants, so the writer can open the draft and accept another one. Generation writes posts, threads and articles, so
// other formats become the closest one the platform takes.
import type { Platform } from '@brandwright/contracts';
import { ContentError } from './content.errors.js';
import type { GenerationService } from './generation/index.js';

/** The parts of a calendar entry a draft needs (structurally matches the calendar's entry). */
export interface PlannedEntry {
  topic: string;
  pillar: string | null;
  format: 'post' | 'thread' | 'article' | 'video_script';
  platforms: Platform[];
}

/** As many as the generate panel offers: the first is the draft's body, the others a choice. */
const DRAFT_VARIANTS = 3;

const THREAD_PLATFORMS: Platform[] = ['x', 'bluesky', 'mastodon'];

/** Medium takes articles only; threads exist where replies chain; everything else is a post. */
function draftTypeFor(platform: Platform, format: PlannedEntry['format']): 'post' | 'thread' | 'article' {
  if (platform === 'medium') return 'article';
  return format === 'thread' && THREAD_PLATFORMS.includes(platform) ? 'thread' : 'post';
}

export function entryDrafter(generation: GenerationService) {
  return {
    async draft(userId: string, entry: PlannedEntry): Promise<{ contentId: string }> {
      const platform = entry.platforms[0];
      if (!platform) throw new ContentError('EMPTY_BODY', 'The entry has no platform to write for.');
      const result = await generation.generate(
        userId,
        {
          platform,
          type: draftTypeFor(platform, entry.format),
          topic: entry.topic,
          ...(entry.pillar ? { pillar: entry.pillar } : {}),
          variants: DRAFT_VARIANTS,
        },
        { platforms: entry.platforms },
      );
      if (!result.contentId) throw new ContentError('EMPTY_BODY', 'The draft could not be stored.');
      return { contentId: result.contentId };
    },
  };
}
