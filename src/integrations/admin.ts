/**
 * Serves Decap CMS for /admin/ from node_modules, never from a CDN: copied next to
 * the built page, and answered by the dev server for `npm run edit`. Its chunks are
 * loaded relative to decap-cms.js, so all of them are copied.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const dist = dirname(createRequire(import.meta.url).resolve('decap-cms/dist/decap-cms.js'));
const files = () => readdirSync(dist).filter((name) => name.endsWith('decap-cms.js'));

export default function admin(): AstroIntegration {
  return {
    name: 'foerderfinder:admin',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          const name = request.url?.match(/^\/admin\/([\w.-]+\.js)$/)?.[1];
          if (!name || !files().includes(name)) return next();
          response.setHeader('Content-Type', 'text/javascript; charset=utf-8');
          response.end(readFileSync(join(dist, name)));
        });
      },
      'astro:build:done': ({ dir }) => {
        const target = join(fileURLToPath(dir), 'admin');
        mkdirSync(target, { recursive: true });
        for (const name of files()) copyFileSync(join(dist, name), join(target, name));
      },
    },
  };
}
