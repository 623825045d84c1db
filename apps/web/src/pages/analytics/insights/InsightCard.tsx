// One insight: the message and recommendation, the confidence, the evidence (n, effect, interval,
// baseline, metric) with its small chart, and a "Why we think so" disclosure in plain words.
import type { Insight } from '@brandwright/contracts';
import { EvidenceChart } from './EvidenceChart';
import { explainEvidence, figure } from './evidenceText';

const TYPE_STYLES: Record<Insight['type'], string> = {
  positive: 'border-l-emerald-500',
  negative: 'border-l-rose-500',
  insight: 'border-l-slate-400',
  optimization: 'border-l-indigo-500',
  benchmark: 'border-l-amber-500',
  data: 'border-l-sky-500',
};

const CONFIDENCE_STYLES: Record<Insight['confidence'], string> = {
  high: 'bg-emerald-100 text-emerald-900',
  medium: 'bg-amber-100 text-amber-900',
  low: 'bg-slate-100 text-slate-800',
};

function Evidence({ insight }: { insight: Insight }) {
  const { n, effect, interval, baseline, metric } = insight.evidence;
  const items: [string, string][] = [
    ['n', String(n)],
    ['Effect', figure(effect)],
    ['Interval', `${figure(interval[0])} – ${figure(interval[1])}`],
    ['Baseline', figure(baseline)],
    ['Metric', metric.replaceAll('_', ' ')],
  ];
  return (
    <dl className="grid grid-cols-2 gap-x-4 gap-y-1 text-xs sm:grid-cols-5">
      {items.map(([term, value]) => (
        <div key={term}>
          <dt className="text-slate-500">{term}</dt>
          <dd className="font-medium tabular-nums text-slate-900">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function InsightCard({ insight }: { insight: Insight }) {
  return (
    <article
      className={`space-y-3 rounded-xl border border-l-4 border-slate-200 bg-white p-4 shadow-sm ${TYPE_STYLES[insight.type]}`}
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <p className="font-medium text-slate-900">{insight.message}</p>
        <span
          className={`rounded-full px-2 py-0.5 text-xs font-medium ${CONFIDENCE_STYLES[insight.confidence]}`}
        >
          {insight.confidence} confidence
        </span>
      </div>
      <p className="text-sm text-slate-700">{insight.recommendation}</p>
      <EvidenceChart insight={insight} />
      <Evidence insight={insight} />
      <details className="text-sm">
        <summary className="cursor-pointer text-indigo-800 hover:underline">Why we think so</summary>
        <div className="mt-2 space-y-1 text-slate-700">
          {explainEvidence(insight).map((sentence) => (
            <p key={sentence}>{sentence}</p>
          ))}
        </div>
      </details>
    </article>
  );
}
