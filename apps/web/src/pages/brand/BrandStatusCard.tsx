// The brand card on Home: new users are pointed to the questionnaire (or back into it when they
// stopped half-way); users with a strategy see its gist and links to it and to the assessment.
import type { StoredStrategy } from '@brandwright/contracts';
import { ButtonLink } from '../../components/Button';
import { ErrorState } from '../../components/ErrorState';
import { Spinner } from '../../components/Spinner';
import { useSavedAnswers, useStrategy } from '../../queries/brand';
import { StrategySource } from './StrategySource';

const cardClasses = 'rounded-xl border border-indigo-200 bg-indigo-50 p-6';

export function BrandStatusCard() {
  const strategy = useStrategy();
  // Only needed to tell "not started" from "half-way" when there is no strategy yet.
  const answers = useSavedAnswers(strategy.isSuccess && strategy.data === null);

  if (strategy.isError) {
    return (
      <ErrorState
        title="We could not load your brand strategy"
        error={strategy.error}
        onRetry={() => void strategy.refetch()}
        retrying={strategy.isFetching}
      />
    );
  }
  if (strategy.isPending || (strategy.data === null && answers.isPending)) {
    return (
      <section aria-busy="true" aria-label="Your brand strategy" className={cardClasses}>
        <p className="flex items-center gap-2 text-sm text-indigo-900">
          <Spinner size="sm" /> Checking your brand strategy…
        </p>
      </section>
    );
  }
  if (strategy.data) return <StrategySummary stored={strategy.data} />;
  return <StartOnboarding resume={Boolean(answers.data?.updatedAt)} />;
}

function StartOnboarding({ resume }: { resume: boolean }) {
  return (
    <section aria-labelledby="brand-card-heading" className={cardClasses}>
      <h2 id="brand-card-heading" className="text-base font-semibold text-indigo-950">
        {resume ? 'Finish your brand questionnaire' : 'Start with your brand strategy'}
      </h2>
      <p className="mt-1 max-w-2xl text-sm text-indigo-900">
        {resume
          ? 'Your answers so far are saved. Pick up where you left off, and Brandwright will assess your brand and write your strategy.'
          : 'Answer a few questions about you, your audience and your goals (it takes a few minutes). Brandwright then scores your brand and writes a strategy you can refine.'}
      </p>
      <ButtonLink to="/onboarding" className="mt-4">
        {resume ? 'Continue the questionnaire' : 'Start the questionnaire'}
      </ButtonLink>
    </section>
  );
}

function StrategySummary({ stored }: { stored: StoredStrategy }) {
  const { strategy } = stored;
  return (
    <section
      aria-labelledby="brand-card-heading"
      className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="brand-card-heading" className="text-base font-semibold text-slate-900">
          Your brand strategy
        </h2>
        <p className="text-xs text-slate-500">
          Version {stored.version} · <StrategySource stored={stored} />
        </p>
      </div>
      <p className="mt-2 max-w-3xl text-sm text-slate-700">{strategy.valueProposition}</p>
      <p className="mt-3 text-sm text-slate-600">
        Pillars: {strategy.contentPillars.map((p) => `${p.name} (${p.share}%)`).join(', ')}
      </p>
      <div className="mt-4 flex flex-wrap gap-3">
        <ButtonLink to="/brand/strategy">Open your strategy</ButtonLink>
        <ButtonLink to="/brand/assessment" variant="secondary">
          View assessment
        </ButtonLink>
      </div>
    </section>
  );
}
