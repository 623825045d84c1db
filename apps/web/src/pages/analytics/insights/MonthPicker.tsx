// Picks a calendar month (YYYY-MM) up to the running month in the user's zone.
import { useId } from 'react';

/** The running month in `zone`, YYYY-MM. */
export function currentMonth(zone: string, now = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
  }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}`;
}

export function MonthPicker({
  value,
  max,
  onChange,
}: {
  value: string;
  max: string;
  onChange: (month: string) => void;
}) {
  const id = useId();
  return (
    <div className="flex items-center gap-2">
      <label htmlFor={id} className="text-sm font-medium text-slate-700">
        Month
      </label>
      <input
        id={id}
        type="month"
        value={value}
        max={max}
        className="rounded-md border border-slate-300 px-2 py-1 text-sm"
        onChange={(event) => {
          const month = event.target.value;
          if (/^\d{4}-\d{2}$/.test(month) && month <= max) onChange(month);
        }}
      />
    </div>
  );
}
