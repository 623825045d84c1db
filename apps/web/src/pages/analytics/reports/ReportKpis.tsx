// The report's key figures against the previous month, and each platform's, as tables (narrower cells on a phone).
import type { EngagementRate, ReportKpis } from '@brandwright/contracts';
import { denominatorLabel, formatChange, formatCount, formatRate, PLATFORM_LABELS } from '../format';

const cell = 'px-2 py-2 sm:px-4 text-right tabular-nums';

/** A rate's change in percentage points, when both months have one. */
function pointsChange(current: EngagementRate | null, previous: EngagementRate | null): string {
  if (!current || !previous) return '—';
  const points = (current.value - previous.value) * 100;
  return `${points > 0 ? '+' : ''}${points.toFixed(2)} pts`;
}

function Head({ labels }: { labels: string[] }) {
  return (
    <thead className="text-xs text-slate-500">
      <tr>
        {labels.map((label, i) => (
          <th
            key={label}
            scope="col"
            className={`px-2 py-2 sm:px-4 font-medium ${i === 0 ? '' : 'text-right'}`}
          >
            {label}
          </th>
        ))}
      </tr>
    </thead>
  );
}

export function KpiTable({
  kpis,
  month,
  previousMonth,
}: {
  kpis: ReportKpis;
  month: string;
  previousMonth: string;
}) {
  const t = kpis.totals;
  const rows = [
    ['Impressions', t.impressions],
    ['Engagements', t.engagements],
    ['Posts', t.posts],
    ...(t.followersGained ? [['Followers gained', t.followersGained] as const] : []),
  ] as const;
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Key figures</caption>
        <Head labels={['Figure', month, previousMonth, 'Change']} />
        <tbody>
          {rows.map(([label, figure]) => (
            <tr key={label} className="border-t border-slate-100">
              <th scope="row" className="px-2 py-2 sm:px-4 font-medium">
                {label}
              </th>
              <td className={cell}>{formatCount(figure.current)}</td>
              <td className={cell}>{formatCount(figure.previous)}</td>
              <td className={cell}>{formatChange(figure.changePercent)}</td>
            </tr>
          ))}
          {kpis.engagementRates.map(({ denominator, rate }) => (
            <tr key={denominator} className="border-t border-slate-100">
              <th scope="row" className="px-2 py-2 sm:px-4 font-medium">
                Engagement rate {denominatorLabel({ denominator })}
              </th>
              <td className={cell}>{formatRate(rate.current)}</td>
              <td className={cell}>{formatRate(rate.previous)}</td>
              <td className={cell}>{pointsChange(rate.current, rate.previous)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function PlatformKpis({ kpis }: { kpis: ReportKpis }) {
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Figures per platform</caption>
        <Head labels={['Platform', 'Posts', 'Engagements', 'Change', 'Engagement rate']} />
        <tbody>
          {kpis.platforms.map((p) => (
            <tr key={p.platform} className="border-t border-slate-100">
              <th scope="row" className="px-2 py-2 sm:px-4 font-medium">
                {PLATFORM_LABELS[p.platform]}
              </th>
              <td className={cell}>{formatCount(p.posts.current)}</td>
              <td className={cell}>
                {p.engagements ? formatCount(p.engagements.current) : 'no metrics API'}
              </td>
              <td className={cell}>{p.engagements ? formatChange(p.engagements.changePercent) : '—'}</td>
              <td className={cell}>{formatRate(p.engagementRate?.current ?? null)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
