// The preload table (vite.route-preload.ts) repeats router.tsx's page modules, because the build
// needs them as file names: this test fails when a page is added to the router but not the table.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROUTE_PAGES } from '../vite.route-preload';

const router = readFileSync(join(__dirname, 'router.tsx'), 'utf8');
const routedPages = [...router.matchAll(/import\('\.\/(pages\/[^']+)'\)/g)].map((m) => `src/${m[1]}.tsx`);

describe('route preloads', () => {
  test('cover every page the router loads lazily', () => {
    expect(routedPages.length).toBeGreaterThan(20);
    const tabled = new Set(Object.values(ROUTE_PAGES));
    expect(routedPages.filter((page) => !tabled.has(page))).toEqual([]);
  });

  test('name only pages the router loads', () => {
    const routed = new Set(routedPages);
    expect(Object.values(ROUTE_PAGES).filter((page) => !routed.has(page))).toEqual([]);
  });
});
