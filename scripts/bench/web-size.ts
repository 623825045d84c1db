// Sizes the JavaScript a first load of a route fetches, from the build's chunk graph (Vite's
// manifest): the entry with everything it imports statically, plus the route's lazy page chunk and
// its static imports. Bytes are those the server sends: the brotli twin written at build time.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
}
type Manifest = Record<string, ManifestChunk>;

export interface RouteSize {
  route: string;
  files: number;
  rawBytes: number;
  brotliBytes: number;
  gzipBytes: number;
}

/** The page module each measured route loads lazily (see apps/web/src/router.tsx). */
export const ROUTE_PAGES: Record<string, string> = {
  '/login': 'src/pages/LoginPage.tsx',
  '/': 'src/pages/HomePage.tsx',
  '/content/new': 'src/pages/content/NewContentPage.tsx',
};

function readManifest(distDir: string): Manifest {
  return JSON.parse(readFileSync(join(distDir, '.vite', 'manifest.json'), 'utf8')) as Manifest;
}

function withStaticImports(manifest: Manifest, key: string, into: Set<string>): void {
  if (into.has(key)) return;
  const chunk = manifest[key];
  if (!chunk) throw new Error(`${key} is not in the build manifest: rebuild the web app`);
  into.add(key);
  for (const imported of chunk.imports ?? []) withStaticImports(manifest, imported, into);
}

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

/** A file too small to be precompressed goes out as it is. */
function sentSize(path: string, suffix: '.br' | '.gz'): number {
  return sizeOf(`${path}${suffix}`) || sizeOf(path);
}

export function routeSizes(distDir: string): RouteSize[] {
  const manifest = readManifest(distDir);
  const entry = Object.keys(manifest).find((key) => manifest[key]?.isEntry);
  if (!entry) throw new Error('The build manifest has no entry chunk');
  return Object.entries(ROUTE_PAGES).map(([route, page]) => {
    const keys = new Set<string>();
    withStaticImports(manifest, entry, keys);
    withStaticImports(manifest, page, keys);
    const files = [...keys].map((key) => join(distDir, manifest[key]?.file ?? ''));
    const js = files.filter((file) => file.endsWith('.js'));
    return {
      route,
      files: js.length,
      rawBytes: js.reduce((sum, file) => sum + sizeOf(file), 0),
      brotliBytes: js.reduce((sum, file) => sum + sentSize(file, '.br'), 0),
      gzipBytes: js.reduce((sum, file) => sum + sentSize(file, '.gz'), 0),
    };
  });
}
