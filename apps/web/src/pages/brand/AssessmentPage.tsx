// `/brand/assessment`: the latest brand assessment — the overall score, the five dimension scores
// as a chart, and for each dimension the evidence behind it and what to do next.
import type { AssessmentResult } from '@brandwright/contracts';
import { ButtonLink } from '../../components/Button';
import { ErrorState } from '../../components/ErrorState';
import { PageLoader } from '../../components/Spinner';
import { formatDateTime } from '../../lib/dates';
import { useLatestAssessment } from '../../queries/brand';
import { DIMENSIONS, type DimensionInfo, scoreBand } from './dimensions';
import { EmptyBrandState } from './EmptyBrandState';
import { ScoreChart } from './ScoreChart';

export function AssessmentPage() {
  const query = useLatestAssessment();
  return (
    <div className="space-y-8">
      <title>Brand assessment · Brandwright</title>
      <div>
        <h1 className="text-3xl font-semibold tracking-tight text-slate-900">Your brand assessment</h1>
        <p className="mt-2 max-w-2xl text-slate-600">
          Where your personal brand stands today, scored from your answers, and the next step for each area.
        </p>
      </div>
      {query.isPending ? (
        <PageLoader label="Loading your assessment…" />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />
      ) : query.data ? (
        <AssessmentView result={query.data} />
      ) : (
        <EmptyBrandState
          title="No assessment yet"
          text="Answer a few questions about you, your audience and your goals, and Brandwright will assess your brand."
        />
      )}
    </div>
  );
}

function AssessmentView({ result }: { result: AssessmentResult }) {
  const { assessment } = result;
  const band = scoreBand(assessment.overall);
  return (
    <>
      <section
        aria-labelledby="overall-heading"
        className="grid gap-8 rounded-xl border border-slate-200 bg-white p-6 shadow-sm md:grid-cols-[14rem_1fr]"
      >
        <div className="flex flex-col items-start gap-2">
          <h2 id="overall-heading" className="text-sm font-semibold text-slate-600">
            Overall score
          </h2>
          <p className="text-slate-900">
            <span className="text-6xl font-semibold tracking-tight tabular-nums">{assessment.overall}</span>
            <span className="text-lg text-slate-600"> / 100</span>
          </p>
          <span className={`rounded-full px-2.5 py-0.5 text-xs font-semibold ${band.badge}`}>
            {band.label}
          </span>
          <p className="text-xs text-slate-500">Assessed {formatDateTime(assessment.createdAt)}</p>
        </div>
        <ScoreChart dimensions={assessment.dimensions} />
      </section>
      <div className="flex flex-wrap gap-3">
        <ButtonLink to="/brand/strategy">See your strategy</ButtonLink>
        <ButtonLink to="/onboarding" variant="secondary">
          Review your answers
        </ButtonLink>
      </div>
      <section aria-labelledby="details-heading" className="space-y-4">
        <h2 id="details-heading" className="text-lg font-semibold text-slate-900">
          What the scores mean
        </h2>
        <ul className="grid gap-4 lg:grid-cols-2">
          {DIMENSIONS.map((info) => {
            const score = assessment.dimensions[info.id];
            return score ? <DimensionCard key={info.id} info={info} {...score} /> : null;
          })}
        </ul>
      </section>
    </>
  );
}

interface DimensionCardProps {
  info: DimensionInfo;
  score: number;
  evidence: string[];
  recommendation: string;
}

function DimensionCard({ info, score, evidence, recommendation }: DimensionCardProps) {
  const band = scoreBand(score);
  return (
    <li className="flex flex-col rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
      <div className="flex items-baseline justify-between gap-3">
        <h3 className="font-semibold text-slate-900">{info.label}</h3>
        <p className="text-sm text-slate-700">
          <span className="text-xl font-semibold text-slate-900 tabular-nums">{score}</span> / 100{' '}
          <span className={`ml-1 rounded-full px-2 py-0.5 text-xs font-semibold ${band.badge}`}>
            {band.label}
          </span>
        </p>
      </div>
      <p className="mt-1 text-sm text-slate-600">{info.description}</p>
      <h4 className="mt-4 text-xs font-semibold tracking-wide text-slate-500 uppercase">Why this score</h4>
      <ul className="mt-1 list-disc space-y-1 pl-5 text-sm text-slate-700">
        {evidence.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <h4 className="mt-4 text-xs font-semibold tracking-wide text-slate-500 uppercase">What to do next</h4>
      <p className="mt-1 rounded-lg bg-indigo-50 px-3 py-2 text-sm text-indigo-950">{recommendation}</p>
    </li>
  );
}
