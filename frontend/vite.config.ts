/// <reference types="vitest/config" />
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IncomingMessage, ServerResponse } from 'node:http';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin, type ProxyOptions } from 'vite';
import { securityHeaders } from './src/config/security-headers';

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

/** The security headers (src/config/security-headers.ts) on everything the preview server answers. */
function securityHeaderPlugin(): Plugin {
  const headers = securityHeaders(env.keycloakUrl);
  return {
    name: 'iwaki-security-headers',
    configurePreviewServer(server) {
      server.middlewares.use((_req, res, next) => {
        for (const [name, value] of Object.entries(headers)) {
          res.setHeader(name, value);
        }
        next();
      });
    },
  };
}

const BUILD_MANIFEST = fileURLToPath(new URL('./node_modules/.cache/build-manifest.json', import.meta.url));

/**
 * Moves the build manifest (which file each page loads, for scripts/bundle-size.mjs) out
 * of dist/, so the server does not publish the app's source paths.
 */
function manifestOutsideDist(): Plugin {
  let outDir = '';
  return {
    name: 'iwaki-manifest-outside-dist',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      mkdirSync(dirname(BUILD_MANIFEST), { recursive: true });
      writeFileSync(BUILD_MANIFEST, readFileSync(join(outDir, '.vite', 'manifest.json')));
      rmSync(join(outDir, '.vite'), { recursive: true, force: true });
    },
  };
}

const proxy: Record<string, ProxyOptions> = {
  '/api': { target: env.apiUrl, changeOrigin: false },
};

export default defineConfig({
  plugins: [react(), securityHeaderPlugin(), runtimeConfig(), manifestOutsideDist()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: { host: 'localhost', port: env.port, strictPort: true, proxy },
  preview: { host: 'localhost', port: env.port, strictPort: true, proxy },
  build: {
    // Which files each page loads, for scripts/bundle-size.mjs (moved out of dist/, see above).
    manifest: true,
    // Mantine, TanStack and React change rarely: keep them out of the app chunk so a
    // release of the app alone does not invalidate the browser's cache of them.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // By the set of pages that use them: the landing page loads only the components
            // the shell needs, a page the ones it needs.
            { name: 'mantine', test: /node_modules[\\/]@mantine[\\/]/, entriesAware: true },
            { name: 'tanstack', test: /node_modules[\\/]@tanstack[\\/]/ },
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
          ],
        },
      },
    },
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'eslint-boundaries.test.ts'],
    environment: 'node',
  },
});
