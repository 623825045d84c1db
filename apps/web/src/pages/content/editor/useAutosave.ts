// Autosave for a stored piece: a valid draft that differs from the saved piece is saved a moment
// after typing stops, and kept in localStorage until the server has it, so a reload, a crash or a
// conflict with another tab loses nothing. Leaving with unsaved changes asks first.
import type { Content } from '@brandwright/contracts';
import { useEffect, useRef } from 'react';
import { useBlocker } from 'react-router';
import { changesOf, checkDraft, type Draft } from './draft';

const AUTOSAVE_DELAY_MS = 1500;
const backupKey = (id: string) => `brandwright.unsaved.${id}`;

export type AutosaveState = 'saved' | 'unsaved' | 'saving' | 'failed';

/** The draft kept from an earlier visit, when it still differs from the stored piece. */
export function readBackup(piece: Content | null): Draft | null {
  if (!piece) return null;
  try {
    const raw = localStorage.getItem(backupKey(piece.id));
    const draft = raw ? (JSON.parse(raw) as Draft) : null;
    return draft && Object.keys(changesOf(piece, draft)).length > 0 ? draft : null;
  } catch {
    return null;
  }
}

function writeBackup(id: string, draft: Draft | null): void {
  try {
    if (draft) localStorage.setItem(backupKey(id), JSON.stringify(draft));
    else localStorage.removeItem(backupKey(id));
  } catch {
    // Storage full or off: autosave to the server still runs.
  }
}

interface AutosaveOptions {
  piece: Content | null;
  draft: Draft;
  /** Saves with `autosave: true`; resolves once stored. */
  save: (draft: Draft) => void;
  saving: boolean;
  failed: boolean;
  /** Off while a conflict waits for the user's decision. */
  paused: boolean;
}

/** Changed since the last save; for a new piece, anything typed at all. */
function isDirty(piece: Content | null, draft: Draft): boolean {
  if (piece) return Object.keys(changesOf(piece, draft)).length > 0;
  return draft.body.trim() !== '' || (draft.title ?? '').trim() !== '';
}

export function useAutosave({ piece, draft, save, saving, failed, paused }: AutosaveOptions) {
  const dirty = isDirty(piece, draft);
  const valid = Object.keys(checkDraft(draft)).length === 0;
  const saveRef = useRef(save);
  saveRef.current = save;

  useEffect(() => {
    // A new piece is created by its first Save (it needs the user's go); stored ones save themselves.
    if (!piece) return;
    writeBackup(piece.id, dirty ? draft : null);
    if (!dirty || !valid || paused || saving) return;
    const timer = setTimeout(() => saveRef.current(draft), AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [piece, draft, dirty, valid, paused, saving]);

  const release = useLeaveGuard(dirty);
  const state: AutosaveState = saving ? 'saving' : failed && dirty ? 'failed' : dirty ? 'unsaved' : 'saved';
  return { state, dirty, release };
}

/**
 * The browser's own prompt on reload/close, and the app's on in-app navigation, while dirty.
 * `release()` lets the next navigation through (the editor's own, after a save).
 */
function useLeaveGuard(dirty: boolean): () => void {
  const released = useRef(false);
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirty && !released.current && currentLocation.pathname !== nextLocation.pathname,
  );
  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    // A native confirm: the in-app navigation waits on the answer, as the reload prompt does.
    if (window.confirm('You have unsaved changes. Leave this page and lose them?')) blocker.proceed();
    else blocker.reset();
  }, [blocker]);
  return () => {
    released.current = true;
  };
}
