// One editable section of the strategy (value proposition, personas, pillars or goals): its draft,
// validation with the contract's PATCH schema, saving with If-Match, and the 412 "changed
// elsewhere" case. Errors are keyed by their full path ("contentPillars.0.share"), the same way the
// server reports them, so client and server messages land next to the same field.
import {
  type StoredStrategy,
  type Strategy,
  type StrategyPatch,
  strategyPatchSchema,
} from '@brandwright/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { type FieldErrors, isApiError } from '../../../api/errors';
import { describeError } from '../../../components/ErrorState';
import { useFocusInvalid } from '../../../lib/useFocusInvalid';
import { friendlyMessage } from '../../../lib/zodMessages';
import { brandKeys, useUpdateStrategy } from '../../../queries/brand';
import { useSyncedDraft } from './useSyncedDraft';

interface Options<V, D> {
  strategy: StoredStrategy;
  /** The part of the strategy this section edits. */
  select: (strategy: Strategy) => V;
  toDraft: (value: V) => D;
  toPatch: (draft: D) => StrategyPatch;
}

interface Issue {
  path: readonly PropertyKey[];
  message: string;
}

function errorsByPath(issues: readonly Issue[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join('.');
    if (!(key in errors)) errors[key] = issue.message;
  }
  return errors;
}

/** The error for `path`, or for one line of it ("Line 2: …") when the field is a list of lines. */
export function errorAt(errors: FieldErrors, path: string): string | undefined {
  if (errors[path]) return errors[path];
  for (const [key, message] of Object.entries(errors)) {
    const rest = key.startsWith(`${path}.`) ? key.slice(path.length + 1) : null;
    if (rest !== null && /^\d+$/.test(rest)) return `Line ${Number(rest) + 1}: ${message}`;
  }
  return undefined;
}

/** Server-side messages: a 412 means stale; field problems go beside their fields. */
function serverErrors(error: unknown): { stale: boolean; fields: FieldErrors; message: string | null } {
  if (isApiError(error) && error.status === 412) return { stale: true, fields: {}, message: null };
  const problems = isApiError(error) ? error.fieldProblems : [];
  const fields = errorsByPath(problems.map((p) => ({ path: p.path.split('.'), message: p.message })));
  return { stale: false, fields, message: describeError(error) };
}

export function useSectionForm<V, D>({ strategy, select, toDraft, toPatch }: Options<V, D>) {
  const queryClient = useQueryClient();
  const mutation = useUpdateStrategy();
  const draft = useSyncedDraft(select(strategy.strategy), toDraft);
  const { formRef, focusInvalid } = useFocusInvalid();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [stale, setStale] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  function showErrors(fields: FieldErrors, message: string | null, isStale = false) {
    setErrors(fields);
    setFormError(message);
    setStale(isStale);
    focusInvalid();
  }

  function save() {
    if (mutation.isPending) return;
    setNotice(null);
    const parsed = strategyPatchSchema.safeParse(toPatch(draft.draft), { error: friendlyMessage });
    if (!parsed.success) return showErrors(errorsByPath(parsed.error.issues), null);
    showErrors({}, null);
    mutation.mutate(parsed.data, {
      onSuccess: (saved) => {
        draft.reset(select(saved.strategy));
        setNotice(`Saved. Your strategy is now version ${saved.version}.`);
      },
      onError: (error) => {
        const server = serverErrors(error);
        showErrors(server.fields, server.message, server.stale);
      },
    });
  }

  /** After a 412: load the latest version and start this section over from it. */
  async function reload() {
    await queryClient.refetchQueries({ queryKey: brandKeys.strategy, exact: true });
    void queryClient.invalidateQueries({ queryKey: brandKeys.versions });
    const latest = queryClient.getQueryData<StoredStrategy | null>(brandKeys.strategy);
    setStale(false);
    setErrors({});
    if (!latest) return;
    draft.reset(select(latest.strategy));
    setNotice(`Loaded the latest version (${latest.version}).`);
  }

  function update(next: (prev: D) => D) {
    draft.update(next);
    setNotice(null);
  }

  return {
    formRef,
    draft: draft.draft,
    dirty: draft.dirty,
    update,
    save,
    reload,
    errors,
    formError,
    stale,
    notice,
    pending: mutation.isPending,
  };
}

export type SectionForm<D> = ReturnType<typeof useSectionForm<unknown, D>>;
