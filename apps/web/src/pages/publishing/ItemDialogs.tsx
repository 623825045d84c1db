// Dialogs on one scheduled item: reschedule (a new wall time in the profile's zone, sent with
// If-Match so a change made meanwhile is never overwritten) and cancel (behind a confirmation).
import type { ScheduledItem } from '@brandwright/contracts';
import { type FormEvent, useId, useState } from 'react';
import { isApiError } from '../../api/errors';
import { Button } from '../../components/Button';
import { ConfirmBody } from '../../components/ConfirmDialog';
import { describeError } from '../../components/ErrorState';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { Modal } from '../../components/Modal';
import { formatDateTime } from '../../lib/dates';
import { useFocusInvalid } from '../../lib/useFocusInvalid';
import { instantToWallTime, type WallTime, wallTimeToInstant } from '../../lib/zonedTime';
import { useCancelItem, useRescheduleItem, useScheduledItem } from '../../queries/publishing';
import { PLATFORM_LABELS } from '../content/labels';
import { timeErrors } from './scheduleErrors';
import { WallTimeFields } from './WhenFields';

export type ItemDialogState = { kind: 'reschedule' | 'cancel'; item: ScheduledItem } | null;

interface ItemDialogsProps {
  state: ItemDialogState;
  headline: string;
  zone: string;
  onClose: () => void;
  onDone: (message: string) => void;
}

export function ItemDialogs({ state, onClose, ...rest }: ItemDialogsProps) {
  const titleId = useId();
  return (
    <Modal open={state !== null} onClose={onClose} labelledBy={titleId}>
      {state?.kind === 'reschedule' && (
        <RescheduleForm item={state.item} titleId={titleId} onClose={onClose} {...rest} />
      )}
      {state?.kind === 'cancel' && (
        <CancelConfirm item={state.item} titleId={titleId} onClose={onClose} {...rest} />
      )}
    </Modal>
  );
}

interface ItemFormProps extends Omit<ItemDialogsProps, 'state'> {
  item: ScheduledItem;
  titleId: string;
}

/** Why a change was refused, in words that say what to do next. */
function refusal(error: unknown): string {
  if (isApiError(error) && error.status === 412)
    return 'This post changed since you opened it (perhaps in another tab). Its latest time is loaded: check it and save again.';
  if (isApiError(error) && error.code === 'NOT_PENDING')
    return 'It has already started publishing, so it can no longer be moved.';
  return describeError(error);
}

function RescheduleForm({ item: given, headline, zone, titleId, onClose, onDone }: ItemFormProps) {
  // After a 412 the list refetches; this copy follows, so the next save sends the current version.
  const item = useScheduledItem(given).data;
  const [wall, setWall] = useState<WallTime>(() => instantToWallTime(item.scheduledFor, zone));
  const [errors, setErrors] = useState<{ date?: string; time?: string }>({});
  const mutation = useRescheduleItem();
  const { formRef, focusInvalid } = useFocusInvalid();
  const instant = wallTimeToInstant(wall, zone);
  const serverTime = isApiError(mutation.error) ? mutation.error.fieldErrors.scheduledFor : undefined;

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    mutation.reset();
    const found = timeErrors(wall, zone);
    setErrors(found);
    if (found.date || found.time || !instant.ok) return focusInvalid();
    mutation.mutate(
      { item, scheduledFor: instant.iso },
      {
        onError: focusInvalid,
        onSuccess: (saved) =>
          onDone(
            `Moved the ${PLATFORM_LABELS[saved.platform]} post to ${formatDateTime(saved.scheduledFor, zone)}.`,
          ),
      },
    );
  }

  return (
    <form ref={formRef} noValidate onSubmit={onSubmit} className="space-y-5 p-6 sm:p-8">
      <h2 id={titleId} className="text-lg font-semibold">
        Reschedule the {PLATFORM_LABELS[item.platform]} post
      </h2>
      <p className="text-sm text-slate-600">
        “{headline}”, now due {formatDateTime(item.scheduledFor, zone)}.
      </p>
      <WallTimeFields
        idPrefix={titleId}
        zone={zone}
        wall={wall}
        onChange={(next) => {
          setWall(next);
          setErrors({});
        }}
        instant={instant}
        dateError={errors.date}
        timeError={errors.time ?? serverTime}
      />
      {mutation.isError && serverTime === undefined && (
        <FormErrorAlert message={refusal(mutation.error)} details={[]} />
      )}
      <div className="flex flex-wrap gap-3">
        <Button type="submit" pending={mutation.isPending} pendingLabel="Saving…">
          Save new time
        </Button>
        <Button variant="ghost" onClick={onClose}>
          Keep the old time
        </Button>
      </div>
    </form>
  );
}

function CancelConfirm({ item, headline, zone, titleId, onClose, onDone }: ItemFormProps) {
  const mutation = useCancelItem();
  const platform = PLATFORM_LABELS[item.platform];
  return (
    <ConfirmBody
      titleId={titleId}
      title={`Cancel the ${platform} post?`}
      action={mutation}
      confirmLabel={`Cancel the ${platform} post`}
      pendingLabel="Cancelling…"
      cancelLabel="Keep it"
      onConfirm={() => mutation.mutate(item, { onSuccess: () => onDone(`Cancelled the ${platform} post.`) })}
      onCancel={onClose}
    >
      <p className="text-sm text-slate-700">
        “{headline}” will not be published on {platform}
        {item.status === 'pending' ? ` on ${formatDateTime(item.scheduledFor, zone)}` : ''}. The content
        itself stays, and you can schedule it again at any time.
      </p>
    </ConfirmBody>
  );
}
