// When a recommendation counts as used: only once the page says it used it. "Add to calendar" opens
// the entry dialog, so the use is known only when the entry is saved (or not, when the dialog is
// closed or the save fails); "Use this topic" is used at once. The "use" feedback waits for that,
// so a topic the user never planned is not ranked down as covered.

/** What a page's use action answers: whether the recommendation was used (now or later). */
export type UseOutcome = boolean | Promise<boolean>;

/** Runs the page's use action and records the feedback only when it reports a use. */
export async function recordUseAfter(use: () => UseOutcome, record: () => void): Promise<boolean> {
  let used: boolean;
  try {
    used = await use();
  } catch {
    used = false;
  }
  if (used) record();
  return used;
}

/** A use that completes later, e.g. when a dialog saves: `begin` waits for the next `settle`. */
export interface DeferredUse {
  begin(): Promise<boolean>;
  settle(used: boolean): void;
}

export function deferredUse(): DeferredUse {
  let pending: ((used: boolean) => void) | null = null;
  return {
    begin() {
      // A use still open (its dialog replaced by another) did not happen.
      pending?.(false);
      return new Promise<boolean>((resolve) => {
        pending = resolve;
      });
    },
    settle(used) {
      pending?.(used);
      pending = null;
    },
  };
}
