// One month's report: what it rests on (or that there is no data), downloads, the key figures against
// the previous month, engagements by week and by platform, top posts, insights, summary and actions.
import type { MonthlyReport } from '@brandwright/contracts';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { ErrorState } from '../../../components/ErrorState';
import { PageLoader } from '../../../components/Spinner';
import { useReport } from '../../../queries/reports';
import { CHART } from '../../../theme/graphics';
import { TimeChart } from '../charts';
import { InsightCard } from '../insights/InsightCard';
import { TopPosts } from '../TopPosts';
import { monthLabel } from './monthLabel';
import { ReportDownloads } from './ReportDownloads';
import { KpiTable, PlatformKpis } from './ReportKpis';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-2">
      <h2 id={id} className="text-base font-semibold text-slate-900">
        {title}
      </h2>
      {children}
    </section>
  );
}

function Figures({ report }: { report: MonthlyReport }) {
  if (!report.kpis) return null;
  const weeks = report.weeks.map((w) => w.from);
  const label = (from: string) => {
    const week = report.weeks.find((w) => w.from === from);
    return week ? `${Number(week.from.slice(8))}–${Number(week.to.slice(8))}` : from;
  };
  return (
    <>
      <Section id="kpis" title="Key figures">
        <KpiTable
          kpis={report.kpis}
          month={monthLabel(report.month)}
          previousMonth={monthLabel(report.previousMonth)}
        />
      </Section>
      <TimeChart
        title="Engagements by week"
        days={weeks}
        formatLabel={label}
        labelHeading="Days"
        series={[
          {
            key: 'engagements',
            label: 'Engagements',
            colour: CHART.primary,
            values: report.weeks.map((w) => w.engagements),
          },
        ]}
      />
      <Section id="platforms" title="By platform">
        <PlatformKpis kpis={report.kpis} />
      </Section>
      <Section id="top-posts" title="Top posts">
        <TopPosts posts={report.topPosts} />
      </Section>
    </>
  );
}

export function ReportPage() {
  const { month = '' } = useParams();
  const query = useReport(month);
  if (query.isPending) return <PageLoader label="Putting your report together…" />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  const report = query.data;
  return (
    <article aria-labelledby="report" className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <Link to="/analytics/reports" className="text-sm text-indigo-800 underline">
            All reports
          </Link>
          <h1 id="report" className="mt-2 text-xl font-semibold text-slate-900">
            Monthly report: {monthLabel(report.month)}
          </h1>
          <p className="text-sm text-slate-600">
            {report.note} Days in {report.timezone}.
          </p>
        </div>
        <ReportDownloads month={report.month} />
      </div>
      <Figures report={report} />
      <Section id="report-insights" title="Insights">
        <ul className="grid gap-4 lg:grid-cols-2">
          {report.insights.map((insight) => (
            <li key={insight.key ?? insight.message}>
              <InsightCard insight={insight} />
            </li>
          ))}
        </ul>
      </Section>
      <Section id="report-summary" title="Summary and action items">
        <p className="text-sm text-slate-800">{report.summary}</p>
        <ul className="list-disc space-y-1 pl-5 text-sm text-slate-800">
          {report.actionItems.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </Section>
    </article>
  );
}
