// The editor form for one piece (new or stored): fields, the composer or the article editor, Save
// and autosave. A 412 (someone saved a newer version meanwhile) offers to keep this text or load
// theirs; text not yet on the server is offered back after a reload.
import type { Content } from '@brandwright/contracts';
import { type FormEvent, lazy, Suspense, useId, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import type { FieldErrors } from '../../../api/errors';
import { isApiError } from '../../../api/errors';
import { LiveMessage } from '../../../components/Alert';
import { Button } from '../../../components/Button';
import { describeError } from '../../../components/ErrorState';
import { FormErrorAlert } from '../../../components/FormErrorAlert';
import { submitErrors } from '../../../lib/forms';
import { useShortcut } from '../../../shortcuts/ShortcutsProvider';
import type { PendingEditFeedback } from '../generate/useVariantChoice';
import { Composer } from './Composer';
import { DraftFields } from './DraftFields';
import { checkDraft, DRAFT_FIELDS, type Draft, draftOf } from './draft';
import { AutosaveStatus, ConflictAlert, UnsavedBackup } from './EditorNotices';
import { LiveScores } from './LiveScores';
import { readBackup, useAutosave } from './useAutosave';
import { useSaveDraft } from './useSaveDraft';

// Tiptap is large and only articles need it: load it on first use.
const ArticleEditor = lazy(async () => ({ default: (await import('./ArticleEditor')).ArticleEditor }));

/** What the scores read: the text as written (an article's HTML as its words). */
function readableBody(draft: Draft): string {
  if (draft.type !== 'article') return draft.body;
  return new DOMParser().parseFromString(draft.body, 'text/html').body.textContent ?? '';
}

interface ContentEditorProps {
  piece: Content | null;
  pillars: readonly string[];
  editFeedback: PendingEditFeedback | null;
  /** Fetch the newest stored version and start over from it (after a 412). */
  onReload: () => void;
  /** Fetch the newest stored version and keep the text being edited (to save it over). */
  onLatest: () => Promise<unknown>;
}

export function ContentEditor({ piece, pillars, editFeedback, onReload, onLatest }: ContentEditorProps) {
  const navigate = useNavigate();
  const formRef = useRef<HTMLFormElement>(null);
  const articleLabel = useId();
  const [backup, setBackup] = useState(() => readBackup(piece));
  const [draft, setDraft] = useState<Draft>(() => draftOf(piece));
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const [notice, setNotice] = useState<string | null>(null);
  const save = useSaveDraft(piece, editFeedback);
  const server = submitErrors(save.error, DRAFT_FIELDS);
  const conflict = isApiError(save.error) && save.error.status === 412;
  const errors = { ...server.fields, ...clientErrors };
  const autosave = useAutosave({
    piece,
    draft,
    save: (d) => save.mutate({ draft: d, autosave: true }),
    saving: save.isPending,
    failed: save.isError,
    paused: conflict || backup !== null,
  });

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
    save.mutate(
      { draft },
      {
        onError: focusInvalid,
        onSuccess: (outcome) => {
          if (outcome.kind === 'created') {
            autosave.release();
            void navigate(`/content/${outcome.piece.id}`, { replace: true });
          } else if (outcome.kind === 'unchanged') setNotice('Everything is already saved.');
          else {
            setNotice('Saved.');
            // Forget the "edit of a variant" state so a reload does not send the feedback again.
            if (editFeedback) void navigate('.', { replace: true, state: null });
          }
        },
      },
    );
  }

  useShortcut('save', () => formRef.current?.requestSubmit());
  const update = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  return (
    <form ref={formRef} onSubmit={submit} noValidate className="space-y-5">
      {backup && (
        <UnsavedBackup
          onRestore={() => {
            setDraft(backup);
            setBackup(null);
          }}
          onDiscard={() => {
            setBackup(null);
            setDraft(draftOf(piece));
          }}
        />
      )}
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
      <LiveScores platform={draft.platforms[0] ?? 'linkedin'} text={readableBody(draft)} />
      {conflict ? (
        <ConflictAlert
          onKeepMine={() => void onLatest().then(() => save.mutate({ draft }))}
          onLoadTheirs={onReload}
        />
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
        {piece && <AutosaveStatus state={autosave.state} />}
      </div>
    </form>
  );
}
