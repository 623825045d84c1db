// Build and dev-server configuration of the web app. The server serves dist/ at `/` in production.
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from './vite.precompress.ts';
import { routePreload } from './vite.route-preload.ts';

const PURE_MODULES = /\/packages\/contracts\/|node_modules\/(twitter-text|twemoji-parser|punycode|core-js)\//;

export default defineConfig({
  plugins: [react(), tailwindcss(), routePreload(), precompress()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // dist/.vite/manifest.json: the chunk graph bench:web reads to size each route's first load.
    manifest: true,
    rollupOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              name: 'shell',
              test: /node_modules\/(react|react-dom|scheduler|react-router|zod|@tanstack\/(query-core|react-query))\//,
            },
          ],
        },
      },
      treeshake: {
        // The contracts package is pure declarations (schemas, text rules), and twitter-text's only
        // side effects are ES2015 polyfills every supported browser has natively. Declaring both free
        // of side effects lets a page that only wants PLATFORM_NAMES leave X's length rules behind
        // (~27 KB compressed); pages that do count X characters still get them.
        moduleSideEffects: (id: string) => !PURE_MODULES.test(id),
        // platform-text's top level reads `twitterText.parseTweet`: a plain read, safe to drop.
        propertyReadSideEffects: false,
      },
    },
  },
  server: {
    port: 5173,
    proxy: {
      // Same-origin /api in development keeps the SameSite=Strict refresh cookie working.
      '/api': { target: 'http://localhost:3000', changeOrigin: false },
    },
  },
});
