// One import's progress while it runs (the counters move batch by batch) and, once done, what was
// imported, skipped as already there, and refused: each refused row with its line and reason.
import type { AnalyticsImport } from '@brandwright/contracts';
import { Alert } from '../../../components/Alert';
import { useImport } from './imports-api';

const STATUS_LABEL: Record<AnalyticsImport['status'], string> = {
  queued: 'Waiting to start…',
  running: 'Importing…',
  done: 'Done',
  failed: 'Failed',
};

function Counters({ item }: { item: AnalyticsImport }) {
  const refused = item.rowsRead - item.imported - item.skipped;
  const figures: [string, number][] = [
    ['Rows read', item.rowsRead],
    ['Imported', item.imported],
    ['Already there (skipped)', item.skipped],
    ['Refused', refused],
  ];
  return (
    <dl className="grid grid-cols-2 gap-4 sm:grid-cols-4">
      {figures.map(([label, value]) => (
        <div key={label} className="rounded-lg bg-slate-50 p-3">
          <dt className="text-xs text-slate-600">{label}</dt>
          <dd className="text-xl font-semibold text-slate-900">{value.toLocaleString()}</dd>
        </div>
      ))}
    </dl>
  );
}

function RefusedRows({ item }: { item: AnalyticsImport }) {
  if (item.refused.length === 0) return null;
  const where = item.kind === 'csv' ? 'Row (as your spreadsheet numbers it)' : 'Tweet (position in the file)';
  return (
    <table className="w-full text-left text-sm">
      <caption className="mb-2 text-left font-medium text-slate-900">Rows not imported, and why</caption>
      <thead className="border-b border-slate-200 text-slate-600">
        <tr>
          <th scope="col" className="py-2 pr-4 font-medium">
            {where}
          </th>
          <th scope="col" className="py-2 font-medium">
            Reason
          </th>
        </tr>
      </thead>
      <tbody>
        {item.refused.map((row) => (
          <tr key={`${row.line}-${row.reason}`} className="border-b border-slate-100">
            <td className="py-2 pr-4 tabular-nums">{row.line}</td>
            <td className="py-2">{row.reason}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ImportStatus({ id }: { id: string }) {
  const query = useImport(id);
  const item = query.data;
  if (!item) return <p className="text-sm text-slate-600">Loading the import…</p>;
  return (
    <div className="space-y-4">
      <p className="text-sm font-medium text-slate-900" aria-live="polite">
        {item.fileName}: {STATUS_LABEL[item.status]}
      </p>
      {item.status === 'failed' && (
        <Alert tone="error" title="The import stopped">
          {item.error}
        </Alert>
      )}
      <Counters item={item} />
      <RefusedRows item={item} />
    </div>
  );
}
