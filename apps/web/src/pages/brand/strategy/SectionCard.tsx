// The frame of one strategy section: heading, its own form and Save button, the "changed
// elsewhere" notice with a reload action, form-level errors and a polite "saved" message.
import { type FormEvent, type ReactNode, useEffect, useRef } from 'react';
import { Alert, LiveMessage } from '../../../components/Alert';
import { Button } from '../../../components/Button';
import { FormErrorAlert } from '../../../components/FormErrorAlert';
import type { SectionForm } from './useSectionForm';

interface SectionCardProps<D> {
  id: string;
  title: string;
  description: string;
  form: SectionForm<D>;
  /** Accessible name of the save button, e.g. "Save value proposition". */
  saveLabel: string;
  children: ReactNode;
  /** Extra controls beside the save button. */
  actions?: ReactNode;
}

export function SectionCard<D>({
  id,
  title,
  description,
  form,
  saveLabel,
  children,
  actions,
}: SectionCardProps<D>) {
  const headingId = `${id}-heading`;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    form.save();
  }

  return (
    <section
      id={id}
      aria-labelledby={headingId}
      className="scroll-mt-6 rounded-xl border border-slate-200 bg-white shadow-sm"
    >
      <div className="border-b border-slate-200 px-6 py-4">
        <h2 id={headingId} className="text-base font-semibold text-slate-900">
          {title}
        </h2>
        <p className="mt-1 text-sm text-slate-600">{description}</p>
      </div>
      <form ref={form.formRef} noValidate onSubmit={onSubmit}>
        <div className="space-y-6 px-6 py-6">
          {form.stale && <StaleNotice onReload={form.reload} />}
          <FormErrorAlert message={form.formError} details={[]} />
          {children}
        </div>
        <div className="flex flex-wrap items-center gap-4 border-t border-slate-200 px-6 py-4">
          <Button type="submit" pending={form.pending} pendingLabel="Saving…">
            {saveLabel}
          </Button>
          {actions}
          {form.dirty && !form.pending && <span className="text-sm text-slate-600">Unsaved changes</span>}
          <LiveMessage tone={form.notice?.startsWith('Saved') ? 'success' : 'info'} message={form.notice} />
        </div>
      </form>
    </section>
  );
}

function StaleNotice({ onReload }: { onReload: () => Promise<void> }) {
  const ref = useRef<HTMLDivElement>(null);
  // The alert is announced; focus goes to its action so the keyboard is already where it is needed.
  useEffect(() => ref.current?.querySelector('button')?.focus(), []);
  return (
    <div ref={ref}>
      <Alert tone="error" title="This strategy was changed somewhere else">
        <p>
          Someone (perhaps you, in another tab) saved a newer version, so this change was not saved. Reload to
          get the latest version, then make your change again.
        </p>
        <Button variant="secondary" className="mt-3" onClick={() => void onReload()}>
          Reload latest version
        </Button>
      </Alert>
    </div>
  );
}
