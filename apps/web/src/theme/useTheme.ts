// React access to the theme choice: one store shared by every control (header toggle, mobile menu,
// Settings), so changing it in one place updates the others, and the <html> attribute is kept in
// step with the choice, the OS scheme and other tabs.
import { useSyncExternalStore } from 'react';
import { applyTheme, readChoice, type ThemeChoice, watchThemeInputs, writeChoice } from './theme';

const listeners = new Set<() => void>();
let current: ThemeChoice | null = null;

function notify() {
  current = readChoice();
  applyTheme(current);
  for (const listener of listeners) listener();
}

let started = false;

/** Called once at start-up (main.tsx): follow the OS and other tabs on every page, signed in or not. */
export function startThemeSync(): void {
  if (started) return;
  started = true;
  watchThemeInputs(notify);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function snapshot(): ThemeChoice {
  current ??= readChoice();
  return current;
}

export function setThemeChoice(choice: ThemeChoice): void {
  writeChoice(choice);
  notify();
}

export function useThemeChoice(): [ThemeChoice, (choice: ThemeChoice) => void] {
  return [useSyncExternalStore(subscribe, snapshot), setThemeChoice];
}
