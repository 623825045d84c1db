// Build and dev-server configuration of the web app. The server serves dist/ at `/` in production.
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react(), tailwindcss()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
  server: {
    port: 5173,
    proxy: {
      // Same-origin /api in development keeps the SameSite=Strict refresh cookie working.
      '/api': { target: 'http://localhost:3000', changeOrigin: false },
    },
  },
});
