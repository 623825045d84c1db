// Theme choice and resolution: the user picks System, Light or Dark (stored in localStorage); System
// follows prefers-color-scheme. The resolved theme is written to <html data-theme>, which the
// remapped palette in dark-palette.css keys on. public/theme.js applies the same rules before the
// first paint; this module keeps them in step afterwards (a new choice, the OS switching at dusk,
// another tab choosing).

export const THEME_CHOICES = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];
export type Theme = 'light' | 'dark';

/** Also written in public/theme.js, which cannot import this module. */
export const STORAGE_KEY = 'brandwright.theme';
const DARK_QUERY = '(prefers-color-scheme: dark)';

export const THEME_LABELS: Record<ThemeChoice, string> = { system: 'System', light: 'Light', dark: 'Dark' };

export function parseChoice(saved: string | null | undefined): ThemeChoice {
  return saved === 'light' || saved === 'dark' ? saved : 'system';
}

export function resolveTheme(choice: ThemeChoice, systemDark: boolean): Theme {
  if (choice === 'system') return systemDark ? 'dark' : 'light';
  return choice;
}

/** The choice after `choice` in System → Light → Dark → System (the header's one-button toggle). */
export function nextChoice(choice: ThemeChoice): ThemeChoice {
  return THEME_CHOICES[(THEME_CHOICES.indexOf(choice) + 1) % THEME_CHOICES.length] ?? 'system';
}

export function readChoice(): ThemeChoice {
  try {
    return parseChoice(localStorage.getItem(STORAGE_KEY));
  } catch {
    return 'system'; // storage blocked by privacy settings
  }
}

export function writeChoice(choice: ThemeChoice): void {
  try {
    if (choice === 'system') localStorage.removeItem(STORAGE_KEY);
    else localStorage.setItem(STORAGE_KEY, choice);
  } catch {
    // Storage blocked: the choice still applies to this page view.
  }
}

export function systemPrefersDark(): boolean {
  return window.matchMedia(DARK_QUERY).matches;
}

export function applyTheme(choice: ThemeChoice): Theme {
  const theme = resolveTheme(choice, systemPrefersDark());
  document.documentElement.dataset.theme = theme;
  return theme;
}

/** Calls `onChange` when the OS switches scheme or another tab saves a choice. */
export function watchThemeInputs(onChange: () => void): () => void {
  const media = window.matchMedia(DARK_QUERY);
  const onStorage = (event: StorageEvent) => {
    if (event.key === STORAGE_KEY || event.key === null) onChange();
  };
  media.addEventListener('change', onChange);
  window.addEventListener('storage', onStorage);
  return () => {
    media.removeEventListener('change', onChange);
    window.removeEventListener('storage', onStorage);
  };
}
