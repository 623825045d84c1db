// The colours of drawn things (charts, marks) as CSS variables, defined in graphics-palette.css so
// they follow the theme; SVG attributes and Recharts props take these strings, never a literal.
import type { Platform } from '@brandwright/contracts';

export const CHART = {
  surface: 'var(--chart-surface)',
  border: 'var(--chart-border)',
  grid: 'var(--chart-grid)',
  axis: 'var(--chart-axis)',
  tick: 'var(--chart-tick)',
  text: 'var(--chart-text)',
  primary: 'var(--chart-primary)',
  followers: 'var(--chart-followers)',
  likes: 'var(--chart-likes)',
  bar: 'var(--chart-bar)',
  interval: 'var(--chart-interval)',
  reference: 'var(--chart-reference)',
  referenceLabel: 'var(--chart-reference-label)',
} as const;

/** One colour per platform, the same on every chart. */
export const PLATFORM_CHART_COLOURS: Record<Platform, string> = {
  linkedin: 'var(--chart-linkedin)',
  x: 'var(--chart-x)',
  medium: 'var(--chart-medium)',
  bluesky: 'var(--chart-bluesky)',
  mastodon: 'var(--chart-mastodon)',
};

/** Axis, grid and tooltip props shared by every Recharts chart, so none falls back to its greys. */
export const AXIS_PROPS = {
  tick: { fontSize: 11, fill: CHART.tick },
  stroke: CHART.axis,
  tickLine: { stroke: CHART.axis },
} as const;

export const TOOLTIP_PROPS = {
  contentStyle: {
    backgroundColor: CHART.surface,
    borderColor: CHART.border,
    borderRadius: 8,
    color: CHART.text,
    fontSize: 12,
  },
  labelStyle: { color: CHART.text, fontWeight: 600 },
  // Series colours are for lines (3:1); words on the tooltip take the text colour (4.5:1).
  itemStyle: { color: CHART.text },
  cursor: { stroke: CHART.axis },
} as const;
