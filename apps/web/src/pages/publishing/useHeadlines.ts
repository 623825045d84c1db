// Headlines for scheduled items: items carry only their content's id, so the pieces are loaded
// (once each, shared with the editor's cache) and named the way the content list names them.
import type { ScheduledItem } from '@brandwright/contracts';
import { useContentPieces } from '../../queries/publishing';
import { headlineOf } from '../content/labels';

export function useHeadlines(items: readonly ScheduledItem[]): (item: ScheduledItem) => string {
  const pieces = useContentPieces(items.map((item) => item.contentId));
  return (item) => {
    const piece = pieces.get(item.contentId);
    if (piece === 'missing') return 'Content no longer available';
    return piece ? headlineOf(piece) : 'Loading…';
  };
}
