// The five assessment scores as a horizontal bar chart (plain HTML and CSS, scales with the page),
// with a table carrying the same numbers for screen readers; the bars themselves are decorative.
import type { Assessment } from '@brandwright/contracts';
import { DIMENSIONS, scoreBand } from './dimensions';

const GRID = [0, 25, 50, 75, 100] as const;

type Row = { id: string; label: string; score: number };

export function ScoreChart({ dimensions }: { dimensions: Assessment['dimensions'] }) {
  const rows = DIMENSIONS.map((d) => ({ id: d.id, label: d.label, score: dimensions[d.id]?.score ?? 0 }));
  return (
    <figure aria-labelledby="score-chart-caption" className="space-y-3">
      <figcaption id="score-chart-caption" className="text-sm font-semibold text-slate-900">
        Scores by dimension (0–100)
      </figcaption>
      <Bars rows={rows} />
      <ScoreTable rows={rows} />
    </figure>
  );
}

/** The visual chart; hidden from assistive technology, which reads the table instead. */
function Bars({ rows }: { rows: Row[] }) {
  return (
    <div aria-hidden="true" className="space-y-3">
      {rows.map((row) => (
        <div key={row.id} className="grid grid-cols-[7rem_1fr_2.5rem] items-center gap-3 text-sm">
          <span className="font-medium text-slate-800">{row.label}</span>
          <span className="relative h-4 overflow-hidden rounded-full bg-slate-100">
            {GRID.slice(1, -1).map((mark) => (
              <span key={mark} className="absolute inset-y-0 w-px bg-white" style={{ left: `${mark}%` }} />
            ))}
            <span
              className={`absolute inset-y-0 left-0 rounded-full ${scoreBand(row.score).bar}`}
              style={{ width: `${Math.max(row.score, 1)}%` }}
            />
          </span>
          <span className="text-right font-semibold text-slate-900 tabular-nums">{row.score}</span>
        </div>
      ))}
      <div className="grid grid-cols-[7rem_1fr_2.5rem] gap-3 text-xs text-slate-500">
        <span />
        <span className="flex justify-between tabular-nums">
          {GRID.map((mark) => (
            <span key={mark}>{mark}</span>
          ))}
        </span>
        <span />
      </div>
    </div>
  );
}

function ScoreTable({ rows }: { rows: Row[] }) {
  return (
    <table className="sr-only">
      <caption>Assessment scores out of 100</caption>
      <thead>
        <tr>
          <th scope="col">Dimension</th>
          <th scope="col">Score</th>
          <th scope="col">Rating</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <th scope="row">{row.label}</th>
            <td>{row.score}</td>
            <td>{scoreBand(row.score).label}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
