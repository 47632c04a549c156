/**
 * Builds the Pagefind full-text index after Astro has written the pages, with
 * Pagefind's Node API so every step's errors are checked (a CLI run in a shell
 * chain can fail without the build noticing).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { close, createIndex } from 'pagefind';

function fail(step: string, errors: string[]): never {
  throw new Error(`Pagefind (${step}) fehlgeschlagen:\n${errors.join('\n')}`);
}

export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'foerderfinder:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        try {
          const { index, errors } = await createIndex({ forceLanguage: 'de' });
          if (!index) fail('createIndex', errors);
          const added = await index.addDirectory({ path: site });
          if (added.errors.length) fail('addDirectory', added.errors);
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          if (written.errors.length) fail('writeFiles', written.errors);
          logger.info(`${added.page_count} Seiten indexiert`);
          // Read by scripts/build.ts for the benchmark, which reports Astro and Pagefind apart.
          process.env.FF_PAGEFIND_MS = String(performance.now() - started);
        } finally {
          await close();
        }
      },
    },
  };
}
