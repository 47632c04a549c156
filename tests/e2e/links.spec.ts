/**
 * Crawls the served site from the home page, over HTTP as a visitor's browser
 * would, and checks every internal link and #anchor. External links are listed
 * (attached to the report), not fetched: there is no internet here.
 */
import { parse } from 'node-html-parser';
import { expect, test } from './fixtures.ts';

test('alle internen Links und Anker funktionieren', async ({ request, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const pages = new Map<string, ReturnType<typeof parse> | null>();
  const queue = ['/'];
  const anchors: Array<{ from: string; path: string; id: string }> = [];
  const broken: string[] = [];
  const external = new Set<string>();

  while (queue.length) {
    const path = queue.shift()!;
    if (pages.has(path)) continue;
    const response = await request.get(path);
    if (response.status() !== 200) {
      broken.push(`${path}: HTTP ${response.status()}`);
      pages.set(path, null);
      continue;
    }
    const isHtml = (response.headers()['content-type'] ?? '').includes('text/html');
    const document = isHtml ? parse(await response.text()) : null;
    pages.set(path, document);
    if (!document) continue;
    for (const element of document.querySelectorAll('a[href], link[href], script[src], img[src]')) {
      const raw = element.getAttribute('href') ?? element.getAttribute('src')!;
      if (/^(mailto|tel):/.test(raw)) continue;
      const url = new URL(raw, `${origin}${path}`);
      if (url.origin !== origin) {
        external.add(url.href);
        continue;
      }
      if (url.hash) anchors.push({ from: path, path: url.pathname, id: decodeURIComponent(url.hash.slice(1)) });
      if (!pages.has(url.pathname)) queue.push(url.pathname);
    }
  }

  for (const { from, path, id } of anchors) {
    const target = pages.get(path);
    if (target && !target.getElementById(id)) broken.push(`${from} → ${path}#${id}: Anker fehlt`);
  }

  await test.info().attach('externe-links.txt', { body: [...external].sort().join('\n'), contentType: 'text/plain' });
  console.log(`${pages.size} Adressen geprüft, ${anchors.length} Anker, ${external.size} externe Links (nicht abgerufen)`);
  expect(broken).toEqual([]);
  expect(pages.size).toBeGreaterThan(30);
});
