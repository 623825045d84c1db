// "Schedule…" for one piece: a wide dialog with when (now or a time in the profile's zone), the
// platforms (connected ones pickable), a live preview of what each receives, and two ways to send
// it: at the chosen time, or into each platform's next free posting slot. Afterwards it says what
// was scheduled where and when.
import type { Content, ScheduledItem } from '@brandwright/contracts';
import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { Link } from 'react-router';
import { isApiError } from '../../api/errors';
import { Button, ButtonLink } from '../../components/Button';
import { describeError } from '../../components/ErrorState';
import { FormErrorAlert } from '../../components/FormErrorAlert';
import { Modal } from '../../components/Modal';
import { PageLoader } from '../../components/Spinner';
import { formatDateTime } from '../../lib/dates';
import { usePlatforms } from '../../queries/platforms';
import { useItemProgress } from '../../queries/publishing';
import { headlineOf, PLATFORM_LABELS } from '../content/labels';
import { ITEM_STATUS_LABELS } from './itemLabels';
import { PlatformPicker } from './PlatformPicker';
import { PublishPreview } from './PublishPreview';
import { type ScheduleOutcome, useScheduleForm } from './useScheduleForm';
import { WhenFields } from './WhenFields';

/** Dialog titles stay on a line or two. */
function shortened(headline: string, max = 60): string {
  return headline.length > max ? `${headline.slice(0, max - 1).trimEnd()}…` : headline;
}

interface ScheduleDialogProps {
  /** The piece to schedule; null keeps the dialog closed. */
  piece: Content | null;
  zone: string;
  onClose: () => void;
}

export function ScheduleDialog({ piece, zone, onClose }: ScheduleDialogProps) {
  const titleId = useId();
  return (
    <Modal open={piece !== null} onClose={onClose} labelledBy={titleId} size="wide">
      {piece && <ScheduleBody piece={piece} zone={zone} titleId={titleId} onClose={onClose} />}
    </Modal>
  );
}

function ScheduleBody({
  piece,
  zone,
  titleId,
  onClose,
}: {
  piece: Content;
  zone: string;
  titleId: string;
  onClose: () => void;
}) {
  const platforms = usePlatforms();
  const [outcome, setOutcome] = useState<ScheduleOutcome | null>(null);
  const heading = (
    <h2 id={titleId} className="text-lg font-semibold">
      {outcome
        ? outcome.kind === 'queue'
          ? 'Added to the queue'
          : outcome.now
            ? 'Publishing now'
            : 'Scheduled'
        : `Schedule “${shortened(headlineOf(piece))}”`}
    </h2>
  );
  if (platforms.isPending)
    return (
      <div className="p-6 sm:p-8">
        {heading}
        <PageLoader label="Loading your platforms…" />
      </div>
    );
  if (outcome) return <ScheduleResult heading={heading} outcome={outcome} zone={zone} onClose={onClose} />;
  return (
    <ScheduleForm
      heading={heading}
      piece={piece}
      zone={zone}
      connections={platforms.data ?? null}
      onClose={onClose}
      onDone={setOutcome}
    />
  );
}

interface ScheduleFormProps {
  heading: ReactNode;
  piece: Content;
  zone: string;
  connections: Parameters<typeof useScheduleForm>[2];
  onClose: () => void;
  onDone: (outcome: ScheduleOutcome) => void;
}

function ScheduleForm({ heading, piece, zone, connections, onClose, onDone }: ScheduleFormProps) {
  const idPrefix = useId();
  const form = useScheduleForm(piece, zone, connections, onDone);
  const { errors } = form;
  const failureCode = isApiError(form.failure) ? form.failure.code : null;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    form.submit('publish');
  };
  return (
    <form ref={form.formRef} noValidate onSubmit={onSubmit} className="space-y-6 p-6 sm:p-8">
      {heading}
      <p className="-mt-4 text-sm text-slate-600">
        Uses the last saved version. Each platform gets its own post, adapted to its limits.
      </p>
      <WhenFields
        idPrefix={idPrefix}
        zone={zone}
        mode={form.mode}
        onMode={form.setMode}
        wall={form.wall}
        onChange={form.setWall}
        instant={form.instant}
        dateError={errors.date}
        timeError={errors.time}
      />
      <PlatformPicker
        idPrefix={idPrefix}
        connections={connections}
        value={form.platforms}
        onChange={form.setPlatforms}
        errors={errors.platforms}
        groupError={errors.group}
      />
      <PublishPreview previews={form.previews} />
      {form.failure !== null && (
        <div className="space-y-2">
          <FormErrorAlert message={describeError(form.failure)} details={errors.other} />
          {failureCode === 'NO_SLOTS' && (
            <Link to="/schedule/settings" className="text-sm font-medium text-indigo-800 underline">
              Set up posting slots
            </Link>
          )}
          {failureCode === 'PLATFORM_NOT_CONNECTED' && (
            <Link to="/platforms" className="text-sm font-medium text-indigo-800 underline">
              Go to Platforms
            </Link>
          )}
        </div>
      )}
      <p id={`${idPrefix}-queue-hint`} className="text-xs text-slate-600">
        Add to queue puts it in each platform’s next free posting slot.{' '}
        <Link to="/schedule/settings" className="font-medium text-indigo-800 underline">
          Edit your slots
        </Link>
      </p>
      {/* Stays in view while the dialog scrolls through long previews. */}
      <div className="sticky bottom-0 -mx-6 -mb-6 flex flex-wrap items-center gap-3 border-t border-slate-200 bg-white px-6 py-4 sm:-mx-8 sm:-mb-8 sm:px-8">
        <Button
          type="submit"
          pending={form.pendingKind === 'publish'}
          disabled={form.pendingKind !== undefined}
        >
          {form.mode === 'now' ? 'Publish now' : 'Schedule'}
        </Button>
        <Button
          variant="secondary"
          pending={form.pendingKind === 'queue'}
          disabled={form.pendingKind !== undefined}
          aria-describedby={`${idPrefix}-queue-hint`}
          onClick={() => form.submit('queue')}
        >
          Add to queue
        </Button>
        <Button variant="ghost" onClick={onClose}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

/** A post sent now, followed until it is live (with its link), failed or needs the user. */
function SentNowStatus({ item: given }: { item: ScheduledItem }) {
  const item = useItemProgress(given).data;
  if (item.status === 'pending' || item.status === 'publishing')
    return <span className="text-slate-700">Going out now…</span>;
  if (item.status === 'published' && item.post)
    return (
      <a
        className="font-semibold text-emerald-800 underline"
        href={item.post.url}
        target="_blank"
        rel="noreferrer"
      >
        Published: view the post
      </a>
    );
  return (
    <span className={item.status === 'published' ? 'text-emerald-800' : 'font-semibold text-red-800'}>
      {ITEM_STATUS_LABELS[item.status]}
      {item.problem ? `: ${item.problem.detail}` : ''}
    </span>
  );
}

function ScheduleResult({
  heading,
  outcome,
  zone,
  onClose,
}: {
  heading: ReactNode;
  outcome: ScheduleOutcome;
  zone: string;
  onClose: () => void;
}) {
  return (
    <div className="space-y-5 p-6 sm:p-8">
      {heading}
      <div role="status">
        <ul className="space-y-2" aria-label="Scheduled posts">
          {outcome.items.map((item) => (
            <li
              key={item.id}
              className="flex flex-wrap justify-between gap-2 rounded-lg border border-slate-200 px-3 py-2 text-sm"
            >
              <span className="font-semibold text-slate-900">{PLATFORM_LABELS[item.platform]}</span>
              {outcome.now ? (
                <SentNowStatus item={item} />
              ) : (
                <span className="text-slate-700">
                  {formatDateTime(item.scheduledFor, zone)}
                  {outcome.kind === 'queue' && ' (next free slot)'}
                </span>
              )}
            </li>
          ))}
        </ul>
      </div>
      <p className="text-sm text-slate-600">
        Follow each post on the Schedule page; once published, it links to the live post.
      </p>
      <div className="flex flex-wrap gap-3">
        <ButtonLink to="/schedule">Open the schedule</ButtonLink>
        <Button variant="secondary" onClick={onClose}>
          Done
        </Button>
      </div>
    </div>
  );
}
