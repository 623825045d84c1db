// Add or edit a calendar entry in a modal dialog: date, topic, pillar, format, platforms (and status
// when editing), with the server's field errors beside their fields. Editing also offers drafting
// the entry and deleting it behind a confirmation.
import {
  type CalendarEntry,
  calendarFormatSchema,
  calendarStatusSchema,
  createCalendarEntrySchema,
  type Platform,
} from '@brandwright/contracts';
import { type FormEvent, useId, useState } from 'react';
import { Button } from '../../components/Button';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { describeError } from '../../components/ErrorState';
import { SelectField, TextField } from '../../components/Field';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { Modal } from '../../components/Modal';
import { useFormSubmit } from '../../lib/useFormSubmit';
import { useDeleteEntry, useSaveEntry } from '../../queries/calendar';
import { DraftPanel } from './DraftPanel';
import { FORMAT_LABELS, PLATFORMS, STATUS_LABELS } from './entryMeta';
import { ENTRY_FIELDS, type EntryValues, newValues, toBody, valuesOf } from './entryValues';

export type EntryDialogState =
  | { mode: 'new'; date: string; topic?: string; pillar?: string }
  | { mode: 'edit'; entry: CalendarEntry }
  | null;

interface EntryDialogProps {
  state: EntryDialogState;
  pillars: readonly string[];
  defaultPlatforms: readonly Platform[];
  onClose: () => void;
  /** After a delete: the opener is gone, so the page decides where focus goes. */
  onDeleted: (date: string) => void;
  onSaved: (entry: CalendarEntry, created: boolean) => void;
}

export function EntryDialog({ state, onClose, ...rest }: EntryDialogProps) {
  const titleId = useId();
  return (
    <Modal open={state !== null} onClose={onClose} labelledBy={titleId}>
      {state && <EntryForm state={state} titleId={titleId} onClose={onClose} {...rest} />}
    </Modal>
  );
}

interface EntryFormProps extends Omit<EntryDialogProps, 'state'> {
  state: NonNullable<EntryDialogState>;
  titleId: string;
}

function EntryForm({
  state,
  titleId,
  pillars,
  defaultPlatforms,
  onClose,
  onDeleted,
  onSaved,
}: EntryFormProps) {
  const entry = state.mode === 'edit' ? state.entry : null;
  const [values, setValues] = useState<EntryValues>(() =>
    entry ? valuesOf(entry) : newValues(state.mode === 'new' ? state : { date: '' }, defaultPlatforms),
  );
  // One key per dialog: a create retried after a lost response returns the first entry.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const mutation = useSaveEntry(entry, idempotencyKey);
  const form = useFormSubmit({ schema: createCalendarEntrySchema, fields: ENTRY_FIELDS, mutation });
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const errors = form.fieldErrors;
  const change = <K extends keyof EntryValues>(key: K, value: EntryValues[K]) =>
    setValues((prev) => ({ ...prev, [key]: value }));
  // The entry's own pillar stays selectable even if the strategy no longer has it.
  const pillarOptions =
    entry?.pillar && !pillars.includes(entry.pillar) ? [...pillars, entry.pillar] : pillars;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    form.submit(toBody(values), (saved) => onSaved(saved, entry === null));
  }

  if (entry && confirmingDelete)
    return (
      <ConfirmDelete
        entry={entry}
        titleId={titleId}
        onBack={() => setConfirmingDelete(false)}
        onDeleted={onDeleted}
      />
    );

  return (
    <form ref={form.formRef} noValidate onSubmit={onSubmit} className="space-y-5 p-6 sm:p-8">
      <h2 id={titleId} className="text-lg font-semibold">
        {entry ? 'Edit entry' : 'New entry'}
      </h2>
      <FormErrorAlert message={form.formError} details={form.formDetails} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label="Date"
          type="date"
          required
          value={values.date}
          onChange={(e) => change('date', e.target.value)}
          error={errors.date}
        />
        <SelectField
          label="Format"
          value={values.format}
          onChange={(e) => change('format', calendarFormatSchema.parse(e.target.value))}
          error={errors.format}
        >
          {calendarFormatSchema.options.map((f) => (
            <option key={f} value={f}>
              {FORMAT_LABELS[f]}
            </option>
          ))}
        </SelectField>
      </div>
      <TextField
        label="Topic"
        required
        maxLength={200}
        value={values.topic}
        onChange={(e) => change('topic', e.target.value)}
        error={errors.topic}
      />
      <SelectField
        label="Pillar"
        optional
        value={values.pillar}
        onChange={(e) => change('pillar', e.target.value)}
        error={errors.pillar}
      >
        <option value="">No pillar</option>
        {pillarOptions.map((p) => (
          <option key={p} value={p}>
            {p}
          </option>
        ))}
      </SelectField>
      <ChoiceGroup
        legend="Platforms"
        multiple
        columns={3}
        options={PLATFORMS}
        value={values.platforms}
        onChange={(next) => change('platforms', next as Platform[])}
        error={errors.platforms}
      />
      {entry && (
        <SelectField
          label="Status"
          value={values.status}
          onChange={(e) => change('status', calendarStatusSchema.parse(e.target.value))}
          error={errors.status}
        >
          {calendarStatusSchema.options.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </SelectField>
      )}
      {entry && <DraftPanel entry={entry} onDrafted={(saved) => change('status', saved.status)} />}
      <div className="flex flex-col-reverse gap-3 border-t border-slate-200 pt-5 sm:flex-row sm:items-center">
        {entry && (
          <Button
            variant="ghost"
            className="text-red-700 sm:mr-auto"
            onClick={() => setConfirmingDelete(true)}
          >
            Delete entry
          </Button>
        )}
        <Button variant="secondary" className="sm:ml-auto" onClick={onClose} disabled={form.pending}>
          Cancel
        </Button>
        <Button type="submit" pending={form.pending} pendingLabel="Saving…">
          {entry ? 'Save entry' : 'Add entry'}
        </Button>
      </div>
    </form>
  );
}

interface ConfirmDeleteProps {
  entry: CalendarEntry;
  titleId: string;
  onBack: () => void;
  onDeleted: (date: string) => void;
}

function ConfirmDelete({ entry, titleId, onBack, onDeleted }: ConfirmDeleteProps) {
  const mutation = useDeleteEntry();
  return (
    <div className="space-y-5 p-6 sm:p-8">
      <h2 id={titleId} className="text-lg font-semibold">
        Delete this entry?
      </h2>
      <p className="text-sm text-slate-700">
        “{entry.topic}” will be removed from your calendar. A draft already made from it stays in your
        content. This cannot be undone.
      </p>
      {mutation.isError && <FormErrorAlert message={describeError(mutation.error)} details={[]} />}
      <div className="flex flex-col-reverse gap-3 sm:flex-row sm:justify-end">
        <Button variant="secondary" onClick={onBack} disabled={mutation.isPending} autoFocus>
          Keep it
        </Button>
        <Button
          variant="danger"
          pending={mutation.isPending}
          pendingLabel="Deleting…"
          onClick={() => mutation.mutate(entry.id, { onSuccess: () => onDeleted(entry.date) })}
        >
          Delete entry
        </Button>
      </div>
    </div>
  );
}
