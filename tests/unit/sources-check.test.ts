/**
 * The source check against a fixture server on localhost: nothing here touches the
 * web. The server answers in two versions, so two runs show what a change looks
 * like, and what a change of markup alone must not look like.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ValidEntry } from '../../src/build/content-check.ts';
import {
  checkSources,
  classify,
  collectSources,
  exitCode,
  fetchSources,
  formatLock,
  formatSourcesReport,
  mainText,
  mergeLock,
  parseLock,
  sourcesReport,
  type FetchOptions,
  type SourceUse,
  type SourcesLock,
} from '../../src/build/sources-check.ts';
import { entry } from '../helpers/entries.ts';

const page = (main: string, extra = '') =>
  `<!doctype html><html><head><title>Amt</title><style>p{color:red}</style></head><body>${extra}<main>${main}</main></body></html>`;

let version = 1;
let inFlight = 0;
let maxInFlight = 0;
const agents = new Set<string>();

const routes: Record<string, () => { status: number; headers?: Record<string, string>; body?: string } | 'hang'> = {
  '/seite': () => ({ status: 200, body: page('<h1>Förderaufruf</h1><p>Anträge bis 31. März</p>') }),
  '/alt': () => ({ status: 301, headers: { location: '/seite' } }),
  '/fehlt': () => ({ status: 404, body: 'nicht gefunden' }),
  '/haengt': () => 'hang',
  '/schleife': () => ({ status: 302, headers: { location: '/schleife' } }),
  '/wechselnd': () => ({ status: 200, body: page(version === 1 ? '<p>Frist: 31. März</p>' : '<p>Frist: 30. Juni</p>') }),
  // Version 2 only reformats: other classes and nesting, a script, line breaks, a new navigation outside <main>.
  '/markup': () => ({
    status: 200,
    body:
      version === 1
        ? page('<h1>Programm</h1><p>Quote 90 %</p>')
        : page('\n  <div class="neu">\n    <h1 class="titel">Programm</h1>\n    <p>Quote   90&nbsp;%</p>\n  </div><script>track()</script>\n', '<nav>Menü</nav>'),
  }),
  '/verschwindet': () => (version === 1 ? { status: 200, body: page('<p>Noch da</p>') } : { status: 500, body: 'Serverfehler' }),
  '/langsam': () => ({ status: 200, body: page('<p>langsam</p>') }),
};

let server: Server;
let base = '';

beforeAll(async () => {
  server = createServer((request, response) => {
    agents.add(request.headers['user-agent'] ?? '');
    const answer = routes[new URL(request.url!, 'http://localhost').pathname]?.() ?? { status: 404 };
    if (answer === 'hang') return;
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    setTimeout(() => {
      inFlight--;
      response.writeHead(answer.status, { 'content-type': 'text/html; charset=utf-8', ...answer.headers });
      response.end(answer.body ?? '');
    }, 20);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections(); // the hanging request would keep close() waiting forever
  await new Promise((done) => server.close(done));
});

const options: FetchOptions = { timeoutMs: 300, maxRedirects: 5, concurrency: 4, userAgent: 'Quellenpruefung-Test/1.0' };
const paths = ['/seite', '/alt', '/fehlt', '/haengt', '/schleife', '/wechselnd', '/markup', '/verschwindet'];
const uses = (): SourceUse[] => paths.map((path) => ({ url: `${base}${path}`, files: [`content/programmes${path}.mdx`] }));
const byPath = <R extends { url: string }>(rows: R[]): Record<string, R> => Object.fromEntries(rows.map((row) => [row.url.slice(base.length), row]));

async function run(lock: SourcesLock, today: string) {
  const list = uses();
  const outcomes = await fetchSources(list.map((use) => use.url), options);
  return { report: sourcesReport(list, outcomes, lock, today), lock: mergeLock(lock, outcomes, today) };
}

describe('source check against a local server', () => {
  it('classifies two runs and keeps the last good state of what failed', async () => {
    version = 1;
    const first = await run({}, '2026-01-10');
    const states1 = byPath(first.report.rows);
    expect(Object.fromEntries(Object.entries(states1).map(([path, row]) => [path, row.state]))).toEqual({
      '/seite': 'neu',
      '/alt': 'umgezogen',
      '/fehlt': 'tot',
      '/haengt': 'tot',
      '/schleife': 'tot',
      '/wechselnd': 'neu',
      '/markup': 'neu',
      '/verschwindet': 'neu',
    });
    expect(states1['/alt']).toMatchObject({ status: 200, finalUrl: `${base}/seite`, redirects: [`${base}/seite`] });
    expect(states1['/alt']!.note).toBe(`weitergeleitet auf ${base}/seite; noch nicht in sources.lock.json`);
    expect(states1['/fehlt']).toMatchObject({ status: 404, note: 'HTTP 404' });
    expect(states1['/haengt']!.error).toBe('keine Antwort nach 0.3 s');
    expect(states1['/haengt']!.status).toBeUndefined();
    expect(states1['/schleife']!.error).toBe('mehr als 5 Weiterleitungen');
    expect(states1['/schleife']!.redirects).toHaveLength(5);
    // A redirect ends at the same page, so it carries the same fingerprint.
    expect(states1['/alt']!.fingerprint).toBe(states1['/seite']!.fingerprint);
    expect(states1['/seite']!.fingerprint).toMatch(/^[0-9a-f]{16}$/);
    expect(exitCode(first.report)).toBe(1);
    expect(first.report.counts).toEqual({ tot: 3, umgezogen: 1, 'geändert': 0, neu: 4, ok: 0 });
    // Nothing good is known of the dead addresses, so they get no lock entry.
    expect(Object.keys(first.lock)).toEqual(['/alt', '/markup', '/seite', '/verschwindet', '/wechselnd'].map((path) => `${base}${path}`));
    expect(first.lock[`${base}/alt`]).toEqual({ status: 200, finalUrl: `${base}/seite`, fingerprint: states1['/seite']!.fingerprint, checkedAt: '2026-01-10' });

    version = 2;
    const second = await run(first.lock, '2026-02-10');
    const states2 = byPath(second.report.rows);
    expect(states2['/seite']!.state).toBe('ok');
    expect(states2['/markup']!.state).toBe('ok');
    expect(states2['/wechselnd']).toMatchObject({ state: 'geändert', note: 'Text geändert seit 2026-01-10' });
    expect(states2['/alt']).toMatchObject({ state: 'umgezogen', note: `weitergeleitet auf ${base}/seite` });
    expect(states2['/verschwindet']).toMatchObject({ state: 'tot', status: 500, note: 'HTTP 500; zuletzt erreichbar am 2026-01-10' });
    expect(second.report.rows.map((row) => row.state)).toEqual(['tot', 'tot', 'tot', 'tot', 'umgezogen', 'geändert', 'ok', 'ok']);

    expect(second.lock[`${base}/verschwindet`]).toEqual(first.lock[`${base}/verschwindet`]);
    expect(second.lock[`${base}/markup`]).toEqual({ ...first.lock[`${base}/markup`], checkedAt: '2026-02-10' });
    expect(second.lock[`${base}/wechselnd`]!.fingerprint).not.toBe(first.lock[`${base}/wechselnd`]!.fingerprint);
  });

  it('keeps to the concurrency limit and names itself in the User-Agent', async () => {
    maxInFlight = 0;
    const urls = Array.from({ length: 8 }, (_, index) => `${base}/langsam?n=${index}`);
    const outcomes = await fetchSources(urls, { ...options, concurrency: 2 });
    expect(outcomes.map((outcome) => outcome.url)).toEqual(urls);
    expect(outcomes.every((outcome) => outcome.status === 200)).toBe(true);
    expect(maxInFlight).toBe(2);
    expect(agents).toContain('Quellenpruefung-Test/1.0');
  });

  it('reports a refused connection as dead, with the reason', async () => {
    const closed = createServer();
    await new Promise<void>((done) => closed.listen(0, '127.0.0.1', done));
    const url = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/`;
    await new Promise((done) => closed.close(done));
    const [outcome] = await fetchSources([url], options);
    expect(outcome!.error).toMatch(/^Netzwerkfehler: .*ECONNREFUSED/);
    expect(classify(outcome!, undefined).state).toBe('tot');
  });

  it('runs end to end from validated entries', async () => {
    version = 1;
    const programme = entry('programmes', 'p');
    const entries: ValidEntry[] = [
      { ...programme, file: 'content/programmes/p.mdx', data: { ...programme.data, sourceUrl: `${base}/seite` } },
      { ...programme, id: 'q', file: 'content/programmes/q.mdx', data: { ...programme.data, sourceUrl: `${base}/fehlt` } },
    ];
    const { report, lock } = await checkSources(entries, {}, '2026-03-01', options);
    expect(report.rows.map((row) => [row.state, row.url, row.files])).toEqual([
      ['tot', `${base}/fehlt`, ['content/programmes/q.mdx']],
      ['neu', `${base}/seite`, ['content/programmes/p.mdx']],
    ]);
    expect(Object.keys(lock)).toEqual([`${base}/seite`]);
  });
});

describe('collectSources', () => {
  it('gathers source and contact pages of every collection once, with the files using them', () => {
    const shared = 'https://www.example.org/kontakt';
    const entries: ValidEntry[] = [
      { ...entry('programmes', 'b', { contact: { role: 'Servicestelle', url: shared } }), file: 'content/programmes/b.mdx' },
      { ...entry('offers', 'a', { sourceUrl: shared }), file: 'content/offers/a.mdx' },
      { ...entry('examples', 'c'), file: 'content/examples/c.mdx' },
      { ...entry('guides', 'd'), file: 'content/guides/d.mdx' },
      { ...entry('programmes', 'e', { contact: { role: 'Hotline', phone: '0800 123' } }), file: 'content/programmes/e.mdx' },
    ];
    expect(collectSources(entries)).toEqual([
      { url: 'https://www.example.org/beispiel', files: ['content/examples/c.mdx'] },
      { url: shared, files: ['content/offers/a.mdx', 'content/programmes/b.mdx'] },
      { url: 'https://www.example.org/programm', files: ['content/programmes/b.mdx', 'content/programmes/e.mdx'] },
    ]);
  });
});

describe('mainText', () => {
  it('prefers <main> and leaves out scripts, styles and the page frame', () => {
    const html = page('<h1>Titel</h1><script>var x = "geheim";</script><p>Text <b>fett</b></p>', '<nav>Menü</nav>');
    expect(mainText(html)).toBe('Titel Text fett');
  });

  it('falls back to the body, decodes entities and collapses whitespace', () => {
    expect(mainText('<html><head><title>T</title></head><body>\n <p>a&nbsp;&amp;\n b</p><noscript>JS</noscript></body></html>')).toBe('a & b');
  });

  it('reads the same text from the same words in different markup', () => {
    expect(mainText('<main><p>a</p><p>b</p></main>')).toBe(mainText('<main>\n<div class="x"><p>a</p>\n\n<p>b</p></div></main>'));
    expect(mainText('<main><p>a</p></main>')).not.toBe(mainText('<main><p>b</p></main>'));
  });
});

describe('classification, lock and report', () => {
  const url = 'https://www.example.org/programm';
  const ok = { url, redirects: [], finalUrl: url, status: 200, fingerprint: 'aaaa' };
  const previous = { status: 200, finalUrl: url, fingerprint: 'aaaa', checkedAt: '2026-01-10' };

  it('ranks dead before moved before changed', () => {
    expect(classify(ok, previous)).toEqual({ state: 'ok', note: '' });
    expect(classify({ ...ok, fingerprint: 'bbbb' }, previous).state).toBe('geändert');
    const moved = classify({ ...ok, finalUrl: `${url}/neu`, redirects: [`${url}/neu`], fingerprint: 'bbbb' }, previous);
    expect(moved).toEqual({ state: 'umgezogen', note: `weitergeleitet auf ${url}/neu; neu seit der letzten Prüfung; Text geändert seit 2026-01-10` });
    expect(classify({ ...ok, finalUrl: `${url}/neu`, redirects: [`${url}/neu`], status: 410, fingerprint: undefined }, previous)).toEqual({
      state: 'tot',
      note: `HTTP 410 (nach Weiterleitung auf ${url}/neu); zuletzt erreichbar am 2026-01-10`,
    });
    // The page used to redirect and no longer does: its recorded address has changed.
    expect(classify(ok, { ...previous, finalUrl: `${url}/alt` })).toEqual({ state: 'umgezogen', note: `keine Weiterleitung mehr; zuvor auf ${url}/alt` });
  });

  it('writes the lock with sorted addresses and fixed field order, and reads it back', () => {
    const lock = { 'https://z.example/': previous, 'https://a.example/': { checkedAt: '2026-01-01', fingerprint: 'cc', finalUrl: 'https://a.example/', status: 200 } };
    const text = formatLock(lock);
    expect(text).toBe(
      `{\n  "https://a.example/": {\n    "status": 200,\n    "finalUrl": "https://a.example/",\n    "fingerprint": "cc",\n    "checkedAt": "2026-01-01"\n  },\n` +
        `  "https://z.example/": {\n    "status": 200,\n    "finalUrl": "${url}",\n    "fingerprint": "aaaa",\n    "checkedAt": "2026-01-10"\n  }\n}\n`,
    );
    expect(parseLock(text)).toEqual(lock);
    expect(() => parseLock('{"https://a.example/": {"status": "200"}}')).toThrow(/sources\.lock\.json ist fehlerhaft bei „https:\/\/a\.example\/\.status“/);
  });

  it('drops addresses no entry uses any more', () => {
    expect(mergeLock({ 'https://alt.example/': previous, [url]: previous }, [ok], '2026-02-01')).toEqual({ [url]: { ...previous, checkedAt: '2026-02-01' } });
  });

  it('prints a German Markdown table, most urgent first, and exits 0 without dead addresses', () => {
    const report = sourcesReport(
      [{ url, files: ['content/programmes/a.mdx', 'content/offers/b.mdx'] }, { url: 'https://x.example/a|b', files: ['content/examples/c.mdx'] }],
      [{ ...ok, fingerprint: 'bbbb' }, { url: 'https://x.example/a|b', redirects: [], finalUrl: 'https://x.example/a|b', status: 200, fingerprint: 'dd' }],
      { [url]: previous },
      '2026-02-01',
    );
    const text = formatSourcesReport(report);
    expect(text).toContain('# Quellenprüfung (Stand 2026-02-01)');
    expect(text).toContain('2 Adressen – tot: 0 · umgezogen: 0 · geändert: 1 · neu: 1 · ok: 0');
    expect(text).toContain('| Status | Adresse | Einträge | Hinweis |');
    expect(text).toContain(`| geändert | ${url} | content/programmes/a.mdx, content/offers/b.mdx | Text geändert seit 2026-01-10 |`);
    expect(text).toContain('| neu | https://x.example/a\\|b | content/examples/c.mdx | noch nicht in sources.lock.json |');
    expect(text.indexOf('| geändert |')).toBeLessThan(text.indexOf('| neu |'));
    expect(exitCode(report)).toBe(0);
  });
});
