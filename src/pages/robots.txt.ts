/** robots.txt pointing to the sitemap at the configured public address. */
import type { APIContext } from 'astro';

export function GET({ site }: APIContext): Response {
  const sitemap = new URL('sitemap-index.xml', site).href;
  return new Response(`User-agent: *\nDisallow: /redaktion/\nDisallow: /admin/\n\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
