// The insights page: the month's insights as cards with their evidence and a small chart each, the
// summary and action items, and a month picker (default: the last full month, as the API decides).
// With too little data the one `data` insight says how many more posts would unlock the rest.
import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorState } from '../../../components/ErrorState';
import { PageLoader } from '../../../components/Spinner';
import { useCurrentUser } from '../../../layouts/AppLayout';
import { useInsights } from '../../../queries/reports';
import { formatDay } from '../format';
import { InsightCard } from './InsightCard';
import { currentMonth, MonthPicker } from './MonthPicker';

export function InsightsPage() {
  const user = useCurrentUser();
  const [month, setMonth] = useState<string | null>(null);
  const query = useInsights(month);
  if (query.isPending) return <PageLoader label="Working out your insights…" />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  const report = query.data;
  const shown = report.period.from.slice(0, 7);
  return (
    <section aria-labelledby="insights" className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <Link to="/" className="text-sm text-indigo-800 underline">
            Back to analytics
          </Link>
          <h1 id="insights" className="mt-2 text-xl font-semibold text-slate-900">
            Insights, {formatDay(report.period.from)} – {formatDay(report.period.to)}
          </h1>
          <p className="text-sm text-slate-600">
            Only what your own posts show: every claim comes with the posts behind it and its interval. Days
            in {report.timezone}.
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-4">
          <MonthPicker value={shown} max={currentMonth(user.profile.timezone)} onChange={setMonth} />
          <Link to={`/analytics/reports/${shown}`} className="text-sm font-medium text-indigo-800 underline">
            Monthly report
          </Link>
          <Link to="/analytics/reports" className="text-sm font-medium text-indigo-800 underline">
            All reports
          </Link>
          <Link to="/analytics/best-times" className="text-sm font-medium text-indigo-800 underline">
            Best times
          </Link>
        </div>
      </div>
      <section aria-labelledby="summary" className="space-y-2 rounded-xl bg-indigo-50 p-4">
        <h2 id="summary" className="text-base font-semibold text-slate-900">
          Summary
        </h2>
        <p className="text-sm text-slate-800">{report.summary}</p>
        {report.actionItems.length > 0 && (
          <ul className="list-disc space-y-1 pl-5 text-sm text-slate-800">
            {report.actionItems.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        )}
      </section>
      <ul className="grid gap-4 lg:grid-cols-2">
        {report.insights.map((insight) => (
          <li key={insight.key ?? insight.message}>
            <InsightCard insight={insight} />
          </li>
        ))}
      </ul>
    </section>
  );
}
