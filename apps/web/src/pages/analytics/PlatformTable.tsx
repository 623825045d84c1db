// Per-platform figures of the period, each linking to its platform page. Medium says it has no
// metrics API rather than showing zeros. Cells are narrower on a phone, so the table fits 390 px.
import type { PlatformSummary } from '@brandwright/contracts';
import { Link } from 'react-router';
import { denominatorLabel, formatChange, formatCount, formatRate, PLATFORM_LABELS } from './format';

export function PlatformTable({ platforms }: { platforms: PlatformSummary[] }) {
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Figures per platform</caption>
        <thead className="text-xs text-slate-500">
          <tr>
            <th scope="col" className="px-2 py-2 sm:px-4 font-medium">
              Platform
            </th>
            <th scope="col" className="px-2 py-2 sm:px-4 text-right font-medium">
              Posts
            </th>
            <th scope="col" className="px-2 py-2 sm:px-4 text-right font-medium">
              Impressions
            </th>
            <th scope="col" className="px-2 py-2 sm:px-4 text-right font-medium">
              Engagements
            </th>
            <th scope="col" className="px-2 py-2 sm:px-4 text-right font-medium">
              Engagement rate
            </th>
          </tr>
        </thead>
        <tbody>
          {platforms.map((p) => (
            <tr key={p.platform} className="border-t border-slate-100">
              <th scope="row" className="px-2 py-2 sm:px-4 font-medium">
                <Link className="text-indigo-700 hover:underline" to={`/analytics/platforms/${p.platform}`}>
                  {PLATFORM_LABELS[p.platform]}
                </Link>
              </th>
              <td className="px-2 py-2 sm:px-4 text-right tabular-nums">{formatCount(p.posts.current)}</td>
              {p.totals ? (
                <>
                  <td className="px-2 py-2 sm:px-4 text-right tabular-nums">
                    {p.engagementRate?.current?.denominator === 'followers'
                      ? 'not reported'
                      : formatCount(p.totals.impressions.current)}
                  </td>
                  <td className="px-2 py-2 sm:px-4 text-right tabular-nums">
                    {formatCount(p.totals.engagements.current)}
                    <span className="block text-[11px] text-slate-500">
                      {formatChange(p.totals.engagements.changePercent)}
                    </span>
                  </td>
                  <td className="px-2 py-2 sm:px-4 text-right tabular-nums">
                    {formatRate(p.engagementRate?.current ?? null)}
                    {p.engagementRate?.current && (
                      <span className="block text-[11px] text-slate-500">
                        {denominatorLabel(p.engagementRate.current)}
                      </span>
                    )}
                  </td>
                </>
              ) : (
                <td colSpan={3} className="px-2 py-2 sm:px-4 text-right text-slate-500">
                  {PLATFORM_LABELS[p.platform]} has no metrics API
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
