// The months that have a report (posts with metrics), newest first, each opening its report page.
import { Link } from 'react-router';
import { ErrorState } from '../../../components/ErrorState';
import { PageLoader } from '../../../components/Spinner';
import { useReports } from '../../../queries/reports';
import { monthLabel } from './monthLabel';

export function ReportsListPage() {
  const query = useReports();
  if (query.isPending) return <PageLoader label="Loading your reports…" />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  const { reports, timezone } = query.data;
  return (
    <section aria-labelledby="reports" className="space-y-4">
      <div>
        <Link to="/" className="text-sm text-indigo-800 underline">
          Back to analytics
        </Link>
        <h1 id="reports" className="mt-2 text-xl font-semibold text-slate-900">
          Monthly reports
        </h1>
        <p className="text-sm text-slate-600">
          One report for every month with published posts that have metrics. Months in {timezone}.
        </p>
      </div>
      {reports.length === 0 ? (
        <p className="text-sm text-slate-700">
          No reports yet: they appear once posts with metrics are published.{' '}
          <Link to="/analytics/import" className="text-indigo-800 underline">
            Import past posts
          </Link>{' '}
          to see earlier months.
        </p>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white shadow-sm">
          {reports.map((r) => (
            <li key={r.month} className="flex items-center justify-between gap-4 p-4">
              <Link
                to={`/analytics/reports/${r.month}`}
                className="font-medium text-indigo-800 hover:underline"
              >
                {monthLabel(r.month)}
              </Link>
              <span className="text-sm text-slate-600">
                {r.postsWithMetrics} post{r.postsWithMetrics === 1 ? '' : 's'} with metrics
                {r.complete ? '' : ' · month still running'}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
