// The Brandwright wordmark: logo glyph plus product name. Its indigo is --logo-brandwright
// (theme/graphics-palette.css), lighter in the dark theme so the tile stands off the header.
export function BrandMark({ className = '' }: { className?: string }) {
  return (
    <span className={`inline-flex items-center gap-2 font-semibold tracking-tight ${className}`}>
      <svg aria-hidden="true" viewBox="0 0 32 32" className="size-7 shrink-0">
        <rect width="32" height="32" rx="7" fill="var(--logo-brandwright)" />
        <path d="M10 8h7.5a5 5 0 0 1 2.9 9.1A5.2 5.2 0 0 1 18 27h-8z" fill="var(--logo-on-brand)" />
        <path
          d="M14 12v3.5h3.2a1.75 1.75 0 0 0 0-3.5zm0 7.2v4h3.8a2 2 0 0 0 0-4z"
          fill="var(--logo-brandwright)"
        />
      </svg>
      <span>Brandwright</span>
    </span>
  );
}
