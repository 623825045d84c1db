// Binds the shortcut table (shortcuts.ts) to the window with tinykeys for the signed-in app. A
// shortcut runs the handler its page registered with useShortcut (the editor's save, say), else its
// default (navigate, open the help sheet, focus the content search). Nothing fires while a modal
// dialog is open, nor, for single keys, while the user is typing in a field.
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { type NavigateFunction, useNavigate } from 'react-router';
import { tinykeys } from 'tinykeys';
import { focusSearch } from './focusSearch';
import { ShortcutsHelp } from './ShortcutsHelp';
import { isTypingTarget, SHORTCUTS, type Shortcut, type ShortcutId } from './shortcuts';

type Handler = () => void;

interface ShortcutsContextValue {
  register: (id: ShortcutId, handler: Handler) => () => void;
  openHelp: () => void;
}

const ShortcutsContext = createContext<ShortcutsContextValue | null>(null);

/** The shortcut's default action when no page registered one; false when it has none. */
function defaultAction(shortcut: Shortcut, navigate: NavigateFunction, openHelp: Handler): Handler | null {
  if (shortcut.id === 'help') return openHelp;
  if (shortcut.id === 'search') return () => focusSearch(navigate);
  const to = shortcut.to;
  return to ? () => void navigate(to) : null;
}

function useBindings(handlers: Map<ShortcutId, Handler[]>, openHelp: Handler) {
  const navigate = useNavigate();
  useEffect(() => {
    const map: Record<string, (event: KeyboardEvent) => void> = {};
    for (const shortcut of SHORTCUTS) {
      const run = (event: KeyboardEvent) => {
        if (event.repeat || document.querySelector('dialog[open]')) return;
        if (!shortcut.whileTyping && isTypingTarget(event.target)) return;
        const action = handlers.get(shortcut.id)?.at(-1) ?? defaultAction(shortcut, navigate, openHelp);
        if (!action) return; // e.g. Ctrl+S outside the editor: leave it to the browser
        event.preventDefault();
        action();
      };
      for (const binding of shortcut.bindings) map[binding] = run;
    }
    return tinykeys(window, map);
  }, [handlers, navigate, openHelp]);
}

export function ShortcutsProvider({ children }: { children: ReactNode }) {
  // One map for the provider's life, mutated by register: re-binding on every page would be churn.
  const handlers = useRef(new Map<ShortcutId, Handler[]>()).current;
  const [helpOpen, setHelpOpen] = useState(false);
  const openHelp = useCallback(() => setHelpOpen(true), []);
  useBindings(handlers, openHelp);
  const value = useMemo<ShortcutsContextValue>(
    () => ({
      openHelp,
      register: (id, handler) => {
        handlers.set(id, [...(handlers.get(id) ?? []), handler]);
        return () =>
          handlers.set(
            id,
            (handlers.get(id) ?? []).filter((h) => h !== handler),
          );
      },
    }),
    [handlers, openHelp],
  );
  return (
    <ShortcutsContext.Provider value={value}>
      {children}
      <ShortcutsHelp open={helpOpen} onClose={() => setHelpOpen(false)} />
    </ShortcutsContext.Provider>
  );
}

/**
 * Lets a page handle a shortcut while it is mounted (the newest registration wins). The handler
 * may change every render; the latest one runs. Outside the provider (tests, guest pages) a no-op.
 */
export function useShortcut(id: ShortcutId, handler: Handler): void {
  const context = useContext(ShortcutsContext);
  const latest = useRef(handler);
  latest.current = handler;
  const register = context?.register;
  useEffect(() => register?.(id, () => latest.current()), [register, id]);
}

export function useOpenShortcutsHelp(): Handler {
  return useContext(ShortcutsContext)?.openHelp ?? (() => undefined);
}
