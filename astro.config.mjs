// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import contentValidation from './src/integrations/content-validation.ts';
import pagefindIndex from './src/integrations/pagefind.ts';

export default defineConfig({
  // Every page is a folder with index.html; links always end in a slash.
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Scripts stay external files so a strict Content-Security-Policy needs no hashes.
  vite: { build: { assetsInlineLimit: 0 } },
  // Content is validated first: a broken file stops the build before anything is written.
  integrations: [contentValidation(), mdx(), pagefindIndex()],
  devToolbar: { enabled: false },
});
