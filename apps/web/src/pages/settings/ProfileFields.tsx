// The controls of the profile form, in two groups: who you are, and how Brandwright should treat you.
import { useMemo } from 'react';
import type { FieldErrors } from '../../api/errors';
import { SelectField, TextAreaField, TextField } from '../../components/Field';
import { browserTimeZone, timeZoneGroups } from '../../lib/timezones';
import { EXPERIENCE_LEVELS, type ProfileValues } from './profileValues';

export type ChangeField = <K extends keyof ProfileValues>(key: K, value: ProfileValues[K]) => void;

interface GroupProps {
  values: ProfileValues;
  errors: FieldErrors;
  onChange: ChangeField;
}

export function AboutFields({ values, errors, onChange }: GroupProps) {
  return (
    <>
      <div className="grid gap-6 sm:grid-cols-2">
        <TextField
          label="Full name"
          autoComplete="name"
          required
          value={values.fullName}
          onChange={(e) => onChange('fullName', e.target.value)}
          error={errors.fullName}
        />
        <TextField
          label="Industry"
          optional
          placeholder="e.g. Fintech, Healthcare"
          value={values.industry}
          onChange={(e) => onChange('industry', e.target.value)}
          error={errors.industry}
        />
      </div>
      <TextField
        label="Headline"
        optional
        maxLength={220}
        placeholder="e.g. Product leader helping B2B teams ship faster"
        hint="One line that says what you do and for whom."
        value={values.headline}
        onChange={(e) => onChange('headline', e.target.value)}
        error={errors.headline}
      />
      <TextAreaField
        label="Bio"
        optional
        maxLength={2600}
        rows={5}
        hint={`${values.bio.length.toLocaleString('en')} of 2,600 characters`}
        value={values.bio}
        onChange={(e) => onChange('bio', e.target.value)}
        error={errors.bio}
      />
    </>
  );
}

export function PreferenceFields({ values, errors, onChange }: GroupProps) {
  return (
    <div className="grid gap-6 sm:grid-cols-2">
      <SelectField
        label="Seniority"
        optional
        value={values.experienceLevel}
        onChange={(e) => onChange('experienceLevel', e.target.value as ProfileValues['experienceLevel'])}
        error={errors.experienceLevel}
      >
        {EXPERIENCE_LEVELS.map((level) => (
          <option key={level.value} value={level.value}>
            {level.label}
          </option>
        ))}
      </SelectField>
      <TimeZoneSelect
        value={values.timezone}
        onChange={(zone) => onChange('timezone', zone)}
        error={errors.timezone}
      />
      <BenchmarkOptIn checked={values.benchmarkOptIn} onChange={(on) => onChange('benchmarkOptIn', on)} />
    </div>
  );
}

/** The cohort opt-in, with what it shares and what it never shares. */
function BenchmarkOptIn({ checked, onChange }: { checked: boolean; onChange: (on: boolean) => void }) {
  return (
    <div className="sm:col-span-2">
      <label className="flex items-start gap-3 text-sm text-slate-900">
        <input
          type="checkbox"
          className="mt-1 size-4"
          checked={checked}
          onChange={(e) => onChange(e.target.checked)}
          aria-describedby="benchmark-opt-in-help"
        />
        <span className="font-medium">Compare me with peers in my industry</span>
      </label>
      <p id="benchmark-opt-in-help" className="mt-1 pl-7 text-sm text-slate-600">
        Your monthly engagement rate joins an anonymous pool of people who set the same industry and opted in.
        You see your percentile once at least 20 of them have 10 or more posts in a month. Only counts and
        percentiles ever leave the pool: no one sees your name, posts or figures, and you never see theirs.
        You can leave at any time.
      </p>
    </div>
  );
}

interface TimeZoneSelectProps {
  value: string;
  onChange: (zone: string) => void;
  error: string | undefined;
}

function TimeZoneSelect({ value, onChange, error }: TimeZoneSelectProps) {
  const groups = useMemo(() => timeZoneGroups(value), [value]);
  const detected = browserTimeZone();
  const hint =
    detected && detected !== value ? (
      <>
        Your device uses {detected.replaceAll('_', ' ')}.{' '}
        <button
          type="button"
          className="font-semibold text-indigo-700 underline hover:text-indigo-800"
          onClick={() => onChange(detected)}
        >
          Use it
        </button>
      </>
    ) : (
      'Used to schedule content at the right local time. Type to jump to a city.'
    );
  return (
    <SelectField
      label="Time zone"
      value={value}
      onChange={(e) => onChange(e.target.value)}
      error={error}
      hint={hint}
    >
      {groups.map((group) => (
        <optgroup key={group.region} label={group.region}>
          {group.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </optgroup>
      ))}
    </SelectField>
  );
}
