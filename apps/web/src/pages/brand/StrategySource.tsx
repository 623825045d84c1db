// Where a strategy version came from, as a phrase ("Written by the built-in offline writer"), with
// the exact model id folded away in a <details> for those who want to know it.
import type { StoredStrategy } from '@brandwright/contracts';
import { sourceLabel } from './strategyMeta';

export function StrategySource({ stored }: { stored: Pick<StoredStrategy, 'source' | 'modelUsed'> }) {
  const label = sourceLabel(stored);
  if (stored.source !== 'generated') return <span>{label}</span>;
  return (
    <span className="inline-flex flex-wrap items-baseline gap-x-2">
      <span>{label}</span>
      <details className="inline-block">
        <summary className="cursor-pointer text-xs text-slate-500 underline decoration-dotted">Model</summary>
        <code className="text-xs text-slate-600">{stored.modelUsed}</code>
      </details>
    </span>
  );
}
