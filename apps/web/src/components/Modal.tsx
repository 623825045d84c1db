// An accessible modal built on the native <dialog>: showModal() makes the rest of the page inert
// (focus cannot leave the dialog) and Escape closes it. Focus returns to whatever opened it.
import { type ReactNode, useEffect, useRef } from 'react';

interface ModalProps {
  open: boolean;
  /** Called for Escape; the parent decides whether closing is allowed right now. */
  onClose: () => void;
  /** id of the element that names the dialog (usually its heading). */
  labelledBy: string;
  /** `wide` for dialogs with side-by-side content (previews, lists). */
  size?: 'normal' | 'wide';
  children: ReactNode;
}

export function Modal({ open, onClose, labelledBy, size = 'normal', children }: ModalProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!open || !dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.showModal();
    return () => {
      // Close before refocusing: while the modal is open the opener is inert and cannot take focus.
      if (dialog.open) dialog.close();
      opener?.focus();
    };
  }, [open]);

  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={labelledBy}
      onCancel={(event) => {
        // Keep React state the source of truth: the parent closes us by flipping `open`.
        event.preventDefault();
        onClose();
      }}
      className={`m-auto w-[calc(100%-2rem)] ${size === 'wide' ? 'max-w-3xl' : 'max-w-lg'} rounded-2xl border border-slate-200 bg-white p-0 text-slate-900 shadow-xl`}
    >
      {open && children}
    </dialog>
  );
}
