// The header's theme control: one button that steps System → Light → Dark, named with the current
// choice and the next one so a screen reader user knows what a press will do. The full choice (with
// all three options side by side) is in Settings → Appearance.
import { nextChoice, THEME_LABELS, type ThemeChoice } from './theme';
import { useThemeChoice } from './useTheme';

const ICON_PATHS: Record<ThemeChoice, string> = {
  // A monitor for "follow the system", a sun, a crescent moon.
  system: 'M3 5h18v11H3zM8 20h8M12 16v4',
  light:
    'M12 8a4 4 0 1 0 0 8 4 4 0 0 0 0-8zM12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4',
  dark: 'M20 14.5A8 8 0 0 1 9.5 4 8 8 0 1 0 20 14.5z',
};

export function ThemeIcon({ choice }: { choice: ThemeChoice }) {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 24 24"
      className="size-5"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d={ICON_PATHS[choice]} />
    </svg>
  );
}

export function ThemeToggle() {
  const [choice, setChoice] = useThemeChoice();
  const next = nextChoice(choice);
  const label = `Theme: ${THEME_LABELS[choice]}. Switch to ${THEME_LABELS[next]}`;
  return (
    <button
      type="button"
      onClick={() => setChoice(next)}
      aria-label={label}
      title={label}
      className="rounded-lg p-1.5 text-slate-700 hover:bg-slate-100 hover:text-slate-900"
    >
      <ThemeIcon choice={choice} />
    </button>
  );
}
