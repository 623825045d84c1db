// Theme resolution, the pre-paint script public/theme.js (run in a VM with a stand-in window, so it
// is checked to apply the same rules as theme.ts), and the dark palette's coverage of every
// palette colour the components use.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { nextChoice, parseChoice, resolveTheme, STORAGE_KEY, THEME_CHOICES, type ThemeChoice } from './theme';

const WEB = join(import.meta.dirname, '..', '..');

/** Runs public/theme.js against a saved value and a system preference; returns data-theme. */
function runPrePaintScript(saved: string | null, systemDark: boolean, storageThrows = false): unknown {
  const dataset: Record<string, string> = {};
  const localStorage = {
    getItem: (key: string) => {
      if (storageThrows) throw new Error('SecurityError');
      return key === STORAGE_KEY ? saved : null;
    },
  };
  const window = { matchMedia: (query: string) => ({ matches: query.includes('dark') && systemDark }) };
  const document = { documentElement: { dataset } };
  runInNewContext(readFileSync(join(WEB, 'public', 'theme.js'), 'utf8'), { window, document, localStorage });
  return dataset.theme;
}

describe('theme resolution', () => {
  it('follows the system for System and overrides it for Light and Dark', () => {
    expect(resolveTheme('system', true)).toBe('dark');
    expect(resolveTheme('system', false)).toBe('light');
    expect(resolveTheme('light', true)).toBe('light');
    expect(resolveTheme('dark', false)).toBe('dark');
  });

  it('reads anything unknown as System and cycles System → Light → Dark', () => {
    expect(parseChoice(null)).toBe('system');
    expect(parseChoice('purple')).toBe('system');
    expect(parseChoice('dark')).toBe('dark');
    expect(THEME_CHOICES.map(nextChoice)).toEqual(['light', 'dark', 'system']);
  });
});

describe('public/theme.js (before first paint)', () => {
  const saved: (string | null)[] = [null, 'system', 'light', 'dark', 'garbage'];
  for (const value of saved) {
    for (const systemDark of [false, true]) {
      it(`agrees with resolveTheme for saved=${value} systemDark=${systemDark}`, () => {
        const expected = resolveTheme(parseChoice(value) as ThemeChoice, systemDark);
        expect(runPrePaintScript(value, systemDark)).toBe(expected);
      });
    }
  }

  it('follows the system when storage is blocked', () => {
    expect(runPrePaintScript('light', true, true)).toBe('dark');
  });
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.includes('.test.') ? [path] : [];
  });
}

describe('dark palette', () => {
  it('remaps every palette colour the components use (a new one needs its dark twin)', () => {
    const css = readFileSync(join(WEB, 'src', 'theme', 'dark-palette.css'), 'utf8');
    const defined = new Set([...css.matchAll(/--color-([a-z]+-\d+|white):/g)].map((m) => m[1]));
    const used = new Set<string>();
    const pattern =
      /\b(?:bg|text|border|ring|divide|outline|accent|fill|stroke|from|to|via)-([a-z]+-\d{2,3})\b/g;
    for (const file of sourceFiles(join(WEB, 'src'))) {
      for (const match of readFileSync(file, 'utf8').matchAll(pattern)) used.add(match[1] ?? '');
    }
    // 500 is the midpoint of each mirrored scale and keeps its value.
    const missing = [...used].filter((colour) => !colour.endsWith('-500') && !defined.has(colour));
    expect(used.size).toBeGreaterThan(50);
    expect(missing).toEqual([]);
    expect(defined.has('white')).toBe(true);
  });

  it('has no dark: twins (the variant matches nothing; the remapped palette darkens every class)', () => {
    const twins = sourceFiles(join(WEB, 'src')).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/(?<=[\s'"`])dark:[\w-[\]:/.]+/g)].map(
        (m) => `${file}: ${m[0]}`,
      ),
    );
    expect(twins).toEqual([]);
  });
});
