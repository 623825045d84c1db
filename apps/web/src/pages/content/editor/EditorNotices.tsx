// What the editor says about saving: the autosave state, a conflict with a newer version saved
// elsewhere (keep this text or load theirs: either way nothing is lost), and unsaved text kept from
// an earlier visit.
import { Alert } from '../../../components/Alert';
import { Button } from '../../../components/Button';
import type { AutosaveState } from './useAutosave';

const STATE_WORDS: Record<AutosaveState, string> = {
  saved: 'All changes saved',
  unsaved: 'Unsaved changes…',
  saving: 'Saving…',
  failed: 'Not saved yet: your text is kept in this browser',
};

export function AutosaveStatus({ state }: { state: AutosaveState }) {
  return (
    <output
      aria-live="polite"
      className={`text-sm ${state === 'failed' ? 'text-red-800' : 'text-slate-600'}`}
    >
      {STATE_WORDS[state]}
    </output>
  );
}

export function ConflictAlert({
  onKeepMine,
  onLoadTheirs,
}: {
  onKeepMine: () => void;
  onLoadTheirs: () => void;
}) {
  return (
    <Alert tone="error" title="Someone saved a newer version">
      <p>
        This piece changed since you opened it (perhaps in another tab). Keep your text as the newest version,
        or load theirs; the other stays in the history either way.
      </p>
      <div className="mt-3 flex flex-wrap gap-3">
        <Button onClick={onKeepMine}>Keep my text</Button>
        <Button variant="secondary" onClick={onLoadTheirs}>
          Load the newer version
        </Button>
      </div>
    </Alert>
  );
}

export function UnsavedBackup({ onRestore, onDiscard }: { onRestore: () => void; onDiscard: () => void }) {
  return (
    <Alert tone="info" title="You have unsaved changes from earlier">
      <p>This browser kept text you had not saved yet. Restore it to carry on, or discard it.</p>
      <div className="mt-3 flex flex-wrap gap-3">
        <Button onClick={onRestore}>Restore my changes</Button>
        <Button variant="secondary" onClick={onDiscard}>
          Discard them
        </Button>
      </div>
    </Alert>
  );
}
