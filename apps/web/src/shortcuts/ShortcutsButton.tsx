// The header's way to the shortcut sheet for people who do not know to press `?`.
import { useOpenShortcutsHelp } from './ShortcutsProvider';

export function ShortcutsButton() {
  const openHelp = useOpenShortcutsHelp();
  return (
    <button
      type="button"
      onClick={openHelp}
      aria-label="Keyboard shortcuts"
      aria-keyshortcuts="Shift+?"
      title="Keyboard shortcuts (?)"
      className="hidden rounded-lg p-1.5 text-slate-700 hover:bg-slate-100 hover:text-slate-900 sm:inline-flex"
    >
      {/* A keyboard outline. */}
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        className="size-5"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinecap="round"
      >
        <path d="M3 7h18v10H3zM7 11h.01M11 11h.01M15 11h.01M8 14h8" />
      </svg>
    </button>
  );
}
