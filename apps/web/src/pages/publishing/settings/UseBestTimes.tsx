// "Use my best times" in the posting-slots editor: fills the slots from the top best-time slots of
// every platform with an answer from the user's own posts, showing each one's source and confidence;
// disabled, with the reason, while only typical platform times are known.
import type { PostingSlot } from '@brandwright/contracts';
import { Link } from 'react-router';
import { Button } from '../../../components/Button';
import { useBestTimes } from '../../../queries/best-times';
import { CONFIDENCE_LABELS, sourceLabel } from '../../analytics/bestTimesText';
import { PLATFORM_LABELS } from '../../content/labels';
import { hasPersonalBestTimes, slotsFromBestTimes } from './bestTimeSlots';

export function UseBestTimes({
  slots,
  onFill,
}: {
  slots: PostingSlot[];
  onFill: (next: PostingSlot[], message: string) => void;
}) {
  const query = useBestTimes();
  const personal = query.data ? hasPersonalBestTimes(query.data) : false;
  const reason = query.isError
    ? 'Best times could not be loaded.'
    : query.data && !personal
      ? 'Only typical platform times are known so far: post and collect metrics first.'
      : null;
  return (
    <div className="space-y-2 rounded-md border border-slate-200 p-4">
      <div className="flex flex-wrap items-center gap-3">
        <Button
          variant="secondary"
          disabled={!personal}
          aria-describedby={reason ? 'best-times-reason' : undefined}
          onClick={() =>
            query.data &&
            onFill(slotsFromBestTimes(slots, query.data), 'Filled from your best times; save to keep them.')
          }
        >
          Use my best times
        </Button>
        <Link to="/analytics/best-times" className="text-sm text-indigo-800 underline">
          See best times
        </Link>
      </div>
      {reason && (
        <p id="best-times-reason" className="text-sm text-slate-600">
          {reason}
        </p>
      )}
      {query.data && (
        <ul className="text-sm text-slate-700">
          {query.data.platforms.map((p) => (
            <li key={p.platform}>
              {PLATFORM_LABELS[p.platform]}: {sourceLabel(p)} · {CONFIDENCE_LABELS[p.confidence]}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
