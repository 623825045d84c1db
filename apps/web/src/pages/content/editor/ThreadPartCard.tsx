// One part of a thread in the thread composer: its text, its length on each target platform as
// that platform counts it, a drag handle, and buttons that do the same moves from the keyboard.
import type { Platform } from '@brandwright/contracts';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import {
  type AccountLimits,
  isNearLimit,
  isOverLimit,
  limitFor,
  platformLength,
} from '../../../lib/platformLength';
import { PLATFORM_LABELS } from '../labels';
import type { ThreadPart } from './threadParts';

const SMALL_BUTTON =
  'rounded-md px-2 py-1 text-xs font-medium text-slate-700 ring-1 ring-slate-300 ring-inset hover:bg-slate-100 ' +
  'focus-visible:outline-2 focus-visible:outline-indigo-600 disabled:cursor-not-allowed disabled:opacity-50';

function counterTone(length: number, limit: number | null): string {
  if (isOverLimit({ length, limit })) return 'text-red-800 font-semibold';
  if (isNearLimit({ length, limit })) return 'text-amber-900 font-semibold';
  return 'text-slate-600';
}

function PartCounters({
  text,
  platforms,
  accountLimits,
  number,
}: {
  text: string;
  platforms: readonly Platform[];
  accountLimits: AccountLimits;
  number: number;
}) {
  return (
    <ul aria-label={`Length of part ${number}`} className="flex flex-wrap gap-x-3 gap-y-1 text-xs">
      {platforms.map((platform) => {
        const length = platformLength(platform, text);
        const limit = limitFor(platform, accountLimits[platform]);
        return (
          <li key={platform} className={counterTone(length, limit)}>
            {PLATFORM_LABELS[platform]}: {length}
            {limit !== null && ` / ${limit}`}
            {limit !== null && length > limit && ' — too long'}
          </li>
        );
      })}
    </ul>
  );
}

interface ThreadPartCardProps {
  part: ThreadPart;
  index: number;
  total: number;
  platforms: readonly Platform[];
  accountLimits: AccountLimits;
  onChange: (text: string) => void;
  onMove: (to: number) => void;
  onRemove: () => void;
}

export function ThreadPartCard(props: ThreadPartCardProps) {
  const { part, index, total, platforms, accountLimits, onChange, onMove, onRemove } = props;
  const sortable = useSortable({ id: part.id });
  const number = index + 1;
  const style = { transform: CSS.Transform.toString(sortable.transform), transition: sortable.transition };
  const textareaId = `${part.id}-text`;
  return (
    <li
      ref={sortable.setNodeRef}
      style={style}
      data-part-id={part.id}
      className={`space-y-2 rounded-lg border bg-white p-3 ${
        sortable.isDragging ? 'border-indigo-500 shadow-lg' : 'border-slate-200'
      }`}
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <label htmlFor={textareaId} className="text-sm font-medium text-slate-800">
          Part {number} of {total}
        </label>
        <div className="flex flex-wrap gap-1.5">
          <button
            type="button"
            {...sortable.attributes}
            {...sortable.listeners}
            aria-label={`Drag part ${number}`}
            className={`${SMALL_BUTTON} cursor-grab touch-none`}
          >
            <span aria-hidden="true">⠿</span>
          </button>
          <button
            type="button"
            className={SMALL_BUTTON}
            data-move="up"
            disabled={index === 0}
            onClick={() => onMove(index - 1)}
          >
            Move up<span className="sr-only"> part {number}</span>
          </button>
          <button
            type="button"
            className={SMALL_BUTTON}
            data-move="down"
            disabled={index === total - 1}
            onClick={() => onMove(index + 1)}
          >
            Move down<span className="sr-only"> part {number}</span>
          </button>
          <button type="button" className={SMALL_BUTTON} onClick={onRemove}>
            Remove<span className="sr-only"> part {number}</span>
          </button>
        </div>
      </div>
      <textarea
        id={textareaId}
        value={part.text}
        rows={4}
        onChange={(e) => onChange(e.target.value)}
        className="block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm focus:outline-2 focus:outline-indigo-600"
      />
      <PartCounters text={part.text} platforms={platforms} accountLimits={accountLimits} number={number} />
    </li>
  );
}
