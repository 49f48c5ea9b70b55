/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import type { IncomingMessage, ServerResponse } from 'node:http';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin, type ProxyOptions } from 'vite';

// Everything that differs between `make run`, the end-to-end stack and a developer's
// machine comes from the environment when the server starts, so one `vite build`
// serves them all: nothing deployment-specific is baked into dist/.
const env = {
  keycloakUrl: process.env.KEYCLOAK_URL ?? 'http://localhost:8180',
  realm: process.env.KEYCLOAK_REALM ?? 'iwaki',
  clientId: process.env.KEYCLOAK_CLIENT_ID ?? 'iwaki-spa',
  apiUrl: process.env.API_URL ?? 'http://localhost:8080',
  port: Number(process.env.SPA_PORT ?? 5173),
};

/** Serves `/config.json`, which the SPA reads before anything else. */
function runtimeConfig(): Plugin {
  const handler = (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    if (req.url?.split('?')[0] !== '/config.json') {
      next();
      return;
    }
    const body = JSON.stringify({
      keycloakUrl: env.keycloakUrl,
      realm: env.realm,
      clientId: env.clientId,
    });
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    res.setHeader('Cache-Control', 'no-store');
    res.end(body);
  };
  return {
    name: 'iwaki-runtime-config',
    configureServer(server) {
      server.middlewares.use(handler);
    },
    configurePreviewServer(server) {
      server.middlewares.use(handler);
    },
  };
}

const proxy: Record<string, ProxyOptions> = {
  '/api': { target: env.apiUrl, changeOrigin: false },
};

export default defineConfig({
  plugins: [react(), runtimeConfig()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: { host: 'localhost', port: env.port, strictPort: true, proxy },
  preview: { host: 'localhost', port: env.port, strictPort: true, proxy },
  build: {
    // dist/.vite/manifest.json: which chunks each entry and lazy route loads (scripts/bundle-size.js, make bench).
    manifest: true,
    // Mantine, TanStack and React change rarely: keep them out of the app chunk so a
    // release of the app alone does not invalidate the browser's cache of them.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'mantine', test: /node_modules[\\/]@mantine[\\/]/ },
            { name: 'tanstack', test: /node_modules[\\/]@tanstack[\\/]/ },
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
          ],
        },
      },
    },
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'node',
  },
});
