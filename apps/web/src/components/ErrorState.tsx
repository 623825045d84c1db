// A failed-to-load panel with a retry action, for queries and route errors alike.
import { isApiError } from '../api/errors';
import { Button } from './Button';

export function describeError(error: unknown): string {
  if (isApiError(error)) return error.detail;
  return 'Something unexpected happened. Please try again.';
}

interface ErrorStateProps {
  title?: string;
  error: unknown;
  onRetry?: () => void;
  retrying?: boolean;
}

export function ErrorState({
  title = 'We could not load this page',
  error,
  onRetry,
  retrying,
}: ErrorStateProps) {
  return (
    <div
      role="alert"
      className="mx-auto max-w-md rounded-xl border border-red-200 bg-white p-6 text-center shadow-sm"
    >
      <h2 className="text-base font-semibold text-slate-900">{title}</h2>
      <p className="mt-2 text-sm text-slate-600">{describeError(error)}</p>
      {onRetry && (
        <Button className="mt-4" variant="secondary" onClick={onRetry} pending={retrying ?? false}>
          Try again
        </Button>
      )}
    </div>
  );
}
