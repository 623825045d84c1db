// Weekly posting slots per platform: add a time on a day (or every weekday, or every day), remove
// one, then save the whole set (PUT replaces it). Times are wall-clock times in the user's zone, so
// "Tuesday 09:00" stays 09:00 across daylight saving changes.
import {
  MAX_POSTING_SLOTS,
  type Platform,
  type PostingSlot,
  postingSlotSchema,
} from '@brandwright/contracts';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { isApiError } from '../../../api/errors';
import { Alert, LiveMessage } from '../../../components/Alert';
import { Button } from '../../../components/Button';
import { describeError } from '../../../components/ErrorState';
import { SelectField, TextField } from '../../../components/Field';
import { FormErrorAlert } from '../../../components/FormErrorAlert';
import { useFocusInvalid } from '../../../lib/useFocusInvalid';
import { zoneLabel } from '../../../lib/zonedTime';
import { useSaveSlots } from '../../../queries/publishing';
import { PLATFORM_LABELS, PLATFORMS } from '../../content/labels';
import { addSlots, DAY_CHOICES, removeSlot, sameSlots, slotKey, sortSlots, WEEKDAY_SHORT } from './slots';
import { UseBestTimes } from './UseBestTimes';

export function SlotsEditor({ saved, zone }: { saved: PostingSlot[]; zone: string }) {
  const [slots, setSlots] = useState<PostingSlot[]>(() => sortSlots(saved));
  const [notice, setNotice] = useState<string | null>(null);
  const save = useSaveSlots();
  const dirty = !sameSlots(slots, saved);
  const change = (next: PostingSlot[], message: string) => {
    setSlots(next);
    setNotice(message);
    save.reset();
  };
  return (
    <div className="space-y-6">
      <UseBestTimes slots={slots} onFill={change} />
      <AddSlotForm slots={slots} zone={zone} onAdd={change} />
      <SlotList
        slots={slots}
        onRemove={(slot) => change(removeSlot(slots, slot), `Removed ${describe(slot)}.`)}
      />
      {save.isError && (
        <FormErrorAlert
          message={describeError(save.error)}
          details={isApiError(save.error) ? save.error.fieldProblems.map((p) => p.message) : []}
        />
      )}
      <div className="flex flex-wrap items-center gap-4 border-t border-slate-200 pt-5">
        <Button
          pending={save.isPending}
          pendingLabel="Saving…"
          disabled={!dirty}
          onClick={() =>
            save.mutate(slots, {
              onSuccess: (stored) => {
                setSlots(sortSlots(stored));
                setNotice('Posting slots saved.');
              },
            })
          }
        >
          Save posting slots
        </Button>
        {dirty && !save.isPending && (
          <span className="text-sm text-amber-900">You have unsaved changes.</span>
        )}
        <LiveMessage tone="success" message={notice} />
      </div>
    </div>
  );
}

function describe(slot: PostingSlot): string {
  return `${PLATFORM_LABELS[slot.platform]} on ${WEEKDAY_SHORT[slot.weekday - 1]} at ${slot.time}`;
}

interface AddSlotFormProps {
  slots: PostingSlot[];
  zone: string;
  onAdd: (slots: PostingSlot[], message: string) => void;
}

function AddSlotForm({ slots, zone, onAdd }: AddSlotFormProps) {
  const [platform, setPlatform] = useState<Platform>('linkedin');
  const [day, setDay] = useState('weekdays');
  const [time, setTime] = useState('09:00');
  const [error, setError] = useState<string | undefined>();
  const { formRef, focusInvalid } = useFocusInvalid();

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const days = DAY_CHOICES.find((c) => c.value === day)?.days ?? [];
    if (!postingSlotSchema.shape.time.safeParse(time).success) {
      setError('Enter a time like 09:30');
      return focusInvalid();
    }
    const result = addSlots(slots, platform, days, time);
    if (result.added === 0) {
      setError('Already in your slots');
      return focusInvalid();
    }
    if (result.slots.length > MAX_POSTING_SLOTS) {
      setError(`At most ${MAX_POSTING_SLOTS} slots in all: remove some first`);
      return focusInvalid();
    }
    setError(undefined);
    const what = `${result.added} ${PLATFORM_LABELS[platform]} slot${result.added === 1 ? '' : 's'} at ${time}`;
    onAdd(
      result.slots,
      `Added ${what}${result.existing > 0 ? ` (${result.existing} already there)` : ''}. Save to keep them.`,
    );
  }

  return (
    <form ref={formRef} noValidate onSubmit={onSubmit} aria-label="Add a posting slot" className="space-y-3">
      <div className="grid items-start gap-3 sm:grid-cols-[1fr_1.5fr_1fr_auto]">
        <SelectField
          label="Platform"
          value={platform}
          onChange={(e) => setPlatform(e.target.value as Platform)}
        >
          {PLATFORMS.map((p) => (
            <option key={p} value={p}>
              {PLATFORM_LABELS[p]}
            </option>
          ))}
        </SelectField>
        <SelectField label="Day" value={day} onChange={(e) => setDay(e.target.value)}>
          {DAY_CHOICES.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </SelectField>
        <TextField
          label="Time"
          type="time"
          required
          value={time}
          onChange={(e) => {
            setTime(e.target.value);
            setError(undefined);
          }}
          error={error}
          hint={zoneLabel(zone)}
        />
        <Button type="submit" variant="secondary" className="sm:mt-7">
          Add slot
        </Button>
      </div>
    </form>
  );
}

/** A removed chip takes its button with it: focus moves to the next remove button (or the last). */
function useFocusAfterRemove() {
  const ref = useRef<HTMLUListElement>(null);
  const [target, setTarget] = useState<number | null>(null);
  useEffect(() => {
    if (target === null) return;
    const buttons = ref.current?.querySelectorAll<HTMLButtonElement>('button') ?? [];
    buttons[Math.min(target, buttons.length - 1)]?.focus();
    setTarget(null);
  }, [target]);
  return { ref, focusFrom: setTarget };
}

function SlotList({ slots, onRemove }: { slots: PostingSlot[]; onRemove: (slot: PostingSlot) => void }) {
  const focus = useFocusAfterRemove();
  if (slots.length === 0)
    return (
      <Alert tone="info" title="No posting slots yet">
        Add the times you like to post, for example every weekday at 09:00. “Add to queue” then puts each
        piece in the next free slot.
      </Alert>
    );
  const used = PLATFORMS.filter((p) => slots.some((s) => s.platform === p));
  return (
    <ul ref={focus.ref} aria-label="Your posting slots" className="space-y-3">
      {used.map((platform) => (
        <li key={platform} className="rounded-lg border border-slate-200 p-3">
          <h3 className="text-sm font-semibold text-slate-900">{PLATFORM_LABELS[platform]}</h3>
          <ul aria-label={`${PLATFORM_LABELS[platform]} slots`} className="mt-2 flex flex-wrap gap-2">
            {slots
              .filter((s) => s.platform === platform)
              .map((slot) => (
                <li
                  key={slotKey(slot)}
                  className="inline-flex items-center gap-1 rounded-full bg-indigo-50 py-0.5 pr-1 pl-3 text-sm text-indigo-900 ring-1 ring-indigo-200 ring-inset"
                >
                  {WEEKDAY_SHORT[slot.weekday - 1]} {slot.time}
                  <button
                    type="button"
                    onClick={() => {
                      focus.focusFrom(slots.indexOf(slot));
                      onRemove(slot);
                    }}
                    className="rounded-full px-1.5 text-base leading-5 text-indigo-800 hover:bg-indigo-100"
                  >
                    <span aria-hidden="true">×</span>
                    <span className="sr-only">Remove {describe(slot)}</span>
                  </button>
                </li>
              ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
