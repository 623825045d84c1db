// Best times to post: one heatmap per platform (tabs), weekday × 3-hour block in the user's zone,
// each cell coloured by how a post there does against the user's typical post, with the number of
// their own posts behind it; the source in words, the top slots, and a table with every figure.
import type { BestTimeCell, PlatformBestTimes } from '@brandwright/contracts';
import { WEEKDAY_NAMES } from '@brandwright/contracts';
import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorState } from '../../components/ErrorState';
import { PageLoader } from '../../components/Spinner';
import { useBestTimes } from '../../queries/best-times';
import { CONFIDENCE_LABELS, cellTone, formatTimes, sourceLabel } from './bestTimesText';
import { PLATFORM_LABELS } from './format';

export function BestTimesPage() {
  const query = useBestTimes();
  const [selected, setSelected] = useState(0);
  if (query.isPending) return <PageLoader label="Working out your best times…" />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  const { platforms, timezone, windowDays } = query.data;
  const grid = platforms[selected] ?? platforms[0];
  return (
    <section aria-labelledby="best-times" className="space-y-4">
      <div>
        <Link to="/" className="text-sm text-indigo-800 underline">
          Back to analytics
        </Link>
        <h1 id="best-times" className="mt-2 text-xl font-semibold text-slate-900">
          Best times to post
        </h1>
        <p className="text-sm text-slate-600">
          Times in {timezone}. Each slot shows how a post there does against your typical post (1.00×), from
          your last {windowDays} days of posts, shrunk toward typical times until your own posts are enough.
        </p>
      </div>
      <div role="tablist" aria-label="Platform" className="flex flex-wrap gap-2">
        {platforms.map((p, i) => (
          <button
            key={p.platform}
            type="button"
            role="tab"
            aria-selected={i === selected}
            className={`rounded-md px-3 py-1.5 text-sm font-medium ${i === selected ? 'bg-indigo-700 text-white' : 'bg-slate-100 text-slate-800'}`}
            onClick={() => setSelected(i)}
          >
            {PLATFORM_LABELS[p.platform]}
          </button>
        ))}
      </div>
      {grid && <PlatformPanel grid={grid} />}
    </section>
  );
}

function PlatformPanel({ grid }: { grid: PlatformBestTimes }) {
  return (
    <div role="tabpanel" aria-label={PLATFORM_LABELS[grid.platform]} className="space-y-4">
      <p className="text-sm font-medium text-slate-900">
        {sourceLabel(grid)} · {CONFIDENCE_LABELS[grid.confidence]}
      </p>
      {grid.source === 'platform_default' && (
        <p className="text-sm text-slate-600">
          You have no {PLATFORM_LABELS[grid.platform]} posts with metrics yet, so these are typical times for
          the platform, not an answer about your audience.
        </p>
      )}
      <TopSlots slots={grid.topSlots} />
      <Heatmap cells={grid.cells} />
      <details>
        <summary className="cursor-pointer text-sm font-medium text-indigo-800">Show as a table</summary>
        <CellTable cells={grid.cells} />
      </details>
    </div>
  );
}

function TopSlots({ slots }: { slots: BestTimeCell[] }) {
  return (
    <ol className="flex flex-wrap gap-3" aria-label="Top slots">
      {slots.map((s) => (
        <li
          key={`${s.isoWeekday}-${s.startHour}`}
          className="rounded-md border border-slate-200 px-3 py-2 text-sm"
        >
          <span className="font-semibold">
            {s.weekday} {s.label}
          </span>{' '}
          {formatTimes(s.estimate)} ({formatTimes(s.interval[0])}–{formatTimes(s.interval[1])}), {s.n} of your
          posts
        </li>
      ))}
    </ol>
  );
}

function Heatmap({ cells }: { cells: BestTimeCell[] }) {
  const labels = cells.slice(0, 8).map((c) => c.label);
  return (
    <div aria-hidden="true" className="overflow-x-auto">
      <div className="grid min-w-[40rem] grid-cols-[6rem_repeat(8,1fr)] gap-1 text-xs">
        <span />
        {labels.map((l) => (
          <span key={l} className="text-center text-slate-600">
            {l}
          </span>
        ))}
        {WEEKDAY_NAMES.map((day, d) => (
          <HeatmapRow key={day} day={day} cells={cells.slice(d * 8, d * 8 + 8)} />
        ))}
      </div>
    </div>
  );
}

function HeatmapRow({ day, cells }: { day: string; cells: BestTimeCell[] }) {
  return (
    <>
      <span className="self-center font-medium text-slate-700">{day}</span>
      {cells.map((c) => (
        <span key={c.startHour} className={`rounded px-1 py-2 text-center ${cellTone(c.estimate)}`}>
          {formatTimes(c.estimate)}
          <span className="block">n={c.n}</span>
        </span>
      ))}
    </>
  );
}

function CellTable({ cells }: { cells: BestTimeCell[] }) {
  return (
    <table className="mt-2 w-full text-left text-sm">
      <caption className="sr-only">Every slot with its estimate, 95 % interval and your posts</caption>
      <thead>
        <tr>
          <th scope="col">Day</th>
          <th scope="col">Time</th>
          <th scope="col">Estimate</th>
          <th scope="col">95 % interval</th>
          <th scope="col">Your posts</th>
        </tr>
      </thead>
      <tbody>
        {cells.map((c) => (
          <tr key={`${c.isoWeekday}-${c.startHour}`}>
            <td>{c.weekday}</td>
            <td>{c.label}</td>
            <td>{formatTimes(c.estimate)}</td>
            <td>
              {formatTimes(c.interval[0])} – {formatTimes(c.interval[1])}
            </td>
            <td>{c.n}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
