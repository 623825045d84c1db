// The publishing preferences: the approval gate, what happens to posts found late after downtime,
// and how often evergreen content may come back. Saved with one PATCH of the changed fields.
import type { PublishingSettings } from '@brandwright/contracts';
import { type FormEvent, useState } from 'react';
import { isApiError } from '../../../api/errors';
import { LiveMessage } from '../../../components/Alert';
import { Button } from '../../../components/Button';
import { describeError } from '../../../components/ErrorState';
import { SelectField, TextField } from '../../../components/Field';
import { FormErrorAlert } from '../../../components/FormErrorAlert';
import { useFocusInvalid } from '../../../lib/useFocusInvalid';
import { useUpdatePublishingSettings } from '../../../queries/publishing';

/** "" stands for null: publish however late. */
const LATE_CHOICES: readonly { value: string; label: string }[] = [
  { value: '15', label: 'Up to 15 minutes late' },
  { value: '60', label: 'Up to 1 hour late' },
  { value: '180', label: 'Up to 3 hours late' },
  { value: '720', label: 'Up to 12 hours late' },
  { value: '1440', label: 'Up to 1 day late' },
  { value: '10080', label: 'Up to 1 week late' },
  { value: 'always', label: 'However late' },
];

function lateValue(minutes: number | null): string {
  return minutes === null ? 'always' : String(minutes);
}

function lateLabel(minutes: number): string {
  return `Up to ${minutes} minutes late`;
}

interface Values {
  approvalRequired: boolean;
  late: string;
  evergreen: string;
}

function valuesOf(settings: PublishingSettings): Values {
  return {
    approvalRequired: settings.approvalRequired,
    late: lateValue(settings.missedAfterMinutes),
    evergreen: String(settings.evergreenIntervalDays),
  };
}

export function PublishingSettingsForm({ saved }: { saved: PublishingSettings }) {
  const [values, setValues] = useState<Values>(() => valuesOf(saved));
  const [error, setError] = useState<string | undefined>();
  const [notice, setNotice] = useState<string | null>(null);
  const mutation = useUpdatePublishingSettings();
  const { formRef, focusInvalid } = useFocusInvalid();
  const serverEvergreen = isApiError(mutation.error)
    ? mutation.error.fieldErrors.evergreenIntervalDays
    : undefined;
  const lateChoices = LATE_CHOICES.some((c) => c.value === values.late)
    ? LATE_CHOICES
    : [{ value: values.late, label: lateLabel(Number(values.late)) }, ...LATE_CHOICES];
  const change = (patch: Partial<Values>) => {
    setValues((prev) => ({ ...prev, ...patch }));
    setNotice(null);
  };

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    mutation.reset();
    const days = Number(values.evergreen);
    if (!/^\d+$/.test(values.evergreen.trim()) || days < 1 || days > 365) {
      setError('Enter a whole number of days from 1 to 365');
      return focusInvalid();
    }
    setError(undefined);
    mutation.mutate(
      {
        approvalRequired: values.approvalRequired,
        missedAfterMinutes: values.late === 'always' ? null : Number(values.late),
        evergreenIntervalDays: days,
      },
      {
        onError: focusInvalid,
        onSuccess: (stored) => {
          setValues(valuesOf(stored));
          setNotice('Publishing settings saved.');
        },
      },
    );
  }

  return (
    <form ref={formRef} noValidate onSubmit={onSubmit} className="space-y-6" aria-label="Publishing settings">
      <div className="space-y-1.5">
        <label className="flex items-start gap-3 text-sm font-medium text-slate-800">
          <input
            type="checkbox"
            checked={values.approvalRequired}
            onChange={(e) => change({ approvalRequired: e.target.checked })}
            aria-describedby="approval-hint"
            className="mt-0.5 size-4 shrink-0 accent-indigo-700"
          />
          Only schedule content I have approved
        </label>
        <p id="approval-hint" className="pl-7 text-xs text-slate-600">
          Drafts must be approved in the editor before they can be scheduled or queued.
        </p>
      </div>
      <SelectField
        label="When Brandwright was offline at a post’s time, still publish it if it is"
        hint="After downtime, posts later than this are marked missed and wait for you instead."
        value={values.late}
        onChange={(e) => change({ late: e.target.value })}
      >
        {lateChoices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </SelectField>
      <TextField
        label="Evergreen content comes back at most every (days)"
        inputMode="numeric"
        required
        value={values.evergreen}
        onChange={(e) => change({ evergreen: e.target.value })}
        error={error ?? serverEvergreen}
        hint="The shortest gap before an evergreen piece is queued again; it never goes out twice in a row."
      />
      {mutation.isError && !serverEvergreen && (
        <FormErrorAlert message={describeError(mutation.error)} details={[]} />
      )}
      <div className="flex flex-wrap items-center gap-4 border-t border-slate-200 pt-5">
        <Button type="submit" pending={mutation.isPending} pendingLabel="Saving…">
          Save settings
        </Button>
        <LiveMessage tone="success" message={notice} />
      </div>
    </form>
  );
}
