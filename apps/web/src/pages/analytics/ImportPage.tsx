// `/analytics/import`: bring past posts and their numbers in from a CSV or an X archive, follow the
// import while it runs, and see which rows were refused and why.
import { useState } from 'react';
import { ImportForm } from './import/ImportForm';
import { ImportHelp } from './import/ImportHelp';
import { ImportStatus } from './import/ImportStatus';
import { useImports } from './import/imports-api';

function Card({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
      <h2 id={id} className="mb-4 text-base font-semibold text-slate-900">
        {title}
      </h2>
      {children}
    </section>
  );
}

export function ImportPage() {
  const [chosen, setChosen] = useState<string | null>(null);
  const imports = useImports();
  const current = chosen ?? imports.data?.items[0]?.id ?? null;
  return (
    <div className="space-y-8">
      <title>Import history · Brandwright</title>
      <div>
        <h1 className="text-3xl font-semibold tracking-tight text-slate-900">Import your history</h1>
        <p className="mt-2 max-w-2xl text-slate-600">
          Bring in posts you published before Brandwright, with their numbers, so analytics starts from your
          past.
        </p>
      </div>
      <div className="grid gap-8 lg:grid-cols-2">
        <Card id="upload-heading" title="Upload a file">
          <ImportForm onStarted={setChosen} />
        </Card>
        <Card id="help-heading" title="Which files work">
          <ImportHelp />
        </Card>
      </div>
      {current && (
        <Card id="progress-heading" title="Latest import">
          <ImportStatus id={current} />
        </Card>
      )}
    </div>
  );
}
