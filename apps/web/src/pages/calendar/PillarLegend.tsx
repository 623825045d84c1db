// The key to the pillar colours used on entries.
import { pillarClasses } from './entryMeta';

export function PillarLegend({ pillars }: { pillars: readonly string[] }) {
  if (pillars.length === 0) return null;
  return (
    <div className="flex flex-wrap items-center gap-2 text-xs">
      <span id="pillar-legend" className="font-medium text-slate-700">
        Pillars:
      </span>
      <ul aria-labelledby="pillar-legend" className="flex flex-wrap gap-2">
        {pillars.map((p) => (
          <li key={p} className={`rounded border px-2 py-0.5 ${pillarClasses(p, pillars)}`}>
            {p}
          </li>
        ))}
      </ul>
    </div>
  );
}
