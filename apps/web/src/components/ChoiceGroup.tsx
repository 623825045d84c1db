// Radio and checkbox groups in a <fieldset>: the legend names the group, hint and error are tied
// to every option, and a "pick up to N" limit is explained in a live region instead of silently
// ignoring the extra click.
import { type ReactNode, useId, useState } from 'react';

export interface ChoiceOption {
  value: string;
  label: string;
}

interface ChoiceGroupBase {
  legend: string;
  options: readonly ChoiceOption[];
  hint?: ReactNode | undefined;
  error?: string | undefined;
  optional?: boolean | undefined;
  /** Laid out in columns from the small breakpoint up. */
  columns?: 1 | 2 | 3 | undefined;
}

type ChoiceGroupProps = ChoiceGroupBase &
  (
    | { multiple?: false; value: string; onChange: (value: string) => void; max?: never }
    | { multiple: true; value: readonly string[]; onChange: (value: string[]) => void; max?: number }
  );

const COLUMNS = { 1: '', 2: 'sm:grid-cols-2', 3: 'sm:grid-cols-3' } as const;

const optionClasses =
  'flex cursor-pointer items-center gap-3 rounded-lg border bg-white px-3 py-2.5 text-sm text-slate-800 ' +
  'shadow-sm hover:bg-slate-50 has-checked:border-indigo-600 has-checked:bg-indigo-50 ' +
  'has-checked:text-indigo-950 has-focus-visible:outline-2 has-focus-visible:outline-indigo-600 ' +
  'has-disabled:cursor-not-allowed has-disabled:opacity-60';

/** Toggling for both kinds; returns a message when a pick is refused because of `max`. */
function useToggle(props: ChoiceGroupProps) {
  const [limitNotice, setLimitNotice] = useState<string | null>(null);
  function toggle(value: string, checked: boolean) {
    if (!props.multiple) return props.onChange(value);
    const current = props.value;
    if (checked && props.max !== undefined && current.length >= props.max) {
      setLimitNotice(`You can pick up to ${props.max}. Unpick one to choose another.`);
      return;
    }
    setLimitNotice(null);
    props.onChange(checked ? [...current, value] : current.filter((v) => v !== value));
  }
  const isChecked = (value: string) => (props.multiple ? props.value.includes(value) : props.value === value);
  return { toggle, isChecked, limitNotice };
}

export function ChoiceGroup(props: ChoiceGroupProps) {
  const { legend, options, hint, error, optional, columns = 2 } = props;
  const id = useId();
  const { toggle, isChecked, limitNotice } = useToggle(props);
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <fieldset className="space-y-2">
      <GroupLegend legend={legend} optional={optional} />
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-slate-600">
          {hint}
        </p>
      )}
      <div className={`grid gap-2 ${COLUMNS[columns]}`}>
        {options.map((option) => (
          <label
            key={option.value}
            className={`${optionClasses} ${error ? 'border-red-600' : 'border-slate-300'}`}
          >
            <input
              type={props.multiple ? 'checkbox' : 'radio'}
              name={id}
              value={option.value}
              checked={isChecked(option.value)}
              required={!props.multiple && !optional}
              onChange={(e) => toggle(option.value, e.target.checked)}
              aria-invalid={error ? true : undefined}
              aria-describedby={describedBy || undefined}
              className="size-4 shrink-0 accent-indigo-700"
            />
            {option.label}
          </label>
        ))}
      </div>
      {/* Always rendered: a live region that appears together with its text is often not announced. */}
      <div role="status">
        {limitNotice && <p className="text-sm font-medium text-amber-900">{limitNotice}</p>}
      </div>
      {error && (
        <p id={`${id}-error`} className="text-sm font-medium text-red-700">
          {error}
        </p>
      )}
    </fieldset>
  );
}

function GroupLegend({ legend, optional }: { legend: string; optional: boolean | undefined }) {
  return (
    <legend className="flex w-full items-baseline justify-between gap-2 text-sm font-medium text-slate-800">
      <span>{legend}</span>
      {/* Hidden from screen readers, as in Field: a group without required controls reads as optional. */}
      {optional && (
        <span aria-hidden="true" className="text-xs font-normal text-slate-500">
          Optional
        </span>
      )}
    </legend>
  );
}
