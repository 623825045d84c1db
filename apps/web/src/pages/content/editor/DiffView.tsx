// The word-level difference between two versions: insertions in <ins>, deletions in <del>, each
// with hidden words ("added", "removed") since most screen readers do not announce those tags.
import type { VersionDiff } from '@brandwright/contracts';
import { diffSegments } from './diffSegments';

export function DiffView({ diff }: { diff: VersionDiff }) {
  const changed = diff.words.some((part) => part.op !== 'equal');
  return (
    <div className="space-y-3">
      <h3 className="text-sm font-semibold text-slate-900">
        Changes from version {diff.from} to version {diff.to}
      </h3>
      {diff.title.changed && (
        <p className="text-sm text-slate-700">
          Title: <del className="bg-red-50 text-red-800">{diff.title.from ?? '(none)'}</del> →{' '}
          <ins className="bg-emerald-50 text-emerald-800 no-underline">{diff.title.to ?? '(none)'}</ins>
        </p>
      )}
      {changed ? (
        <p className="rounded-lg border border-slate-200 bg-slate-50 p-3 text-sm leading-relaxed whitespace-pre-wrap text-slate-800">
          {diffSegments(diff.words).map((part, index) => {
            const key = index;
            if (part.op === 'insert')
              return (
                <ins key={key} className="rounded bg-emerald-100 text-emerald-900 no-underline">
                  <span className="sr-only">[added: </span>
                  {part.text}
                  <span className="sr-only">]</span>
                </ins>
              );
            if (part.op === 'delete')
              return (
                <del key={key} className="rounded bg-red-100 text-red-900">
                  <span className="sr-only">[removed: </span>
                  {part.text}
                  <span className="sr-only">]</span>
                </del>
              );
            if (part.op === 'gap')
              return (
                <span key={key} aria-hidden="true">
                  {part.text}
                </span>
              );
            return <span key={key}>{part.text}</span>;
          })}
        </p>
      ) : (
        <p className="text-sm text-slate-600">The text is the same in both versions.</p>
      )}
    </div>
  );
}
