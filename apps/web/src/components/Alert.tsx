// Inline messages: errors interrupt screen readers (role=alert), notices are announced politely.
import type { ReactNode } from 'react';

type Tone = 'error' | 'success' | 'info';

const tones: Record<Tone, string> = {
  error: 'border-red-200 bg-red-50 text-red-800',
  success: 'border-emerald-200 bg-emerald-50 text-emerald-800',
  info: 'border-indigo-200 bg-indigo-50 text-indigo-900',
};

interface AlertProps {
  tone: Tone;
  title?: string | undefined;
  children?: ReactNode;
  /** Shows a Dismiss button inside the message. */
  onDismiss?: () => void;
}

export function Alert({ tone, title, children, onDismiss }: AlertProps) {
  return (
    <div
      role={tone === 'error' ? 'alert' : 'status'}
      className={`flex items-start gap-4 rounded-lg border px-4 py-3 text-sm ${tones[tone]}`}
    >
      <div className="min-w-0 flex-1">
        {title && <p className="font-semibold">{title}</p>}
        {children && <div className={title ? 'mt-1' : ''}>{children}</div>}
      </div>
      {onDismiss && (
        <button
          type="button"
          onClick={onDismiss}
          className="shrink-0 rounded px-2 py-1 text-xs font-medium underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-current"
        >
          Dismiss
        </button>
      )}
    </div>
  );
}

/**
 * A live region that exists before its message does, so assistive technology reliably announces
 * messages that appear later (a region inserted together with its text is often skipped).
 */
export function LiveMessage({ tone, message }: { tone: Exclude<Tone, 'error'>; message: string | null }) {
  return (
    <div role="status" aria-atomic="true">
      {message && (
        <p
          className={`inline-flex items-center gap-2 rounded-lg border px-3 py-2 text-sm font-medium ${tones[tone]}`}
        >
          {tone === 'success' && (
            <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="size-4 shrink-0">
              <path
                fillRule="evenodd"
                d="M16.7 5.3a1 1 0 0 1 0 1.4l-8 8a1 1 0 0 1-1.4 0l-4-4a1 1 0 1 1 1.4-1.4L8 12.6l7.3-7.3a1 1 0 0 1 1.4 0Z"
                clipRule="evenodd"
              />
            </svg>
          )}
          {message}
        </p>
      )}
    </div>
  );
}
