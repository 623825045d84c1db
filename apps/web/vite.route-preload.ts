// A build step that lists, per route, the lazy page chunk (and the chunks it imports) a first load
// of that route will ask for, in dist/.vite/route-preloads.json. The server puts them into that
// route's index.html as <link rel="modulepreload">, so they download beside the entry instead of
// after it has run and the router has matched the URL: one round trip less before the page renders.
import type { Plugin } from 'vite';

/**
 * Every route and the page module it loads (see src/router.tsx). A `:name` segment matches any one
 * segment. A page missing from the build fails it, so a rename is caught; a page router.tsx loads
 * that is missing here fails `src/routePreload.test.ts`.
 */
export const ROUTE_PAGES: Record<string, string> = {
  '/': 'src/pages/HomePage.tsx',
  '/login': 'src/pages/LoginPage.tsx',
  '/register': 'src/pages/RegisterPage.tsx',
  '/onboarding': 'src/pages/onboarding/OnboardingPage.tsx',
  '/brand': 'src/pages/brand/BrandIndexPage.tsx',
  '/brand/assessment': 'src/pages/brand/AssessmentPage.tsx',
  '/brand/strategy': 'src/pages/brand/strategy/StrategyPage.tsx',
  '/voice': 'src/pages/voice/VoicePage.tsx',
  '/analytics/import': 'src/pages/analytics/ImportPage.tsx',
  '/calendar': 'src/pages/calendar/CalendarPage.tsx',
  '/content': 'src/pages/content/ContentListPage.tsx',
  '/content/new': 'src/pages/content/NewContentPage.tsx',
  '/content/templates': 'src/pages/content/templates/TemplatesPage.tsx',
  '/content/:id': 'src/pages/content/ContentEditorPage.tsx',
  '/schedule': 'src/pages/publishing/SchedulePage.tsx',
  '/schedule/settings': 'src/pages/publishing/settings/PublishingSettingsPage.tsx',
  '/platforms': 'src/pages/platforms/PlatformsPage.tsx',
  '/analytics/best-times': 'src/pages/analytics/BestTimesPage.tsx',
  '/analytics/insights': 'src/pages/analytics/insights/InsightsPage.tsx',
  '/analytics/reports': 'src/pages/analytics/reports/ReportsListPage.tsx',
  '/analytics/reports/:month': 'src/pages/analytics/reports/ReportPage.tsx',
  '/analytics/platforms/:platform': 'src/pages/analytics/PlatformAnalyticsPage.tsx',
  '/settings': 'src/pages/settings/SettingsPage.tsx',
};

interface ChunkInfo {
  fileName: string;
  imports: string[];
  isEntry: boolean;
  facadeModuleId: string | null;
}

function withImports(chunks: Map<string, ChunkInfo>, fileName: string, into: Set<string>): Set<string> {
  if (into.has(fileName)) return into;
  into.add(fileName);
  for (const imported of chunks.get(fileName)?.imports ?? []) withImports(chunks, imported, into);
  return into;
}

export function routePreload(): Plugin {
  return {
    name: 'brandwright-route-preload',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = new Map<string, ChunkInfo>();
      for (const output of Object.values(bundle))
        if (output.type === 'chunk') chunks.set(output.fileName, output);
      // The entry's own static imports are already modulepreloaded by index.html.
      const shell = new Set<string>();
      for (const chunk of chunks.values()) if (chunk.isEntry) withImports(chunks, chunk.fileName, shell);
      const preloads: Record<string, string[]> = {};
      for (const [route, page] of Object.entries(ROUTE_PAGES)) {
        const chunk = [...chunks.values()].find((c) => c.facadeModuleId?.endsWith(`/${page}`));
        if (!chunk) this.error(`route-preload: no chunk for ${page} (route ${route})`);
        const files = [...withImports(chunks, chunk.fileName, new Set())].filter((file) => !shell.has(file));
        preloads[route] = files.map((file) => `/${file}`);
      }
      this.emitFile({
        type: 'asset',
        fileName: '.vite/route-preloads.json',
        source: `${JSON.stringify(preloads, null, 2)}\n`,
      });
    },
  };
}
