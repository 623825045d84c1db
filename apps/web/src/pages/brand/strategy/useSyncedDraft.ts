// A draft of a value the server owns. While the user has not touched it, the draft follows the
// server's copy (e.g. after another section's save brings a new version); once edited, it is the
// user's until saved or reset.
import { useState } from 'react';

export function useSyncedDraft<V, D>(stored: V, toDraft: (value: V) => D) {
  const [draft, setDraft] = useState(() => toDraft(stored));
  const [dirty, setDirty] = useState(false);
  const [synced, setSynced] = useState(stored);

  // Adjusting state while rendering (not in an effect) avoids a frame showing the stale draft.
  if (synced !== stored) {
    setSynced(stored);
    if (!dirty) setDraft(toDraft(stored));
  }

  return {
    draft,
    dirty,
    update: (next: (prev: D) => D) => {
      setDraft(next);
      setDirty(true);
    },
    /** Starts over from `value` (what the server has now), dropping unsaved edits. */
    reset: (value: V) => {
      setDraft(toDraft(value));
      setDirty(false);
    },
  };
}
