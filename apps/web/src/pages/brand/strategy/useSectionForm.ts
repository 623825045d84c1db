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
import { useEffect, useRef, useState } from 'react';
import { type FieldErrors, isApiError } from '../../../api/errors';
import { describeError } from '../../../components/ErrorState';
import { friendlyMessage } from '../../../lib/zodMessages';
import { brandKeys, useUpdateStrategy } from '../../../queries/brand';

interface Options<V, D> {
  strategy: StoredStrategy;
  /** The part of the strategy this section edits. */
  select: (strategy: Strategy) => V;
  toDraft: (value: V) => D;
  toPatch: (draft: D) => StrategyPatch;
}

export interface SectionFormError {
  message: string;
  details: string[];
}

function errorsByPath(issues: readonly { path: readonly PropertyKey[]; message: string }[]): FieldErrors {
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

export function useSectionForm<V, D>({ strategy, select, toDraft, toPatch }: Options<V, D>) {
  const queryClient = useQueryClient();
  const mutation = useUpdateStrategy();
  const stored = select(strategy.strategy);
  const [draft, setDraft] = useState(() => toDraft(stored));
  const [dirty, setDirty] = useState(false);
  const [synced, setSynced] = useState(stored);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<SectionFormError | null>(null);
  const [stale, setStale] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [failures, setFailures] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);

  // Another section's save (or a reload) brought a new copy: adopt it unless the user is editing.
  if (synced !== stored) {
    setSynced(stored);
    if (!dirty) setDraft(toDraft(stored));
  }

  useEffect(() => {
    if (failures === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [failures]);

  function update(next: (prev: D) => D) {
    setDraft(next);
    setDirty(true);
    setNotice(null);
  }

  function onSaveError(error: unknown) {
    if (isApiError(error) && error.status === 412) setStale(true);
    else {
      const fieldErrors = isApiError(error) ? errorsByPath(error.fieldProblems.map(toIssue)) : {};
      setErrors(fieldErrors);
      setFormError({ message: describeError(error), details: [] });
    }
    setFailures((n) => n + 1);
  }

  function save() {
    if (mutation.isPending) return;
    setFormError(null);
    setStale(false);
    setNotice(null);
    const parsed = strategyPatchSchema.safeParse(toPatch(draft), { error: friendlyMessage });
    if (!parsed.success) {
      setErrors(errorsByPath(parsed.error.issues));
      setFailures((n) => n + 1);
      return;
    }
    setErrors({});
    mutation.mutate(parsed.data, {
      onSuccess: (saved) => {
        setDirty(false);
        setDraft(toDraft(select(saved.strategy)));
        setNotice(`Saved. Your strategy is now version ${saved.version}.`);
      },
      onError: onSaveError,
    });
  }

  /** After a 412: load the latest version and start this section over from it. */
  async function reload() {
    await queryClient.refetchQueries({ queryKey: brandKeys.strategy, exact: true });
    void queryClient.invalidateQueries({ queryKey: brandKeys.versions });
    const latest = queryClient.getQueryData<StoredStrategy | null>(brandKeys.strategy);
    setStale(false);
    setErrors({});
    setDirty(false);
    if (latest) {
      setDraft(toDraft(select(latest.strategy)));
      setNotice(`Loaded the latest version (${latest.version}).`);
    }
  }

  return {
    formRef,
    draft,
    update,
    save,
    reload,
    dirty,
    errors,
    formError,
    stale,
    notice,
    pending: mutation.isPending,
  };
}

function toIssue(problem: { path: string; message: string }): { path: string[]; message: string } {
  return { path: problem.path.split('.'), message: problem.message };
}

export type SectionForm<D> = ReturnType<typeof useSectionForm<unknown, D>>;
