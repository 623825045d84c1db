// Drawn colours (charts, platform and Brandwright marks) follow the theme: no component writes a
// colour literal, every var(--chart-*) / var(--logo-*) it names is defined in graphics-palette.css,
// and each value, resolved through Tailwind's palette and the dark remap, keeps its WCAG contrast
// on the card in both themes (3:1 for lines, bars and marks, WCAG 1.4.11; 4.5:1 for words, 1.4.3).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const WEB = join(import.meta.dirname, '..', '..');
const read = (...parts: string[]) => readFileSync(join(...parts), 'utf8');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.includes('.test.') ? [path] : [];
  });
}

/** `--name: value;` declarations of the first block whose selector starts with `selector`. */
function declarations(css: string, selector: string): Map<string, string> {
  const start = css.indexOf(`${selector} {`);
  const block = start < 0 ? '' : css.slice(start, css.indexOf('}', start));
  return new Map(
    [...block.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1] ?? '', (m[2] ?? '').trim()]),
  );
}

const tailwind = declarations(
  read(WEB, '..', '..', 'node_modules', 'tailwindcss', 'theme.css'),
  '@theme default',
);
const darkPalette = declarations(read(WEB, 'src', 'theme', 'dark-palette.css'), '[data-theme="dark"]');
const graphicsCss = read(WEB, 'src', 'theme', 'graphics-palette.css');
const graphics = declarations(graphicsCss, ':root');
const darkGraphics = declarations(graphicsCss, '[data-theme="dark"]');

type Theme = 'light' | 'dark';

/** A variable's final value in a theme: the dark blocks win over :root and Tailwind's theme. */
function resolve(name: string, theme: Theme): string {
  const layers = theme === 'dark' ? [darkGraphics, darkPalette, graphics, tailwind] : [graphics, tailwind];
  const value = layers.find((layer) => layer.has(name))?.get(name);
  if (value === undefined) throw new Error(`${name} is not defined (${theme})`);
  const reference = /^var\((--[\w-]+)\)$/.exec(value);
  return reference ? resolve(reference[1] ?? '', theme) : value;
}

const srgbToLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const clamp = (c: number) => Math.min(1, Math.max(0, c));

/** Relative luminance of `#rgb`, `#rrggbb` or `oklch(L% C h)` (OKLab → linear sRGB, clipped). */
function luminance(colour: string): number {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour)?.[1];
  if (hex) {
    const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
    const [r, g, b] = [0, 2, 4].map((i) => srgbToLinear(Number.parseInt(full.slice(i, i + 2), 16) / 255));
    return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
  }
  const match = /^oklch\(([\d.]+)%\s+([\d.]+)\s+([\d.]+)\)$/.exec(colour);
  if (!match) throw new Error(`cannot read colour ${colour}`);
  const [L, C, h] = [Number(match[1]) / 100, Number(match[2]), (Number(match[3]) * Math.PI) / 180];
  const [a, b] = [C * Math.cos(h), C * Math.sin(h)];
  const l = (L + 0.3963377774 * a + 0.2158037573 * b) ** 3;
  const m = (L - 0.1055613458 * a - 0.0638541728 * b) ** 3;
  const s = (L - 0.0894841775 * a - 1.291485548 * b) ** 3;
  const red = clamp(4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s);
  const green = clamp(-1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s);
  const blue = clamp(-0.0041960863 * l - 0.7034186147 * m + 1.707614701 * s);
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
}

function contrast(one: string, other: string, theme: Theme): number {
  const [a, b] = [luminance(resolve(one, theme)), luminance(resolve(other, theme))];
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

const LINES = ['primary', 'followers', 'likes', 'bar', 'interval', 'reference', 'axis'].map(
  (n) => `--chart-${n}`,
);
const PLATFORMS = ['linkedin', 'x', 'medium', 'bluesky', 'mastodon'].map((p) => `--chart-${p}`);
const WORDS = ['tick', 'text', 'reference-label'].map((n) => `--chart-${n}`);
/** Each mark: its tile and the glyph drawn on it. */
const MARKS = [
  ['--logo-linkedin', '--logo-on-brand'],
  ['--logo-bluesky', '--logo-on-brand'],
  ['--logo-mastodon', '--logo-on-brand'],
  ['--logo-ink', '--logo-on-ink'],
  ['--logo-brandwright', '--logo-on-brand'],
] as const;

describe('drawn colours', () => {
  const sources = sourceFiles(join(WEB, 'src')).map((file) => ({ file, text: readFileSync(file, 'utf8') }));

  it('are never literals in a component (a hex, rgb(), hsl() or oklch() colour does not follow the theme)', () => {
    const literal = /['"`](?:#[0-9a-f]{3,8}|(?:rgba?|hsla?|oklch)\([^)]*\))['"`]/gi;
    const found = sources.flatMap(({ file, text }) =>
      [...text.matchAll(literal)].map((m) => `${file}: ${m[0]}`),
    );
    expect(found).toEqual([]);
  });

  it('name only variables that graphics-palette.css defines', () => {
    const named = new Set(
      sources.flatMap(({ text }) => [...text.matchAll(/var\((--(?:chart|logo)-[\w-]+)\)/g)].map((m) => m[1])),
    );
    expect(named.size).toBeGreaterThan(20);
    expect([...named].filter((name) => !graphics.has(name ?? ''))).toEqual([]);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`keep their contrast on the card in the ${theme} theme`, () => {
      const low = (names: string[], minimum: number) =>
        names
          .map((name) => [name, contrast(name, '--chart-surface', theme)] as const)
          .filter(([, ratio]) => ratio < minimum)
          .map(([name, ratio]) => `${name} ${ratio.toFixed(2)}:1`);
      expect(low([...LINES, ...PLATFORMS], 3)).toEqual([]);
      expect(low(WORDS, 4.5)).toEqual([]);
      expect(MARKS.filter(([tile, glyph]) => contrast(tile, glyph, theme) < 3)).toEqual([]);
      // The black X and Medium tiles were the ones that vanished on the dark card.
      expect(low(['--logo-ink'], 3)).toEqual([]);
    });
  }

  it('turn dark with the palette: the card and the grid differ between the themes', () => {
    expect(resolve('--chart-surface', 'light')).not.toBe(resolve('--chart-surface', 'dark'));
    expect(luminance(resolve('--chart-surface', 'dark'))).toBeLessThan(0.05);
    expect(luminance(resolve('--chart-grid', 'dark'))).toBeLessThan(
      luminance(resolve('--chart-grid', 'light')),
    );
  });
});
