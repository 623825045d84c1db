// Platform marks drawn here as small inline SVGs (bundled, no CDN, no copied artwork): a simplified,
// recognisable shape in the platform's colour with its name as the accessible label. Colours are
// theme/graphics-palette.css variables: brand tiles stay, the black X and Medium tiles invert in dark.
import type { Platform } from '@brandwright/contracts';
import { PLATFORM_NAMES } from '@brandwright/contracts';

const ON_BRAND = 'var(--logo-on-brand)';
const INK = 'var(--logo-ink)';
const ON_INK = 'var(--logo-on-ink)';

const MARKS: Record<Platform, { fill: string; glyph: React.ReactNode }> = {
  linkedin: {
    fill: 'var(--logo-linkedin)',
    glyph: (
      <g fill={ON_BRAND}>
        <rect x="6" y="10" width="3" height="9" />
        <circle cx="7.5" cy="6.8" r="1.8" />
        <path d="M11 10h2.9v1.3c.5-.9 1.7-1.5 3-1.5 2.5 0 3.1 1.6 3.1 3.8V19h-3v-4.7c0-1.1-.2-2-1.3-2s-1.7.8-1.7 2V19h-3z" />
      </g>
    ),
  },
  x: {
    fill: INK,
    glyph: (
      <path d="M7 6h3.2l3 4.2L16.9 6h1.8l-4.7 5.4L19.2 18H16l-3.3-4.6L8.7 18H6.9l5-5.7z" fill={ON_INK} />
    ),
  },
  bluesky: {
    fill: 'var(--logo-bluesky)',
    glyph: (
      <path
        d="M12 11.2c-1-2-3.6-5.2-5.6-5.2C5 6 5 7.6 5.3 9.4c.4 2 2.2 2.7 4 2.5-2.6.5-3.4 2-1.9 3.5 2.7 2.8 3.8-.6 4.6-2.6.8 2 1.9 5.4 4.6 2.6 1.5-1.5.7-3-1.9-3.5 1.8.2 3.6-.5 4-2.5C19 7.6 19 6 17.6 6c-2 0-4.6 3.2-5.6 5.2z"
        fill={ON_BRAND}
      />
    ),
  },
  mastodon: {
    fill: 'var(--logo-mastodon)',
    glyph: (
      <path
        d="M6.5 9.5C6.5 7 8 6 12 6s5.5 1 5.5 3.5v4c0 2-1.6 3-4 3.2-1.4.1-2.6 0-3.4-.3.1 1 1 1.6 3 1.6h1.4v1.4c-3.4.6-6-.3-6.6-2.6-.4-1.4-.4-3-.4-4.3zM9.2 14h1.6v-3.3c0-.8.4-1.2 1.2-1.2s1.2.4 1.2 1.2V14h1.6v-3.6c0-1.7-1-2.6-2.8-2.6s-2.8.9-2.8 2.6z"
        fill={ON_BRAND}
      />
    ),
  },
  medium: {
    fill: INK,
    glyph: (
      <g fill={ON_INK}>
        <ellipse cx="8.6" cy="12" rx="3.6" ry="3.9" />
        <ellipse cx="14.6" cy="12" rx="1.8" ry="3.6" />
        <ellipse cx="18" cy="12" rx="0.7" ry="3.2" />
      </g>
    ),
  },
};

interface PlatformLogoProps {
  platform: Platform;
  /** Pixel size of the square mark. */
  size?: number;
  /** Decorative when the platform's name is already written next to it. */
  decorative?: boolean;
}

export function PlatformLogo({ platform, size = 20, decorative = false }: PlatformLogoProps) {
  const mark = MARKS[platform];
  const name = PLATFORM_NAMES[platform];
  const shapes = (
    <>
      <rect width="24" height="24" rx="5" fill={mark.fill} />
      {mark.glyph}
    </>
  );
  if (decorative)
    return (
      <svg width={size} height={size} viewBox="0 0 24 24" className="shrink-0" aria-hidden="true">
        {shapes}
      </svg>
    );
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      className="shrink-0"
      role="img"
      aria-label={name}
      data-platform-logo={platform}
    >
      <title>{name}</title>
      {shapes}
    </svg>
  );
}
