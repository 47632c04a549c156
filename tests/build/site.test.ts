/**
 * Builds the real site once and checks the output as a reader and a crawler
 * would meet it: every entry has its page, every page is German with one h1, a
 * unique title and a description, and every internal link and #anchor resolves.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { readContent } from '../../src/build/read-content.ts';
import { normalizeUrl } from '../../src/core/external-urls.ts';
import { entryUrl, fieldUrl, stateUrl } from '../../src/core/urls.ts';
import { fields, stateCodes, states } from '../../src/core/vocabulary.ts';
import { parseCsv } from '../../src/core/csv.ts';
import { parseCalendar } from '../../src/core/ical.ts';
import { runBuild } from '../helpers/build.ts';

const out = join(mkdtempSync(join(tmpdir(), 'ff-site-')), 'dist');
const pages = new Map<string, HTMLElement>();
const { entries } = readContent();

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((item) => {
    const path = join(dir, item.name);
    if (item.isDirectory()) return item.name === 'pagefind' ? [] : htmlFiles(path);
    return item.name.endsWith('.html') ? [path] : [];
  });
}

/** URL path of a built file: dist/a/b/index.html → /a/b/ */
function urlOf(file: string): string {
  return `/${relative(out, file)}`.replace(/index\.html$/, '');
}

beforeAll(() => {
  // With a filled-in operator file, so the pages that name the operator are checked too.
  const { status, output } = runBuild({ OUT_DIR: out, BUILD_DATE: '2026-11-25', OPERATOR_CONFIG: join(import.meta.dirname, '..', 'fixtures', 'operator.json') });
  if (status !== 0) throw new Error(`Build fehlgeschlagen:\n${output}`);
  for (const file of htmlFiles(out)) {
    const page = parse(readFileSync(file, 'utf8'));
    // The editors' workspace is no page of the site: it has its own checks below.
    if (urlOf(file) === ADMIN) admin = page;
    else pages.set(urlOf(file), page);
  }
});

const ADMIN = '/admin/';
let admin: ReturnType<typeof parse> | undefined;

describe('the editors’ workspace', () => {
  it('is a page of its own: kept from search engines, sitemap and search index, loading only this site’s files', () => {
    expect(admin, 'dist/admin/index.html').toBeDefined();
    expect(admin!.querySelector('meta[name="robots"]')?.getAttribute('content')).toContain('noindex');
    expect(admin!.querySelector('[data-pagefind-body]')).toBeNull();
    expect(readFileSync(join(out, 'robots.txt'), 'utf8')).toContain(`Disallow: ${ADMIN}`);
    const sitemaps = readdirSync(out).filter((name) => name.startsWith('sitemap')).map((name) => readFileSync(join(out, name), 'utf8')).join('');
    expect(sitemaps).not.toContain(ADMIN);
    const scripts = admin!.querySelectorAll('script[src], link[href]').map((element) => element.getAttribute('src') ?? element.getAttribute('href')!);
    // Decap itself, its configuration, and the preview templates bundled from src/scripts/admin-workspace.ts.
    expect(scripts.filter((file) => !file.startsWith('/_astro/'))).toEqual(['/admin/config.yml', '/admin/decap-cms.js']);
    expect(scripts.filter((file) => file.startsWith('/_astro/'))).toHaveLength(1);
    for (const file of scripts) expect(existsSync(join(out, file)), file).toBe(true);
    // Nothing of the workspace reaches a public page.
    for (const [path, page] of pages) expect(page.querySelector('script[src*="decap"], link[href^="/admin/"]'), path).toBeNull();
  });
});

describe('built site', () => {
  it('has a page for every content entry, the five lists and the fixed pages', () => {
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) expect(pages.has(entryUrl(entry.collection, entry.id)), entry.file).toBe(true);
    for (const path of ['/', '/foerderprogramme/', '/unterstuetzung/', '/checklisten/', '/leitfaeden/', '/praxisbeispiele/',
      '/foerder-check/', '/suche/', '/studie/', '/bundeslaender/', ...stateCodes.map(stateUrl), '/impressum/', '/datenschutz/', '/barrierefreiheit/', '/404.html']) {
      expect(pages.has(path), path).toBe(true);
    }
  });

  it('gives every page lang="de", exactly one h1, a unique title and a meta description', () => {
    const titles = new Map<string, string>();
    for (const [path, page] of pages) {
      expect(page.querySelector('html')?.getAttribute('lang'), path).toBe('de');
      expect(page.querySelectorAll('h1'), path).toHaveLength(1);
      const title = page.querySelector('title')?.text.trim() ?? '';
      expect(title, path).not.toBe('');
      expect(titles.get(title), `${path} has the title of ${titles.get(title)}`).toBeUndefined();
      titles.set(title, path);
      const description = page.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
      expect(description.length, path).toBeGreaterThan(30);
    }
  });

  it('uses every id only once per page, so anchors are unambiguous', () => {
    for (const [path, page] of pages) {
      const ids = page.querySelectorAll('[id]').map((element) => element.id);
      expect(ids.filter((id, index) => ids.indexOf(id) !== index), path).toEqual([]);
    }
  });

  it('resolves every internal link and #anchor', () => {
    const broken: string[] = [];
    for (const [path, page] of pages) {
      for (const element of page.querySelectorAll('a[href], link[href], script[src], img[src]')) {
        const raw = element.getAttribute('href') ?? element.getAttribute('src')!;
        if (/^(https?:|mailto:|tel:)/.test(raw) || element.getAttribute('rel') === 'canonical') continue;
        const url = new URL(raw, `http://site${path}`);
        const targetPath = decodeURIComponent(url.pathname);
        const isPage = targetPath.endsWith('/') || targetPath.endsWith('.html');
        const exists = isPage ? pages.has(targetPath) : existsSync(join(out, targetPath));
        if (!exists) {
          broken.push(`${path} → ${raw}`);
          continue;
        }
        const anchor = decodeURIComponent(url.hash.slice(1));
        if (anchor && !pages.get(targetPath)?.getElementById(anchor)) broken.push(`${path} → ${raw} (Anker fehlt)`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('loads nothing from other origins', () => {
    for (const [path, page] of pages) {
      for (const element of page.querySelectorAll('link[href], script[src], img[src], iframe, source[src]')) {
        const address = element.getAttribute('href') ?? element.getAttribute('src') ?? '';
        const external = /^(https?:)?\/\//.test(address) && element.tagName !== 'A';
        // Links to the public address (canonical) and outbound links load nothing.
        const isOutboundLink = ['external', 'canonical'].includes(element.getAttribute('rel') ?? '');
        expect(external && !isOutboundLink, `${path}: ${address}`).toBe(false);
      }
    }
  });

  it('shows source, check date and status on every programme page', () => {
    for (const entry of entries.filter((e) => e.collection === 'programmes')) {
      const page = pages.get(entryUrl('programmes', entry.id))!;
      const data = entry.data as { sourceUrl: string; lastChecked: string };
      // Raw frontmatter here; the page links the schema's normal form (umlauts percent-encoded).
      expect(page.querySelector(`a[href="${normalizeUrl(data.sourceUrl)}"]`), entry.file).not.toBeNull();
      expect(page.querySelector(`.source time[datetime="${String(data.lastChecked).slice(0, 10)}"]`), entry.file).not.toBeNull();
      expect(page.querySelector('.tag[class*="tag--"]'), entry.file).not.toBeNull();
      expect(page.text).toContain('Auf einen Blick');
    }
  });

  it('shows the change history of a programme when the repository has its full history', () => {
    let shallow = true;
    try {
      shallow = execFileSync('git', ['rev-parse', '--is-shallow-repository'], { encoding: 'utf8' }).trim() !== 'false';
    } catch {
      // no git: history is left out, as in a shallow clone
    }
    const sample = entries.find((e) => e.collection === 'programmes')!;
    const section = pages.get(entryUrl('programmes', sample.id))!.getElementById('aenderungsverlauf');
    if (shallow) expect(section).toBeNull();
    else expect(pages.get(entryUrl('programmes', sample.id))!.text).toMatch(/\d{4}: Eintrag angelegt/);
  });

  it('links each referenced checklist, guide and example back to the programme', () => {
    let checked = 0;
    for (const entry of entries.filter((e) => e.collection === 'programmes')) {
      const data = entry.data as Record<string, string[] | undefined>;
      for (const target of ['checklists', 'guides', 'examples'] as const) {
        for (const id of data[target] ?? []) {
          const programmePage = pages.get(entryUrl('programmes', entry.id))!;
          const targetPage = pages.get(entryUrl(target, id))!;
          expect(programmePage.querySelector(`a[href="${entryUrl(target, id)}"]`), `${entry.id} → ${id}`).not.toBeNull();
          expect(targetPage.querySelector(`a[href="${entryUrl('programmes', entry.id)}"]`), `${id} → ${entry.id}`).not.toBeNull();
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('gives every checklist item its stable anchor', () => {
    for (const entry of entries.filter((e) => e.collection === 'checklists')) {
      const page = pages.get(entryUrl('checklists', entry.id))!;
      for (const item of (entry.data as { items: Array<{ id: string }> }).items) {
        expect(page.getElementById(item.id), `${entry.id}#${item.id}`).not.toBeNull();
      }
    }
  });

  it('links a PDF from every guide and checklist, with its real size', () => {
    for (const entry of entries.filter((e) => e.collection === 'guides' || e.collection === 'checklists')) {
      const page = pages.get(entryUrl(entry.collection, entry.id))!;
      const link = page.querySelector('.download a');
      expect(link?.getAttribute('href'), entry.file).toBe(`${entryUrl(entry.collection, entry.id)}${entry.id}.pdf`);
      const bytes = readFileSync(join(out, link!.getAttribute('href')!));
      expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
      expect(page.querySelector('.download')!.text).toContain(`PDF, ${Math.max(1, Math.round(bytes.length / 1024))} KB`);
    }
  });

  it('builds a Pagefind index of the content pages', () => {
    expect(existsSync(join(out, 'pagefind', 'pagefind-entry.json'))).toBe(true);
    const index = JSON.parse(readFileSync(join(out, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    expect(Object.keys(index.languages)).toContain('de');
    const indexed = Object.values(index.languages as Record<string, { page_count: number }>)[0]!.page_count;
    const marked = [...pages.entries()].filter(([, page]) => page.querySelector('main[data-pagefind-body]'));
    // Every content page is marked for the index, and everything marked is in it.
    for (const entry of entries) {
      expect(marked.some(([path]) => path === entryUrl(entry.collection, entry.id)), entry.file).toBe(true);
    }
    expect(indexed).toBe(marked.length);
  });
});

describe('feeds, calendar, open data and metadata', () => {
  const read = (path: string) => readFileSync(join(out, path), 'utf8');
  const programmeCount = entries.filter((e) => e.collection === 'programmes').length;

  it('exports every programme as JSON and CSV, and the JSON matches its published schema', async () => {
    const records = JSON.parse(read('daten/foerderprogramme.json')) as Array<{ url: string }>;
    expect(records).toHaveLength(programmeCount);
    const csvRows = parseCsv(read('daten/foerderprogramme.csv'));
    expect(csvRows.length - 1).toBe(programmeCount);
    expect(csvRows.every((row) => row.length === csvRows[0]!.length)).toBe(true);
    const { default: Ajv2020 } = await import('ajv/dist/2020.js');
    const { default: addFormats } = await import('ajv-formats');
    // With the formats a strict consumer checks: „uri“ is RFC 3986, which an address with raw umlauts fails.
    const ajv = addFormats(new Ajv2020({ allErrors: true, strict: false }));
    const validate = ajv.compile(JSON.parse(read('daten/foerderprogramme.schema.json')));
    expect(validate(records), JSON.stringify(validate.errors)).toBe(true);
    // A record that breaks the contract must be rejected, or the check proves nothing.
    expect(validate([{ ...records[0], level: 'kreis' }])).toBe(false);
    expect(validate([{ ...records[0], sourceUrl: 'https://www.kfw.de/öffentliche-einrichtungen/' }])).toBe(false);
  });

  it('gives every JSON-LD block valid JSON, programmes as MonetaryGrant', () => {
    let blocks = 0;
    for (const [path, page] of pages) {
      for (const script of page.querySelectorAll('script[type="application/ld+json"]')) {
        const data = JSON.parse(script.text);
        blocks++;
        if (path.startsWith('/foerderprogramme/') && path !== '/foerderprogramme/') expect(data['@type'], path).toBe('MonetaryGrant');
      }
    }
    expect(blocks).toBeGreaterThanOrEqual(programmeCount);
  });

  it('lists every public page in the sitemap, and no page for editors or for the errors nginx answers', () => {
    const index = read('sitemap-index.xml');
    const files = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname.replace(/^\//, ''));
    const listed = new Set(files.flatMap((file) => [...read(file).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname)));
    for (const path of pages.keys()) {
      if (path === '/404.html' || path.startsWith('/redaktion/') || path.startsWith('/fehler/')) continue;
      expect(listed.has(path), path).toBe(true);
    }
    expect([...listed].some((path) => path.startsWith('/redaktion/') || path.startsWith('/fehler/'))).toBe(false);
  });

  it('writes calendars that parse, with one event per upcoming deadline', () => {
    const events = parseCalendar(read('fristen.ics'));
    for (const event of events) {
      expect(event.UID).toMatch(/@foerderfinder-digitale-kommune$/);
      expect(event.DTSTART! >= '20261125').toBe(true);
    }
    expect(new Set(events.map((e) => e.UID)).size).toBe(events.length);
    const linked = [...pages.values()].flatMap((page) => page.querySelectorAll('a[href$="fristen.ics"]').map((a) => a.getAttribute('href')!));
    for (const href of linked) expect(existsSync(join(out, href)), href).toBe(true);
  });

  it('has canonical, Open Graph, RSS and robots.txt', () => {
    for (const [path, page] of pages) {
      if (path === '/404.html') continue;
      expect(page.querySelector('link[rel="canonical"]')?.getAttribute('href'), path).toMatch(/^https:\/\//);
      expect(page.querySelector('meta[property="og:title"]'), path).not.toBeNull();
      expect(page.querySelector('link[rel="alternate"][type="application/rss+xml"]'), path).not.toBeNull();
    }
    const feed = read('rss.xml');
    expect([...feed.matchAll(/<item>/g)]).toHaveLength(programmeCount);
    expect(read('robots.txt')).toMatch(/Sitemap: https:\/\/.+\/sitemap-index.xml/);
  });
});

describe('feeds and calendars per Land and per field of action', () => {
  const read = (path: string) => readFileSync(join(out, path), 'utf8');
  const programmes = entries
    .filter((e) => e.collection === 'programmes')
    .map((e) => ({ id: e.id, ...(e.data as { states: 'all' | string[]; fields: string[]; lastChecked: string }) }));
  const scopes = [
    ...stateCodes.map((code) => ({ name: states[code].name, folder: stateUrl(code), ids: programmes.filter((p) => p.states === 'all' || p.states.includes(code)).map((p) => p.id) })),
    ...fields.ids.map((field) => ({ name: fields.label(field), folder: fieldUrl(field), ids: programmes.filter((p) => p.fields.includes(field)).map((p) => p.id) })),
  ];
  const programmeId = (url: string) => /^\/foerderprogramme\/([^/]+)\/$/.exec(new URL(url).pathname)?.[1];
  const tag = (xml: string, name: string) => [...xml.matchAll(new RegExp(`<${name}(?: [^>]*)?>([^<]*)</${name}>`, 'g'))].map((m) => m[1]!);

  /** The items of an RSS 2.0 feed, after checking the frame a feed reader relies on. */
  function feedItems(path: string) {
    const xml = read(path);
    expect(xml, path).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?><rss version="2.0"><channel><title>[^<]+<\/title><description>[^<]+<\/description><link>https:\/\/[^<]+<\/link>/);
    expect(xml.endsWith('</channel></rss>'), path).toBe(true);
    // Every ampersand starts an entity, or the XML is broken.
    expect(xml.match(/&(?!(amp|lt|gt|quot|apos|#\d+);)/g), path).toBeNull();
    return [...xml.matchAll(/<item>([\s\S]*?)<\/item>/g)].map(([, item]) => {
      for (const name of ['title', 'link', 'guid', 'description', 'pubDate']) expect(tag(item!, name), `${path}: ${name}`).toHaveLength(1);
      return { id: programmeId(tag(item!, 'link')[0]!), date: new Date(tag(item!, 'pubDate')[0]!), description: tag(item!, 'description')[0]! };
    });
  }

  it('gives every Land and field a feed of exactly its programmes, latest first, linked from its page', () => {
    expect(scopes).toHaveLength(25);
    for (const scope of scopes) {
      const items = feedItems(`${scope.folder}rss.xml`);
      expect(items.map((item) => item.id).sort(), scope.name).toEqual([...scope.ids].sort());
      const times = items.map((item) => item.date.getTime());
      expect(times.every((time) => !Number.isNaN(time)), scope.name).toBe(true);
      expect(times, scope.name).toEqual([...times].sort((a, b) => b - a));
      const page = pages.get(scope.folder)!;
      expect(page.querySelector(`head link[rel="alternate"][type="application/rss+xml"][href="${scope.folder}rss.xml"]`)?.getAttribute('title'), scope.name).toContain(scope.name);
      expect(page.querySelector(`main a[href="${scope.folder}rss.xml"]`)?.text, scope.name).toBe('Neue Programme als RSS-Feed');
      expect(page.querySelector(`main a[href="${scope.folder}fristen.ics"]`)?.text, scope.name).toBe('Fristen in Ihren Kalender (iCal)');
    }
    // The filter must filter: a Land feed without the other Länder's own programmes is smaller than the whole catalogue.
    expect(feedItems(`${stateUrl('SN')}rss.xml`).length).toBeLessThan(programmes.length);
  });

  it('dates each item no earlier than the programme was last checked, and says why', () => {
    const checked = new Map(programmes.map((p) => [p.id, String(p.lastChecked).slice(0, 10)]));
    const items = feedItems('rss.xml');
    expect(items).toHaveLength(programmes.length);
    for (const item of items) {
      expect(item.date.toISOString().slice(0, 10) >= checked.get(item.id!)!, item.id).toBe(true);
      expect(item.description, item.id).toMatch(/(Stand vom|Neu aufgenommen am|Mit der amtlichen Quelle abgeglichen am) \d{1,2}\. \S+ \d{4}[.:]/);
    }
  });

  it('writes a calendar per Land and field with the deadlines of its programmes and no others', () => {
    const all = parseCalendar(read('fristen.ics'));
    let left = 0;
    for (const scope of scopes) {
      const events = parseCalendar(read(`${scope.folder}fristen.ics`));
      for (const event of events) expect(scope.ids, `${scope.name}: ${event.UID}`).toContain(programmeId(event.URL!));
      // The same events as the whole calendar holds for these programmes.
      const expected = all.filter((event) => scope.ids.includes(programmeId(event.URL!)!)).map((event) => event.UID).sort();
      expect(events.map((event) => event.UID).sort(), scope.name).toEqual(expected);
      left += all.length - events.length;
    }
    expect(all.length).toBeGreaterThan(0);
    expect(left).toBeGreaterThan(0);
  });
});

describe('deployment config against the build', () => {
  /** Every file nginx tells browsers to keep for a year, found by the regexes of its cache map. */
  function immutableFiles(): string[] {
    const config = readFileSync(join(import.meta.dirname, '..', '..', 'deploy', 'nginx.conf'), 'utf8');
    const patterns = [...config.matchAll(/^\s*~(\S+)\s+"[^"]*immutable[^"]*";/gm)].map((match) => new RegExp(match[1]!));
    expect(patterns.length).toBeGreaterThan(0);
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((item) => (item.isDirectory() ? files(join(dir, item.name)) : [`/${relative(out, join(dir, item.name))}`]));
    return files(out).filter((path) => patterns.some((pattern) => pattern.test(path)));
  }

  it('caches only files for a year whose names carry a content hash', () => {
    // Astro: name.HASH.ext or name-HASH.ext (eight characters); Pagefind: …_HEX.pf_index and the like.
    const hashed = /[.-][A-Za-z0-9_-]{8}\.[a-z0-9]+$|_[0-9a-f]{7,}\.pf_[a-z]+$/;
    const files = immutableFiles();
    expect(files.some((path) => path.startsWith('/_astro/'))).toBe(true);
    expect(files.some((path) => path.startsWith('/pagefind/index/'))).toBe(true);
    expect(files.filter((path) => !hashed.test(path))).toEqual([]);
  });
});

describe('the operator, from the operator file', () => {
  it('names the operator in the Impressum, the privacy and accessibility statements and security.txt', () => {
    const text = (path: string) => pages.get(path)!.querySelector('main')!.text.replace(/\s+/g, ' ');
    expect(text('/impressum/')).toContain('Testbetreiber Digitale Kommune e. V. Beispielstraße 1 12345 Musterstadt Vertreten durch: Erika Mustermann (Vorstand)');
    expect(text('/impressum/')).not.toContain('Vorschauversion');
    expect(text('/datenschutz/')).toContain('Die Protokolle werden nach 7 Tagen gelöscht.');
    expect(text('/barrierefreiheit/')).toContain('Stand: 25. November 2026. Grundlage: Selbstbewertung für den Test.');
    expect(pages.get('/barrierefreiheit/')!.querySelector('a[href="https://www.schlichtungsstelle-bgg.de/"]')).not.toBeNull();
    const security = readFileSync(join(out, '.well-known', 'security.txt'), 'utf8');
    expect(security).toContain('Contact: mailto:sicherheit@test.example\nExpires: 2027-11-25T00:00:00.000Z');
    expect(security).toContain('Canonical: https://foerderfinder.test.example/.well-known/security.txt');
  });
});

