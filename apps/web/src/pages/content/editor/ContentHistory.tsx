// Version history of a piece, newest first and a page at a time: who wrote each version and why,
// a comparison of any two loaded versions, and restoring an older one after a confirmation.
import type { Content, ContentVersion } from '@brandwright/contracts';
import { useState } from 'react';
import { Button } from '../../../components/Button';
import { ErrorState } from '../../../components/ErrorState';
import { SelectField } from '../../../components/Field';
import { Spinner } from '../../../components/Spinner';
import { formatDateTime } from '../../../lib/dates';
import { useContentVersions, useRestoreVersion, useVersionDiff } from '../../../queries/content';
import { DiffView } from './DiffView';
import { RestoreDialog } from './RestoreDialog';

interface ContentHistoryProps {
  piece: Content;
  /** Called after a restore so the editor starts over from the restored text. */
  onRestored: () => void;
}

export function ContentHistory({ piece, onRestored }: ContentHistoryProps) {
  const query = useContentVersions(piece.id);
  const restore = useRestoreVersion(piece.id);
  const [restoring, setRestoring] = useState<number | null>(null);
  const versions = query.data?.pages.flatMap((page) => page.items) ?? [];
  // The newest text version is the current text. piece.version counts every change (scheduling,
  // status, settings), so it runs ahead of the text versions and cannot name the current one.
  const currentText = versions[0]?.version;
  return (
    <section
      aria-labelledby="versions-heading"
      className="space-y-4 rounded-xl border border-slate-200 bg-white p-6 shadow-sm"
    >
      <div>
        <h2 id="versions-heading" className="text-base font-semibold text-slate-900">
          Version history
        </h2>
        <p className="mt-1 text-sm text-slate-600">Every save keeps the previous version.</p>
      </div>
      {query.isPending && (
        <p role="status" className="flex items-center gap-2 text-sm text-slate-600">
          <Spinner size="sm" /> Loading versions…
        </p>
      )}
      {query.isError && (
        <ErrorState
          title="We could not load the history"
          error={query.error}
          onRetry={() => void query.refetch()}
        />
      )}
      {versions.length > 0 && (
        <>
          <ol aria-label="Versions, newest first" className="divide-y divide-slate-200">
            {versions.map((v) => (
              <VersionRow
                key={v.version}
                version={v}
                current={v.version === currentText}
                onRestore={setRestoring}
              />
            ))}
          </ol>
          {query.hasNextPage && (
            <Button
              variant="secondary"
              pending={query.isFetchingNextPage}
              pendingLabel="Loading older versions…"
              onClick={() => void query.fetchNextPage()}
            >
              Load older versions
            </Button>
          )}
          {/* Keyed by the newest version: after a save the default comparison is the latest change. */}
          {versions.length > 1 && <Compare key={versions[0]?.version} id={piece.id} versions={versions} />}
        </>
      )}
      <RestoreDialog
        version={restoring}
        current={piece.version}
        currentText={currentText ?? piece.version}
        mutation={restore}
        onClose={() => setRestoring(null)}
        onRestored={() => {
          setRestoring(null);
          onRestored();
        }}
      />
    </section>
  );
}

function VersionRow({
  version,
  current,
  onRestore,
}: {
  version: ContentVersion;
  current: boolean;
  onRestore: (version: number) => void;
}) {
  return (
    <li className="flex flex-wrap items-center gap-x-3 gap-y-1 py-3 text-sm">
      <span className="font-semibold text-slate-900">Version {version.version}</span>
      {current && (
        <span className="rounded-full bg-indigo-50 px-2 py-0.5 text-xs font-semibold text-indigo-800">
          Current
        </span>
      )}
      <span className="text-slate-700">
        {version.author === 'ai' ? 'Written by Brandwright' : 'Edited by you'}
      </span>
      {version.changeNote && <span className="text-slate-600">“{version.changeNote}”</span>}
      <span className="text-slate-500">{formatDateTime(version.createdAt)}</span>
      {!current && (
        <Button variant="ghost" className="ml-auto px-3 py-1" onClick={() => onRestore(version.version)}>
          Restore<span className="sr-only"> version {version.version}</span>
        </Button>
      )}
    </li>
  );
}

function Compare({ id, versions }: { id: string; versions: ContentVersion[] }) {
  const [from, setFrom] = useState(versions[1]?.version ?? 1);
  const [to, setTo] = useState(versions[0]?.version ?? 1);
  const [pair, setPair] = useState<{ from: number; to: number } | null>(null);
  const diff = useVersionDiff(id, pair);
  const options = versions.map((v) => (
    <option key={v.version} value={v.version}>
      Version {v.version}
    </option>
  ));
  return (
    <div className="space-y-4 border-t border-slate-200 pt-4">
      <form
        className="flex flex-wrap items-end gap-3"
        onSubmit={(event) => {
          event.preventDefault();
          setPair({ from, to });
        }}
      >
        <div className="w-40">
          <SelectField label="Compare" value={String(from)} onChange={(e) => setFrom(Number(e.target.value))}>
            {options}
          </SelectField>
        </div>
        <div className="w-40">
          <SelectField label="with" value={String(to)} onChange={(e) => setTo(Number(e.target.value))}>
            {options}
          </SelectField>
        </div>
        <Button type="submit" variant="secondary" pending={diff.isFetching}>
          Show changes
        </Button>
      </form>
      <div aria-live="polite">
        {diff.isError && <ErrorState title="We could not compare these versions" error={diff.error} />}
        {diff.data && <DiffView diff={diff.data} />}
      </div>
    </div>
  );
}
