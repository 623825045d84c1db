// The keyboard shortcuts, in one table: ShortcutsProvider binds from it and the help sheet (`?`)
// renders from it, so the sheet cannot list a key that does nothing or miss one that does.
// Bindings are tinykeys strings: `$mod` is Cmd on macOS and Ctrl elsewhere, a space separates the
// presses of a sequence ("g c").

export type ShortcutId =
  | 'help'
  | 'newDraft'
  | 'search'
  | 'save'
  | 'schedule'
  | 'goHome'
  | 'goContent'
  | 'goCalendar'
  | 'goSchedule';

export type ShortcutGroup = 'General' | 'Go to' | 'In the editor';

export interface Shortcut {
  id: ShortcutId;
  /** The first is shown; the others cover keyboard layouts where the key needs Shift. */
  bindings: readonly [string, ...string[]];
  description: string;
  group: ShortcutGroup;
  /** Modifier combos meant for the editor still work while typing; single letters never do. */
  whileTyping: boolean;
  /** Where it goes when no page handles it (the page handlers win: the editor's save, say). */
  to?: string;
}

export const SHORTCUTS: readonly Shortcut[] = [
  {
    id: 'help',
    bindings: ['Shift+?', '?'],
    description: 'Show keyboard shortcuts',
    group: 'General',
    whileTyping: false,
  },
  {
    id: 'newDraft',
    bindings: ['n'],
    description: 'New draft',
    group: 'General',
    whileTyping: false,
    to: '/content/new',
  },
  {
    id: 'search',
    bindings: ['/', 'Shift+/'],
    description: 'Search your content',
    group: 'General',
    whileTyping: false,
  },
  { id: 'goHome', bindings: ['g h'], description: 'Home', group: 'Go to', whileTyping: false, to: '/' },
  {
    id: 'goContent',
    bindings: ['g l'],
    description: 'Content library',
    group: 'Go to',
    whileTyping: false,
    to: '/content',
  },
  {
    id: 'goCalendar',
    bindings: ['g c'],
    description: 'Calendar',
    group: 'Go to',
    whileTyping: false,
    to: '/calendar',
  },
  {
    id: 'goSchedule',
    bindings: ['g s'],
    description: 'Schedule',
    group: 'Go to',
    whileTyping: false,
    to: '/schedule',
  },
  {
    id: 'save',
    bindings: ['$mod+s'],
    description: 'Save the draft',
    group: 'In the editor',
    whileTyping: true,
  },
  {
    id: 'schedule',
    bindings: ['$mod+Enter'],
    description: 'Schedule the piece',
    group: 'In the editor',
    whileTyping: true,
  },
];

export const SHORTCUT_GROUPS: readonly ShortcutGroup[] = ['General', 'Go to', 'In the editor'];

const KEY_NAMES: Record<string, string> = { Enter: 'Enter', Shift: 'Shift', Alt: 'Alt', Control: 'Ctrl' };

/**
 * What to print for a binding: one array of key caps per press. `Shift+?` prints as `?` (the
 * question mark is what people look for), `$mod` as ⌘ or Ctrl.
 */
export function keyCaps(binding: string, mac: boolean): string[][] {
  return binding.split(' ').map((press) => {
    const parts = press.split(/\b\+/);
    const key = parts.at(-1) ?? press;
    const mods = parts.slice(0, -1).filter((mod) => !(mod === 'Shift' && !/^[a-z0-9]$/i.test(key)));
    const modCaps = mods.map((mod) => (mod === '$mod' ? (mac ? '⌘' : 'Ctrl') : (KEY_NAMES[mod] ?? mod)));
    return [...modCaps, key.length === 1 ? key.toUpperCase() : (KEY_NAMES[key] ?? key)];
  });
}

/** True when keys typed at `target` are text: single-letter shortcuts must leave them alone. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false;
  const element = target as HTMLElement;
  if (element.isContentEditable) return true;
  if (element.closest('[contenteditable=""], [contenteditable="true"]')) return true;
  const tag = element.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag !== 'INPUT') return false;
  // Checkboxes, radios and buttons take no text: a letter there is still a shortcut.
  const type = (element as HTMLInputElement).type;
  return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(type);
}

export function isMacPlatform(platform: string): boolean {
  return /Mac|iPhone|iPad|iPod/.test(platform);
}
