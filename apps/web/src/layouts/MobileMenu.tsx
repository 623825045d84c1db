// The navigation below 1280 px: one "Menu" button instead of a nav that wraps onto three lines. Open,
// it is a panel under the header with focus kept inside it (Tab cycles, Escape or a link closes it,
// focus returns to the button), which is how a disclosure-style menu must behave for keyboard users.
import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { useLocation } from 'react-router';

const FOCUSABLE = 'a[href], button:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** Keeps Tab and Shift+Tab inside `panel` plus the toggle button; Escape closes. */
function useFocusTrap(open: boolean, close: () => void, toggle: React.RefObject<HTMLButtonElement | null>) {
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        close();
        toggle.current?.focus();
        return;
      }
      if (event.key !== 'Tab' || !panel.current) return;
      const items = [toggle.current, ...panel.current.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
        (item): item is HTMLElement => item !== null,
      );
      const first = items[0];
      const last = items[items.length - 1];
      if (event.shiftKey && document.activeElement === first) {
        event.preventDefault();
        last?.focus();
      } else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault();
        first?.focus();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    panel.current?.querySelector<HTMLElement>(FOCUSABLE)?.focus();
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [open, close, toggle]);
  return panel;
}

export function MobileMenu({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const { pathname } = useLocation();
  const close = useRef(() => setOpen(false)).current;
  const panel = useFocusTrap(open, close, toggle);
  // Following a link closes the menu.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on navigation only.
  useEffect(() => setOpen(false), [pathname]);
  return (
    <div className="xl:hidden">
      <button
        ref={toggle}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
        className="rounded-lg bg-white px-3 py-2 text-sm font-semibold text-slate-800 shadow-sm ring-1 ring-slate-300 ring-inset hover:bg-slate-50"
      >
        {open ? 'Close menu' : 'Menu'}
      </button>
      <div
        ref={panel}
        id={panelId}
        hidden={!open}
        className="absolute inset-x-0 top-full z-40 border-b border-slate-200 bg-white px-4 py-3 shadow-lg"
      >
        {children}
      </div>
    </div>
  );
}
