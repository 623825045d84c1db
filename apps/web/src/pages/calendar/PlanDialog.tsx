// "Plan this month" and "Re-plan" in a dialog: posts per week and platforms (defaults from the
// questionnaire answers), the plan request, and for a re-plan an explanation of what is kept.
import { type Platform, planCalendarSchema } from '@brandwright/contracts';
import { type FormEvent, useId, useState } from 'react';
import { Link } from 'react-router';
import type { PlanOutcome } from '../../api/calendar';
import { isApiError } from '../../api/errors';
import { Button } from '../../components/Button';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { TextField } from '../../components/Field';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { Modal } from '../../components/Modal';
import { useFormSubmit } from '../../lib/useFormSubmit';
import { usePlanMonth } from '../../queries/calendar';
import { monthLabel } from './calendarDates';
import { PLATFORMS } from './entryMeta';

export type PlanMode = 'plan' | 'replan';

interface PlanDialogProps {
  mode: PlanMode | null;
  month: string;
  defaults: { postsPerWeek: number; platforms: readonly Platform[] };
  onClose: () => void;
  onPlanned: (outcome: PlanOutcome) => void;
}

export function PlanDialog({ mode, onClose, ...rest }: PlanDialogProps) {
  const titleId = useId();
  return (
    <Modal open={mode !== null} onClose={onClose} labelledBy={titleId}>
      {mode && <PlanForm mode={mode} titleId={titleId} onClose={onClose} {...rest} />}
    </Modal>
  );
}

function NoStrategyMessage() {
  return (
    <div
      role="alert"
      className="rounded-lg border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-950"
    >
      <p className="font-medium">There is no brand strategy to plan from yet.</p>
      <p className="mt-1">
        Answer the questionnaire and create your strategy first.{' '}
        <Link to="/onboarding" className="font-semibold underline">
          Go to onboarding
        </Link>
      </p>
    </div>
  );
}

interface PlanFormProps extends Omit<PlanDialogProps, 'mode'> {
  mode: PlanMode;
  titleId: string;
}

function PlanForm({ mode, titleId, month, defaults, onClose, onPlanned }: PlanFormProps) {
  const [postsPerWeek, setPostsPerWeek] = useState(String(defaults.postsPerWeek));
  const [platforms, setPlatforms] = useState<string[]>([...defaults.platforms]);
  const mutation = usePlanMonth();
  const form = useFormSubmit({ schema: planCalendarSchema, fields: ['postsPerWeek', 'platforms'], mutation });
  const noStrategy = isApiError(mutation.error) && mutation.error.code === 'NO_STRATEGY';

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const count = postsPerWeek.trim() === '' ? Number.NaN : Number(postsPerWeek);
    form.submit({ month, postsPerWeek: count, platforms, replace: mode === 'replan' }, onPlanned);
  }

  return (
    <form ref={form.formRef} noValidate onSubmit={onSubmit} className="space-y-5 p-6 sm:p-8">
      <h2 id={titleId} className="text-lg font-semibold">
        {mode === 'replan' ? `Re-plan ${monthLabel(month)}?` : `Plan ${monthLabel(month)}`}
      </h2>
      {mode === 'replan' ? (
        <p className="text-sm text-slate-700">
          Planned entries from today on are replaced by a new plan. Entries you added, edited or moved
          yourself, entries already drafted or further along, and past days are kept as they are.
        </p>
      ) : (
        <p className="text-sm text-slate-700">
          Brandwright spreads posts over the month from today on, following your content pillars and their
          shares, with topics you have not covered recently. Entries already there are kept.
        </p>
      )}
      {noStrategy ? (
        <NoStrategyMessage />
      ) : (
        <FormErrorAlert message={form.formError} details={form.formDetails} />
      )}
      <TextField
        label="Posts per week"
        type="number"
        inputMode="numeric"
        min={1}
        max={21}
        required
        hint="From your questionnaire answers; between 1 and 21."
        value={postsPerWeek}
        onChange={(e) => setPostsPerWeek(e.target.value)}
        error={form.fieldErrors.postsPerWeek}
      />
      <ChoiceGroup
        legend="Platforms"
        multiple
        columns={3}
        options={PLATFORMS}
        value={platforms}
        onChange={setPlatforms}
        error={form.fieldErrors.platforms}
      />
      <div className="flex flex-col-reverse gap-3 border-t border-slate-200 pt-5 sm:flex-row sm:justify-end">
        <Button variant="secondary" onClick={onClose} disabled={form.pending}>
          Cancel
        </Button>
        <Button
          type="submit"
          variant={mode === 'replan' ? 'danger' : 'primary'}
          pending={form.pending}
          pendingLabel="Planning…"
        >
          {mode === 'replan' ? 'Replace the plan' : 'Plan this month'}
        </Button>
      </div>
    </form>
  );
}
