// KPI tiles: a figure for the period, its change against the previous period of equal length, and a
// sparkline of the daily values.
import type { AnalyticsOverview, Compared, DailyPoint } from '@brandwright/contracts';
import { Sparkline } from './charts';
import { denominatorLabel, formatChange, formatCount, formatRate } from './format';

function Change({ compared }: { compared: Compared }) {
  const { changePercent } = compared;
  const tone =
    changePercent === null || changePercent === 0
      ? 'text-slate-500'
      : changePercent > 0
        ? 'text-emerald-700'
        : 'text-red-700';
  return (
    <p className={`text-xs ${tone}`}>
      {formatChange(changePercent)}{' '}
      <span className="text-slate-500">vs previous period ({formatCount(compared.previous)})</span>
    </p>
  );
}

interface TileProps {
  label: string;
  value: string;
  detail?: React.ReactNode;
  spark?: { days: string[]; values: number[] };
}

function Tile({ label, value, detail, spark }: TileProps) {
  return (
    <li className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
      <p className="text-xs font-medium tracking-wide text-slate-500 uppercase">{label}</p>
      <p className="mt-1 text-2xl font-semibold text-slate-900 tabular-nums">{value}</p>
      {detail}
      {spark && <Sparkline label={label} days={spark.days} values={spark.values} />}
    </li>
  );
}

const pick = (series: DailyPoint[], key: 'impressions' | 'engagements' | 'posts') => ({
  days: series.map((p) => p.date),
  values: series.map((p) => p[key]),
});

export function KpiTiles({ overview }: { overview: AnalyticsOverview }) {
  const { totals, series, engagementRates } = overview;
  return (
    <ul className="grid grid-cols-2 gap-3 lg:grid-cols-4">
      <Tile
        label="Impressions"
        value={formatCount(totals.impressions.current)}
        detail={<Change compared={totals.impressions} />}
        spark={pick(series, 'impressions')}
      />
      <Tile
        label="Engagements"
        value={formatCount(totals.engagements.current)}
        detail={<Change compared={totals.engagements} />}
        spark={pick(series, 'engagements')}
      />
      <Tile
        label="Posts"
        value={formatCount(totals.posts.current)}
        detail={<Change compared={totals.posts} />}
        spark={pick(series, 'posts')}
      />
      <Tile
        label="Followers gained"
        value={totals.followersGained ? formatCount(totals.followersGained.current) : '—'}
        detail={
          totals.followersGained ? (
            <Change compared={totals.followersGained} />
          ) : (
            <p className="text-xs text-slate-500">No follower counts recorded yet</p>
          )
        }
      />
      {engagementRates.map(({ denominator, rate }) => (
        <Tile
          key={denominator}
          label={`Engagement rate (${denominator})`}
          value={formatRate(rate.current)}
          detail={
            <p className="text-xs text-slate-500">
              engagements {denominatorLabel({ denominator })}; previous {formatRate(rate.previous)}
            </p>
          }
        />
      ))}
    </ul>
  );
}
