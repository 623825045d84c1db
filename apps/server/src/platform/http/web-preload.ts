// Route-specific index.html: the web build lists, per route, the lazy chunks a first load of it
// fetches (dist/.vite/route-preloads.json, apps/web/vite.route-preload.ts). For those routes the
// page is index.html with a <link rel="modulepreload"> for each, so the browser fetches them beside
// the entry rather than after the entry has run. Built once at start, compressed once, like the
// build's own twins; routes not listed (and builds without the file) get the plain index.html.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

export interface RoutePage {
  html: string;
  br: Buffer;
  gzip: Buffer;
}

interface Pattern {
  segments: string[];
  page: RoutePage;
}

/** Matches a request path to a route page: exact routes first, then `:name` segments. */
export type RoutePageFinder = (path: string) => RoutePage | undefined;

const segmentsOf = (path: string) => path.split('/').filter(Boolean);

function withPreloads(index: string, files: string[]): string {
  const safe = files.filter((file) => /^\/assets\/[\w.-]+\.js$/.test(file));
  const links = safe.map((file) => `<link rel="modulepreload" crossorigin href="${file}">`).join('');
  return index.replace('</head>', `${links}</head>`);
}

function pageOf(html: string): RoutePage {
  return { html, br: brotliCompressSync(html), gzip: gzipSync(html, { level: 9 }) };
}

export function loadRoutePages(root: string): RoutePageFinder {
  const listPath = join(root, '.vite', 'route-preloads.json');
  if (!existsSync(listPath)) return () => undefined;
  const index = readFileSync(join(root, 'index.html'), 'utf8');
  const list = JSON.parse(readFileSync(listPath, 'utf8')) as Record<string, string[]>;
  const exact = new Map<string, RoutePage>();
  const patterns: Pattern[] = [];
  for (const [route, files] of Object.entries(list)) {
    const page = pageOf(withPreloads(index, files));
    if (route.includes(':')) patterns.push({ segments: segmentsOf(route), page });
    else exact.set(route, page);
  }
  return (path) => {
    const wanted = path.length > 1 ? path.replace(/\/+$/, '') : path;
    const found = exact.get(wanted);
    if (found) return found;
    const segments = segmentsOf(wanted);
    return patterns.find(
      (pattern) =>
        pattern.segments.length === segments.length &&
        pattern.segments.every((segment, i) => segment.startsWith(':') || segment === segments[i]),
    )?.page;
  };
}

/** The best encoding of `page` the request accepts (brotli, then gzip, then none). */
export function encodingFor(acceptEncoding: string | undefined): 'br' | 'gzip' | undefined {
  const accepted = (acceptEncoding ?? '').toLowerCase();
  if (/\bbr\b/.test(accepted)) return 'br';
  if (/\bgzip\b/.test(accepted)) return 'gzip';
  return undefined;
}
