// The editor form for one piece (new or stored): fields, the composer or the article editor, and
// Save. A 412 (someone saved a newer version meanwhile) is explained with an offer to reload.
import type { Content } from '@brandwright/contracts';
import { type FormEvent, lazy, Suspense, useId, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import type { FieldErrors } from '../../../api/errors';
import { isApiError } from '../../../api/errors';
import { Alert, LiveMessage } from '../../../components/Alert';
import { Button } from '../../../components/Button';
import { describeError } from '../../../components/ErrorState';
import { FormErrorAlert } from '../../../components/FormErrorAlert';
import { submitErrors } from '../../../lib/forms';
import type { PendingEditFeedback } from '../generate/useVariantChoice';
import { Composer } from './Composer';
import { DraftFields } from './DraftFields';
import { checkDraft, DRAFT_FIELDS, type Draft, draftOf } from './draft';
import { useSaveDraft } from './useSaveDraft';

// Tiptap is large and only articles need it: load it on first use.
const ArticleEditor = lazy(async () => ({ default: (await import('./ArticleEditor')).ArticleEditor }));

interface ContentEditorProps {
  piece: Content | null;
  pillars: readonly string[];
  editFeedback: PendingEditFeedback | null;
  /** Fetch the newest stored version and start over from it (after a 412). */
  onReload: () => void;
}

export function ContentEditor({ piece, pillars, editFeedback, onReload }: ContentEditorProps) {
  const navigate = useNavigate();
  const formRef = useRef<HTMLFormElement>(null);
  const articleLabel = useId();
  const [draft, setDraft] = useState<Draft>(() => draftOf(piece));
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const [notice, setNotice] = useState<string | null>(null);
  const save = useSaveDraft(piece, editFeedback);
  const server = submitErrors(save.error, DRAFT_FIELDS);
  const conflict = isApiError(save.error) && save.error.status === 412;
  const errors = { ...server.fields, ...clientErrors };

  const focusInvalid = () =>
    requestAnimationFrame(() =>
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
    );

  function submit(event: FormEvent) {
    event.preventDefault();
    setNotice(null);
    const found = checkDraft(draft);
    setClientErrors(found);
    if (Object.keys(found).length > 0) return focusInvalid();
    save.mutate(draft, {
      onError: focusInvalid,
      onSuccess: (outcome) => {
        if (outcome.kind === 'created') void navigate(`/content/${outcome.piece.id}`, { replace: true });
        else if (outcome.kind === 'unchanged')
          setNotice('Nothing to save: no changes since the last version.');
        else {
          setNotice(`Saved as version ${outcome.piece.version}.`);
          // Forget the "edit of a variant" state so a reload does not send the feedback again.
          if (editFeedback) void navigate('.', { replace: true, state: null });
        }
      },
    });
  }

  const update = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  return (
    <form ref={formRef} onSubmit={submit} noValidate className="space-y-5">
      <DraftFields draft={draft} isNew={!piece} pillars={pillars} errors={errors} onChange={update} />
      {draft.type === 'article' ? (
        <div className="space-y-1.5">
          <span id={articleLabel} className="text-sm font-medium text-slate-800">
            Article
          </span>
          <Suspense fallback={<p className="text-sm text-slate-600">Loading the editor…</p>}>
            <ArticleEditor
              html={draft.body}
              labelledBy={articleLabel}
              onChange={(body) => update({ body })}
            />
          </Suspense>
          {errors.body && <p className="text-sm font-medium text-red-700">{errors.body}</p>}
        </div>
      ) : (
        <Composer
          type={draft.type}
          platforms={draft.platforms}
          value={draft.body}
          error={errors.body}
          onChange={(body) => update({ body })}
        />
      )}
      {conflict ? (
        <Alert tone="error" title="Someone saved a newer version">
          <p>
            This piece changed since you opened it (perhaps in another tab). Reload to see the latest version;
            your unsaved changes here will be replaced.
          </p>
          <Button variant="secondary" className="mt-3" onClick={onReload}>
            Reload latest version
          </Button>
        </Alert>
      ) : (
        save.isError && (
          <FormErrorAlert message={server.form ?? describeError(save.error)} details={server.formDetails} />
        )
      )}
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" pending={save.isPending} pendingLabel="Saving…">
          {piece ? 'Save' : 'Save draft'}
        </Button>
        <LiveMessage tone="success" message={notice} />
      </div>
    </form>
  );
}
