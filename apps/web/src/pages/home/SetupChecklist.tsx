// The home's checklist for a new account: strategy, voice, a platform, a first post. It shows until
// every step is done, each step linking to where it is done.
import { Link } from 'react-router';
import { useBrandStatus } from '../../queries/brand';
import { usePlatforms } from '../../queries/platforms';
import { useScheduleList } from '../../queries/publishing';
import { useVoiceProfile } from '../../queries/voice';
import { setupSteps } from './setupSteps';

function useSetupSteps() {
  const brand = useBrandStatus();
  const voice = useVoiceProfile();
  const platforms = usePlatforms();
  const scheduled = useScheduleList({});
  if (!brand.data || !voice.data || !platforms.data || !scheduled.data) return null;
  return setupSteps({
    hasStrategy: brand.data.strategyVersion !== null,
    voiceTrained: voice.data.trained,
    platformsConnected: platforms.data.filter((p) => p.connected).length,
    postsScheduledOrPublished: scheduled.data.pages[0]?.items.length ?? 0,
  });
}

/** The checklist until every step is done; then what it hands over to (this week on the calendar). */
export function SetupChecklist({ whenDone }: { whenDone?: React.ReactNode }) {
  const steps = useSetupSteps();
  if (!steps) return null;
  if (steps.every((s) => s.done)) return whenDone ?? null;
  const done = steps.filter((s) => s.done).length;
  return (
    <section
      aria-labelledby="setup-heading"
      className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm"
    >
      <h2 id="setup-heading" className="text-base font-semibold text-slate-900">
        Get set up
      </h2>
      <p className="mt-1 text-sm text-slate-600">
        {done} of {steps.length} done.
      </p>
      <ol className="mt-4 space-y-3">
        {steps.map((step) => (
          <li
            key={step.id}
            className="flex flex-wrap items-start gap-3 rounded-lg border border-slate-200 p-3"
          >
            <span
              aria-hidden="true"
              className={`mt-0.5 flex size-5 items-center justify-center rounded-full text-xs font-bold ${step.done ? 'bg-emerald-600 text-white' : 'border border-slate-300 text-transparent'}`}
            >
              ✓
            </span>
            <div className="min-w-0 flex-1">
              <p className="font-medium text-slate-900">
                {step.title}
                <span className="sr-only">{step.done ? ' (done)' : ' (to do)'}</span>
              </p>
              {!step.done && <p className="text-sm text-slate-600">{step.text}</p>}
            </div>
            {!step.done && (
              <Link to={step.to} className="text-sm font-semibold text-indigo-800 underline">
                {step.action}
              </Link>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
