// `/schedule/settings`: the weekly posting slots the queue fills, and the publishing preferences.
import { Link } from 'react-router';
import { ErrorState } from '../../../components/ErrorState';
import { PageLoader } from '../../../components/Spinner';
import { useCurrentUser } from '../../../layouts/AppLayout';
import { usePublishingSettings, useSlots } from '../../../queries/publishing';
import { PublishingSettingsForm } from './PublishingSettingsForm';
import { SlotsEditor } from './SlotsEditor';

export function PublishingSettingsPage() {
  const zone = useCurrentUser().profile.timezone;
  const slots = useSlots();
  const settings = usePublishingSettings();
  if (slots.isPending || settings.isPending) return <PageLoader label="Loading your publishing settings…" />;
  if (slots.isError || settings.isError) {
    const failed = slots.isError ? slots : settings;
    return (
      <ErrorState error={failed.error} onRetry={() => void failed.refetch()} retrying={failed.isFetching} />
    );
  }
  return (
    <div className="space-y-8">
      <title>Posting slots and settings · Brandwright</title>
      <div>
        <Link to="/schedule" className="text-sm font-medium text-indigo-800 hover:underline">
          ← Schedule
        </Link>
        <h1 className="mt-2 text-3xl font-semibold tracking-tight text-slate-900">
          Posting slots and settings
        </h1>
      </div>
      <section
        aria-labelledby="slots-heading"
        className="rounded-xl border border-slate-200 bg-white shadow-sm"
      >
        <div className="border-b border-slate-200 px-6 py-4">
          <h2 id="slots-heading" className="text-base font-semibold text-slate-900">
            Weekly posting slots
          </h2>
          <p className="mt-1 text-sm text-slate-600">
            “Add to queue” puts a piece in each platform’s next free slot. You start with the usual good times
            for each platform (weekday mornings and lunchtimes); change them here. Slots follow your time
            zone, so 09:00 stays 09:00 when the clocks change.
          </p>
        </div>
        <div className="px-6 py-6">
          <SlotsEditor saved={slots.data} zone={zone} />
        </div>
      </section>
      <section
        aria-labelledby="publishing-settings-heading"
        className="rounded-xl border border-slate-200 bg-white shadow-sm"
      >
        <div className="border-b border-slate-200 px-6 py-4">
          <h2 id="publishing-settings-heading" className="text-base font-semibold text-slate-900">
            Publishing
          </h2>
        </div>
        <div className="px-6 py-6">
          <PublishingSettingsForm saved={settings.data} />
        </div>
      </section>
    </div>
  );
}
