// The date-range picker: presets (7, 28, 90 days ending today in the user's zone) or two dates.
// `null` means the server's default, the last 28 days.
import { DateTime } from 'luxon';
import { useId, useState } from 'react';
import type { DayRange } from '../../api/analytics';
import { buttonClasses } from '../../components/Button';

const PRESETS = [7, 28, 90] as const;

function lastDays(days: number, zone: string): DayRange {
  const today = DateTime.now().setZone(zone);
  return { from: today.minus({ days: days - 1 }).toISODate() ?? '', to: today.toISODate() ?? '' };
}

interface RangePickerProps {
  zone: string;
  value: DayRange | null;
  shown: DayRange;
  onChange: (range: DayRange | null) => void;
}

export function RangePicker({ zone, value, shown, onChange }: RangePickerProps) {
  const id = useId();
  const [draft, setDraft] = useState<DayRange>(shown);
  const preset = (days: number) => {
    const range = lastDays(days, zone);
    return value === null ? days === 28 : value.from === range.from && value.to === range.to;
  };
  return (
    <fieldset className="flex flex-wrap items-end gap-3">
      <legend className="sr-only">Date range</legend>
      <div className="flex gap-1">
        {PRESETS.map((days) => (
          <button
            key={days}
            type="button"
            aria-pressed={preset(days)}
            className={buttonClasses(preset(days) ? 'primary' : 'secondary', 'px-3 py-1.5 text-sm')}
            onClick={() => onChange(days === 28 ? null : lastDays(days, zone))}
          >
            {days} days
          </button>
        ))}
      </div>
      <form
        className="flex flex-wrap items-end gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          if (draft.from && draft.to && draft.from <= draft.to) onChange(draft);
        }}
      >
        <label className="text-xs text-slate-600" htmlFor={`${id}-from`}>
          From
          <input
            id={`${id}-from`}
            type="date"
            value={draft.from}
            max={draft.to}
            onChange={(e) => setDraft({ ...draft, from: e.target.value })}
            className="mt-0.5 block rounded-md border border-slate-300 px-2 py-1 text-sm text-slate-900"
          />
        </label>
        <label className="text-xs text-slate-600" htmlFor={`${id}-to`}>
          To
          <input
            id={`${id}-to`}
            type="date"
            value={draft.to}
            min={draft.from}
            onChange={(e) => setDraft({ ...draft, to: e.target.value })}
            className="mt-0.5 block rounded-md border border-slate-300 px-2 py-1 text-sm text-slate-900"
          />
        </label>
        <button type="submit" className={buttonClasses('secondary', 'px-3 py-1.5 text-sm')}>
          Apply
        </button>
      </form>
    </fieldset>
  );
}
