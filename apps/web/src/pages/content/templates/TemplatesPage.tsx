// `/content/templates`: the built-in template library (read-only) and the user's own templates,
// which they can create, edit and delete.
import type { ContentTemplate, CreateTemplateInput } from '@brandwright/contracts';
import { useMutation } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { LiveMessage } from '../../../components/Alert';
import { Button } from '../../../components/Button';
import { describeError, ErrorState } from '../../../components/ErrorState';
import { FormErrorAlert } from '../../../components/FormErrorAlert';
import { PageLoader } from '../../../components/Spinner';
import {
  useCreateTemplate,
  useDeleteTemplate,
  useTemplates,
  useUpdateTemplate,
} from '../../../queries/content';
import { TemplateForm } from './TemplateForm';

export function TemplatesPage() {
  const templates = useTemplates();
  const [notice, setNotice] = useState<string | null>(null);
  if (templates.isPending) return <PageLoader label="Loading templates…" />;
  if (templates.isError)
    return (
      <ErrorState
        error={templates.error}
        onRetry={() => void templates.refetch()}
        retrying={templates.isFetching}
      />
    );
  const own = templates.data.filter((t) => !t.builtin);
  const builtins = templates.data.filter((t) => t.builtin);
  return (
    <div className="space-y-8">
      <title>Templates · Brandwright</title>
      <div>
        <Link to="/content" className="text-sm font-medium text-indigo-800 hover:underline">
          ← All content
        </Link>
        <h1 className="mt-2 text-3xl font-semibold tracking-tight text-slate-900">Templates</h1>
        <p className="mt-1 text-sm text-slate-600">Structures Brandwright follows when it writes.</p>
      </div>
      <LiveMessage tone="success" message={notice} />
      <section
        aria-labelledby="own-heading"
        className="space-y-4 rounded-xl border border-slate-200 bg-white p-6 shadow-sm"
      >
        <h2 id="own-heading" className="text-lg font-semibold text-slate-900">
          Your templates ({own.length})
        </h2>
        {own.length === 0 && <p className="text-sm text-slate-600">You have no templates of your own yet.</p>}
        <ul className="divide-y divide-slate-200">
          {own.map((t) => (
            <OwnTemplate key={t.id} template={t} onNotice={setNotice} />
          ))}
        </ul>
        <NewTemplate onNotice={setNotice} />
      </section>
      <section
        aria-labelledby="builtin-heading"
        className="space-y-4 rounded-xl border border-slate-200 bg-white p-6 shadow-sm"
      >
        <h2 id="builtin-heading" className="text-lg font-semibold text-slate-900">
          Built-in templates
        </h2>
        <ul className="divide-y divide-slate-200">
          {builtins.map((t) => (
            <li key={t.id} className="py-3">
              <TemplateSummary template={t} />
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

function TemplateSummary({ template }: { template: ContentTemplate }) {
  return (
    <div className="space-y-1">
      <p className="font-semibold text-slate-900">
        {template.name}{' '}
        <span className="text-xs font-normal text-slate-500">· {template.format.replace('_', ' ')}</span>
      </p>
      {template.description && <p className="text-sm text-slate-700">{template.description}</p>}
      <p className="text-sm whitespace-pre-wrap text-slate-600">{template.structure}</p>
    </div>
  );
}

function NewTemplate({ onNotice }: { onNotice: (message: string) => void }) {
  const [open, setOpen] = useState(false);
  const create = useCreateTemplate();
  // One key per opened form, so a retried create makes one template.
  const key = useRef(crypto.randomUUID());
  const mutation = useMutation({
    mutationFn: (input: CreateTemplateInput) => create.mutateAsync({ input, key: key.current }),
  });
  if (!open) return <Button onClick={() => setOpen(true)}>New template</Button>;
  return (
    <div className="rounded-lg border border-slate-200 p-4">
      <h3 className="mb-3 font-semibold text-slate-900">New template</h3>
      <TemplateForm
        mutation={mutation}
        submitLabel="Create template"
        onCancel={() => setOpen(false)}
        onDone={() => {
          key.current = crypto.randomUUID();
          setOpen(false);
          onNotice('Template created.');
        }}
      />
    </div>
  );
}

function OwnTemplate({
  template,
  onNotice,
}: {
  template: ContentTemplate;
  onNotice: (message: string) => void;
}) {
  const [mode, setMode] = useState<'view' | 'edit' | 'delete'>('view');
  const update = useUpdateTemplate();
  const remove = useDeleteTemplate();
  const mutation = useMutation({
    mutationFn: (patch: CreateTemplateInput) => update.mutateAsync({ id: template.id, patch }),
  });
  if (mode === 'edit')
    return (
      <li className="py-3">
        <TemplateForm
          initial={template}
          mutation={mutation}
          submitLabel="Save template"
          onCancel={() => setMode('view')}
          onDone={() => {
            setMode('view');
            onNotice('Template saved.');
          }}
        />
      </li>
    );
  return (
    <li className="space-y-2 py-3">
      <TemplateSummary template={template} />
      {mode === 'delete' ? (
        <fieldset className="flex flex-wrap items-center gap-3">
          <legend className="sr-only">Delete {template.name}?</legend>
          <span className="text-sm text-slate-800">Delete “{template.name}” for good?</span>
          <Button
            variant="danger"
            pending={remove.isPending}
            onClick={() => remove.mutate(template.id, { onSuccess: () => onNotice('Template deleted.') })}
          >
            Delete template
          </Button>
          <Button variant="secondary" onClick={() => setMode('view')}>
            Cancel
          </Button>
        </fieldset>
      ) : (
        <div className="flex gap-2">
          <Button variant="secondary" className="px-3 py-1.5" onClick={() => setMode('edit')}>
            Edit<span className="sr-only"> {template.name}</span>
          </Button>
          <Button variant="ghost" className="px-3 py-1.5" onClick={() => setMode('delete')}>
            Delete<span className="sr-only"> {template.name}</span>
          </Button>
        </div>
      )}
      {remove.isError && <FormErrorAlert message={describeError(remove.error)} details={[]} />}
    </li>
  );
}
