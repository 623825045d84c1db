// Loading indicators: an inline spinner and a full-area loader that announces itself as busy.
const sizes = { sm: 'size-4 border-2', md: 'size-6 border-2', lg: 'size-10 border-[3px]' } as const;

export function Spinner({ size = 'md' }: { size?: keyof typeof sizes }) {
  return (
    <span
      aria-hidden="true"
      className={`${sizes[size]} inline-block animate-spin rounded-full border-current border-r-transparent`}
    />
  );
}

/** Centered spinner with a screen-reader label; fills its container while data loads. */
export function PageLoader({ label = 'Loading…' }: { label?: string }) {
  return (
    <div
      className="flex min-h-[50vh] flex-col items-center justify-center gap-3 text-indigo-700"
      aria-busy="true"
      role="status"
    >
      <Spinner size="lg" />
      <span className="text-sm text-slate-600">{label}</span>
    </div>
  );
}
