// Labelled form controls. Each ties its label, hint and error to the control for screen readers.
import {
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
  useId,
  useState,
} from 'react';

const controlBase =
  'block w-full rounded-lg border bg-white px-3 py-2 text-sm text-slate-900 shadow-sm ' +
  'placeholder:text-slate-400 focus:outline-2 focus:outline-offset-0 ' +
  'disabled:bg-slate-100';

function controlClasses(invalid: boolean): string {
  return `${controlBase} ${invalid ? 'border-red-600 focus:outline-red-600' : 'border-slate-300 focus:outline-indigo-600'}`;
}

interface FieldShellProps {
  id: string;
  label: string;
  hint?: ReactNode | undefined;
  error?: string | undefined;
  optional?: boolean | undefined;
  children: ReactNode;
}

function FieldShell({ id, label, hint, error, optional, children }: FieldShellProps) {
  return (
    <div className="space-y-1.5">
      <div className="flex items-baseline justify-between gap-2">
        <label htmlFor={id} className="text-sm font-medium text-slate-800">
          {label}
        </label>
        {/* Hidden from screen readers: a control without `required` already reads as optional. */}
        {optional && (
          <span aria-hidden="true" className="text-xs text-slate-500">
            Optional
          </span>
        )}
      </div>
      {children}
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-slate-600">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="text-sm font-medium text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}

interface CommonProps {
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
  optional?: boolean;
}

function describedBy(id: string, hint: unknown, error: string | undefined): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

type TextFieldProps = CommonProps &
  Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> & {
    /** id of a message shown elsewhere (e.g. a total) that makes this control invalid. */
    externalError?: string | undefined;
  };

export function TextField({ label, hint, error, optional, externalError, ...input }: TextFieldProps) {
  const id = useId();
  const described = [describedBy(id, hint, error), externalError].filter(Boolean).join(' ');
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} optional={optional}>
      <input
        id={id}
        className={controlClasses(Boolean(error || externalError))}
        aria-invalid={error || externalError ? true : undefined}
        aria-describedby={described || undefined}
        {...input}
      />
    </FieldShell>
  );
}

/** A password input with a show/hide toggle, so people can check what they typed. */
export function PasswordField({ label, hint, error, ...input }: Omit<TextFieldProps, 'type' | 'optional'>) {
  const id = useId();
  const [visible, setVisible] = useState(false);
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      <div className="relative">
        <input
          id={id}
          type={visible ? 'text' : 'password'}
          className={`${controlClasses(Boolean(error))} pr-20`}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, hint, error)}
          {...input}
        />
        <button
          type="button"
          className="absolute inset-y-1 right-1 rounded-md px-3 text-xs font-semibold text-slate-700 hover:bg-slate-100"
          aria-pressed={visible}
          aria-controls={id}
          onClick={() => setVisible((v) => !v)}
        >
          {visible ? 'Hide' : 'Show'}
          <span className="sr-only"> password</span>
        </button>
      </div>
    </FieldShell>
  );
}

type TextAreaFieldProps = CommonProps & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'>;

export function TextAreaField({ label, hint, error, optional, ...textarea }: TextAreaFieldProps) {
  const id = useId();
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} optional={optional}>
      <textarea
        id={id}
        className={`${controlClasses(Boolean(error))} min-h-28`}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        {...textarea}
      />
    </FieldShell>
  );
}

type SelectFieldProps = CommonProps & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'>;

export function SelectField({ label, hint, error, optional, children, ...select }: SelectFieldProps) {
  const id = useId();
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} optional={optional}>
      <select
        id={id}
        className={controlClasses(Boolean(error))}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        {...select}
      >
        {children}
      </select>
    </FieldShell>
  );
}

export interface FilterSelectProps<T extends string> {
  label: string;
  /** '' is "any". */
  value: string;
  /** The option meaning "no filter" ("All statuses"). */
  anyLabel: string;
  choices: readonly T[];
  labels: Record<T, string>;
  onChange: (value: string) => void;
}

/** A list filter: one labelled select of fixed choices plus "any". */
export function FilterSelect<T extends string>({
  label,
  value,
  anyLabel,
  choices,
  labels,
  onChange,
}: FilterSelectProps<T>) {
  return (
    <SelectField label={label} value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">{anyLabel}</option>
      {choices.map((choice) => (
        <option key={choice} value={choice}>
          {labels[choice]}
        </option>
      ))}
    </SelectField>
  );
}
