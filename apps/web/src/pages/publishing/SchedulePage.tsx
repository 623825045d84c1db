// `/schedule`: what is going out and what went out. Items that need a decision come first, with
// the facts and the actions; below, upcoming items (reschedule, cancel) and the last 30 days, both
// filtered by status and platform (kept in the URL). A new user is told how to get started.
import { useState } from 'react';
import { LiveMessage } from '../../components/Alert';
import { ButtonLink } from '../../components/Button';
import { ErrorState } from '../../components/ErrorState';
import { useCurrentUser } from '../../layouts/AppLayout';
import { zoneLabel } from '../../lib/zonedTime';
import { type ItemDialogState, ItemDialogs } from './ItemDialogs';
import { NeedsAttention } from './NeedsAttention';
import { ScheduleEmptyState } from './ScheduleEmptyState';
import { ScheduleSections } from './ScheduleSections';
import { useHeadlines } from './useHeadlines';
import { useScheduleData } from './useScheduleData';

export function SchedulePage() {
  const zone = useCurrentUser().profile.timezone;
  const data = useScheduleData();
  const [dialog, setDialog] = useState<ItemDialogState>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const { attention, items } = data;
  const headlineOf = useHeadlines([...items.attention, ...items.upcoming, ...items.recent]);
  const done = (message: string) => {
    setDialog(null);
    setNotice(message);
  };
  return (
    <div className="space-y-8">
      <title>Schedule · Brandwright</title>
      <ScheduleHeader zone={zone} />
      <LiveMessage tone="success" message={notice} />
      {attention.isError && (
        <ErrorState
          title="We could not load the posts that need attention"
          error={attention.error}
          onRetry={() => void attention.refetch()}
        />
      )}
      <NeedsAttention
        items={items.attention}
        headlineOf={headlineOf}
        zone={zone}
        onCancel={(item) => setDialog({ kind: 'cancel', item })}
        onDone={done}
      />
      {data.blank ? (
        <ScheduleEmptyState />
      ) : (
        <ScheduleSections data={data} shared={{ headlineOf, zone, onAction: setDialog }} />
      )}
      <ItemDialogs
        state={dialog}
        headline={dialog ? headlineOf(dialog.item) : ''}
        zone={zone}
        onClose={() => setDialog(null)}
        onDone={done}
      />
    </div>
  );
}

function ScheduleHeader({ zone }: { zone: string }) {
  return (
    <div className="flex flex-wrap items-end justify-between gap-4">
      <div>
        <h1 className="text-3xl font-semibold tracking-tight text-slate-900">Schedule</h1>
        <p className="mt-1 text-sm text-slate-600">
          Every post going out and every post that went out. Times are in {zoneLabel(zone)}.
        </p>
      </div>
      <ButtonLink to="/schedule/settings" variant="secondary">
        Posting slots and settings
      </ButtonLink>
    </div>
  );
}
