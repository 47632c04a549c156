/**
 * The production server configuration (deploy/nginx.conf) as a browser meets it.
 * Runs only against nginx; CI always serves with nginx (E2E_SERVER=nginx).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures.ts';

const root = join(import.meta.dirname, '..', '..');
const nginxConf = readFileSync(join(root, 'deploy', 'nginx.conf'), 'utf8');
const headersFile = readFileSync(join(root, 'public', '_headers'), 'utf8');
const cspInNginx = /^\s*default\s+"(default-src [^"]+)";/m.exec(nginxConf)![1]!;
const adminCspInNginx = /^\s*~\^\/admin\/\s+"(default-src [^"]+)";/m.exec(nginxConf)![1]!;

test('public/_headers sendet dieselben Content-Security-Policies wie nginx', () => {
  expect(headersFile).toContain(`Content-Security-Policy: ${cspInNginx}`);
  expect(headersFile).toContain(`Content-Security-Policy: ${adminCspInNginx}`);
});

test.describe('nginx', () => {
  test.skip(process.env.E2E_SERVER !== 'nginx', 'nur gegen nginx (in CI immer)');

  test('HTML kommt mit Sicherheits-Headern, kurzer Cache-Dauer und gzip', async ({ request }) => {
    const response = await request.get('/', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(response.status()).toBe(200);
    const headers = response.headers();
    expect(headers['content-security-policy']).toBe(cspInNginx);
    expect(cspInNginx).toContain("default-src 'self'");
    expect(cspInNginx).not.toContain('unsafe-inline');
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin');
    expect(headers['permissions-policy']).toContain('geolocation=()');
    expect(headers['cache-control']).toBe('no-cache');
    expect(headers['content-encoding']).toBe('gzip');
    expect(headers['content-type']).toContain('text/html');
  });

  test('nur die Redaktionsumgebung bekommt ihre lockerere Policy; öffentliche Seiten bleiben streng', async ({ request }) => {
    const admin = await request.get('/admin/');
    expect(admin.status()).toBe(200);
    expect(admin.headers()['content-security-policy']).toBe(adminCspInNginx);
    expect(adminCspInNginx).not.toMatch(/https?:\/\/(?!localhost|127\.0\.0\.1)/);
    expect((await request.get('/admin/config.yml')).headers()['content-type']).toBe('text/yaml; charset=utf-8');
    for (const path of ['/', '/foerderprogramme/', '/merkliste/']) {
      const policy = (await request.get(path)).headers()['content-security-policy']!;
      expect(policy).toBe(cspInNginx);
      expect(policy).not.toContain("'unsafe-eval'");
    }
  });

  test('gehashte Dateien und der Pagefind-Index werden lange zwischengespeichert', async ({ page, request }) => {
    await page.goto('/');
    const stylesheet = await page.locator('link[rel="stylesheet"]').first().getAttribute('href');
    expect(stylesheet).toMatch(/^\/_astro\//);
    const css = await request.get(stylesheet!);
    expect(css.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(css.headers()['content-security-policy']).toBe(cspInNginx);

    const entry = await request.get('/pagefind/pagefind-entry.json');
    expect(entry.headers()['cache-control']).toBe('no-cache');
    const meta = /"hash":"([^"]+)"/.exec(await entry.text())?.[1];
    expect(meta).toBeTruthy();
    const chunk = await request.get(`/pagefind/pagefind.${meta}.pf_meta`);
    expect(chunk.status()).toBe(200);
    expect(chunk.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    // The WebAssembly keeps its name across Pagefind versions: a year-long cache would pair a new pagefind.js with an old engine.
    expect((await request.get('/pagefind/wasm.de.pagefind')).headers()['cache-control']).toBe('no-cache');
  });

  test('Fehler, die nginx selbst beantwortet, kommen als deutsche Seite', async ({ request }) => {
    const cases: Array<[number, Promise<{ status(): number; text(): Promise<string> }>, string]> = [
      [405, request.post('/', { data: 'x' }), 'Diese Art der Anfrage geht hier nicht'],
      [414, request.get(`/suche/?q=${'a'.repeat(12_000)}`), 'Adresse zu lang'],
      [403, request.get('/pagefind/'), 'Zugriff nicht erlaubt'],
    ];
    for (const [status, answer, heading] of cases) {
      const response = await answer;
      expect(response.status(), heading).toBe(status);
      expect(await response.text(), heading).toContain(`<h1>${heading}</h1>`);
    }
    // The pages themselves are not to be opened directly.
    expect((await request.get('/fehler/405/')).status()).toBe(404);
  });

  test('eigene Weiterleitungen sind relativ und übernehmen keinen fremden Host', async ({ request }) => {
    const response = await request.get('/suche', { headers: { Host: 'evil.example' }, maxRedirects: 0 });
    expect(response.status()).toBe(301);
    expect(response.headers()['location']).toBe('/suche/');
  });

  test('Feed und Sitemaps kommen komprimiert und mit Zeichensatz', async ({ request }) => {
    // The sitemap index is under gzip_min_length; the others are long.
    for (const path of ['/rss.xml', '/bundeslaender/sachsen/rss.xml', '/themen/verwaltung/rss.xml', '/sitemap-index.xml', '/sitemap-0.xml']) {
      const headers = (await request.get(path, { headers: { 'Accept-Encoding': 'gzip' } })).headers();
      if (path !== '/sitemap-index.xml') expect(headers['content-encoding'], path).toBe('gzip');
      expect(headers['content-type'], path).toContain('charset=utf-8');
    }
  });

  test('Kalender und CSV kommen mit passendem Typ und Zeichensatz', async ({ request }) => {
    for (const path of ['/fristen.ics', '/bundeslaender/sachsen/fristen.ics', '/themen/verwaltung/fristen.ics']) {
      expect((await request.get(path)).headers()['content-type'], path).toBe('text/calendar; charset=utf-8');
    }
    expect((await request.get('/daten/foerderprogramme.csv')).headers()['content-type']).toBe('text/csv; charset=utf-8');
    expect((await request.get('/daten/foerderprogramme.json')).headers()['content-type']).toBe('application/json; charset=utf-8');
  });

  test('eine unbekannte Adresse bekommt Status 404 und die deutsche Fehlerseite', async ({ page }) => {
    const response = await page.goto('/gibt-es-nicht/');
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1')).toHaveText('Seite nicht gefunden');
    expect(response?.headers()['content-security-policy']).toBe(cspInNginx);
  });
});
