// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import contentValidation from './src/integrations/content-validation.ts';
import pagefindIndex from './src/integrations/pagefind.ts';
import admin from './src/integrations/admin.ts';
import { readOperator, siteUrl } from './src/build/operator.ts';

// The public address, for canonical URLs, the sitemap and feeds: SITE_URL, else
// „siteUrl“ in deploy/operator.json, else a reserved example domain (a preview).
const site = siteUrl(readOperator());

export default defineConfig({
  site,
  // Every page is a folder with index.html; links always end in a slash.
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Scripts stay external files so a strict Content-Security-Policy needs no hashes.
  vite: {
    build: {
      assetsInlineLimit: 0,
      rollupOptions: {
        // Astro marks MDX modules with a directive the bundler cannot keep; the
        // warning is harmless and repeats for every content file.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
  // Content is validated first: a broken file stops the build before anything is written.
  integrations: [
    contentValidation(),
    mdx(),
    // Editors' pages are for the team, and error pages for nginx, not for search engines.
    sitemap({ filter: (page) => !page.includes('/redaktion/') && !page.includes('/fehler/') && !page.includes('/admin/') }),
    admin(),
    pagefindIndex(),
  ],
  devToolbar: { enabled: false },
});
