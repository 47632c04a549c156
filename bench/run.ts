// The site benchmark: `npm run bench` (or `npm run bench -- 500 2000` for other
// sizes; `--ohne-lighthouse` skips the Lighthouse audits). Builds the real site
// and generated sites with N synthetic programmes, measures each, prints the
// tables and checks the budgets in BENCHMARKS.md; exits 1 when one is broken.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { parseAnswers } from '../src/core/answers.ts';
import type { WizardEntry } from '../src/core/matching.ts';
import { matchEntries } from '../src/core/matching.ts';
import { generateContent } from './generate.ts';
import { categories, startAuditor, type Scores } from './lighthouse.ts';
import { keyFromUrl, shareQuery } from '../src/core/saved-list.ts';
import { serve } from './serve.ts';

const budgets = {
  buildAndIndexSeconds5000: 120,
  firstQueryKb: 150,
  matchingMs5000: 10,
  contentPageJsKb: 10,
  lighthouseMin: 95,
};
/** Templates held to the content-page budget: only the small islands (status refresh, checklist ticks) may load script. */
const contentPages = ['Startseite', 'Programmseite', 'Leitfaden', 'Checkliste'];

const args = process.argv.slice(2);
const withLighthouse = !args.includes('--ohne-lighthouse');
const sizes = args.map(Number).filter((n) => n > 0);
const runs: Array<{ name: string; content: string; programmes?: number }> = [
  { name: 'echt', content: 'content' },
  ...(sizes.length ? sizes : [500, 2000, 5000]).map((n) => ({ name: `${n}`, content: '', programmes: n })),
];

function folderBytes(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((sum, item) => {
    const path = join(dir, item.name);
    return sum + (item.isDirectory() ? folderBytes(path) : statSync(path).size);
  }, 0);
}
function countPages(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((sum, item) => {
    if (item.isDirectory()) return sum + (item.name === 'pagefind' ? 0 : countPages(join(dir, item.name)));
    return sum + (item.name.endsWith('.html') ? 1 : 0);
  }, 0);
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const kb = (bytes: number) => bytes / 1024;

const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const browser = await chromium.launch({ executablePath: chrome, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });

interface Row {
  name: string;
  programmes: number;
  astroS: number;
  pagefindS: number;
  peakMb: number;
  pages: number;
  distMb: number;
  indexMb: number;
  firstQueryKb: number;
  firstResultsMs: number;
  matchingMs: number;
  js: Record<string, number>;
  lighthouse: Array<{ template: string; scores: Scores; failing: string[] }>;
}
const rows: Row[] = [];
const auditor = withLighthouse ? await startAuditor(chrome) : undefined;

for (const run of runs) {
  const content = run.programmes ? generateContent(run.programmes) : run.content;
  const out = join(mkdtempSync(join(tmpdir(), 'ff-bench-out-')), 'dist');
  const report = join(tmpdir(), `ff-bench-${process.pid}-${run.name}.json`);
  process.stdout.write(`Baue ${run.name} … `);
  const build = spawnSync(process.execPath, ['scripts/build.ts'], {
    env: { ...process.env, CONTENT_DIR: content, OUT_DIR: out, BENCH_REPORT: report, CI: '1' },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (build.status !== 0) {
    console.error(`Build ${run.name} fehlgeschlagen:\n${build.stdout}\n${build.stderr}`);
    process.exit(1);
  }
  const timing = JSON.parse(readFileSync(report, 'utf8')) as { totalMs: number; pagefindMs: number; maxRssKb: number };
  console.log(`${(timing.totalMs / 1000).toFixed(1)} s`);

  const catalogue = JSON.parse(readFileSync(join(out, 'foerder-check', 'daten.json'), 'utf8')) as WizardEntry[];
  const programmes = catalogue.filter((entry) => entry.collection === 'programmes');
  const { answers } = parseAnswers(new URLSearchParams('typ=gemeinde&einwohner=9675&land=SN&phase=erarbeitung&felder=verwaltung,bildung&hilfe=geld,beratung'));
  matchEntries(answers, catalogue, '2026-11-25'); // warm-up, as a browser would after loading
  const times = Array.from({ length: 31 }, () => {
    const start = performance.now();
    matchEntries(answers, catalogue, '2026-11-25');
    return performance.now() - start;
  });

  const { server, url, log } = await serve(out);
  // Bytes are counted at the server: Pagefind fetches from a shared worker, which
  // the page's own resource timing does not see.
  const sentSince = (mark: number, test: (path: string) => boolean) =>
    log.slice(mark).filter((entry) => test(entry.path)).reduce((sum, entry) => sum + entry.bytes, 0);
  const jsBytes = async (path: string) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const mark = log.length;
    await page.goto(`${url}${path}`, { waitUntil: 'networkidle' });
    await context.close();
    return sentSince(mark, (p) => /\.(m?js|pagefind)$/.test(p));
  };
  const programmePage = catalogue.find((entry) => entry.collection === 'programmes')!.url;
  const guide = catalogue.find((entry) => entry.collection === 'guides')!.url;
  const checklist = catalogue.find((entry) => entry.collection === 'checklists')!.url;
  const js = {
    Startseite: await jsBytes('/'),
    Programmseite: await jsBytes(programmePage),
    Leitfaden: await jsBytes(guide),
    Checkliste: await jsBytes(checklist),
    'Förder-Check': await jsBytes('/foerder-check/'),
    Suche: await jsBytes('/suche/'),
    Merkliste: await jsBytes('/merkliste/'),
  };
  // First query on a fresh page: everything Pagefind fetches, and time until results
  // show. The time is the median of five fresh pages, as one sample on a shared
  // 2-core machine varies by a factor of two; the bytes are those of the first.
  let firstQueryBytes = 0;
  const firstResults: number[] = [];
  for (let sample = 0; sample < 5; sample++) {
    const fresh = await (await browser.newContext()).newPage();
    // The moment the first result enters the page, taken in the page: Playwright only
    // starts looking once the load event has fired, up to half a second later.
    await fresh.addInitScript(() => {
      const observer = new MutationObserver(() => {
        if (!document.querySelector('#suche-ergebnisse h2 a')) return;
        (window as unknown as { firstResultsAt: number }).firstResultsAt = performance.now();
        observer.disconnect();
      });
      observer.observe(document, { subtree: true, childList: true });
    });
    const mark = log.length;
    await fresh.goto(`${url}/suche/?q=Förderung`);
    await fresh.waitForSelector('#suche-ergebnisse h2 a', { timeout: 60_000 });
    firstResults.push(await fresh.evaluate(() => (window as unknown as { firstResultsAt: number }).firstResultsAt));
    await fresh.waitForLoadState('networkidle');
    if (sample === 0) {
      firstQueryBytes = sentSince(mark, (p) => p.startsWith('/pagefind/'));
      if (process.env.BENCH_VERBOSE) {
        const parts = new Map<string, number>();
        for (const entry of log.slice(mark).filter((e) => e.path.startsWith('/pagefind/'))) {
          const kind = entry.path.replace(/[._][0-9a-f]{6,}/g, '…').replace(/\/(index|fragment|filter)\/.*/, '/$1/…');
          parts.set(kind, (parts.get(kind) ?? 0) + entry.bytes);
        }
        console.log([...parts].sort((a, b) => b[1] - a[1]).map(([kind, bytes]) => `  ${kind}: ${(bytes / 1024).toFixed(1)} KB`).join('\n'));
      }
    }
    await fresh.context().close();
  }
  const firstResultsMs = median(firstResults);
  if (process.env.BENCH_VERBOSE) console.log(`  erste Treffer, fünf Messungen: ${firstResults.map((ms) => ms.toFixed(0)).join(', ')} ms`);

  // Lighthouse on the five templates; the wizard and search with an answer and a
  // query, so that results are rendered while it measures.
  const templates: Array<[string, string]> = [
    ['Startseite', '/'],
    ['Programmseite', programmePage],
    ['Förder-Check', '/foerder-check/?typ=gemeinde&einwohner=9675&land=SN&phase=erarbeitung'],
    ['Suche', '/suche/?q=F%C3%B6rderung'],
    ['Leitfaden', guide],
    // Filled from a share link, so the list, the comparison and the plan are on screen while it measures.
    ['Merkliste', `/merkliste/?${shareQuery(catalogue.filter((entry) => entry.collection === 'programmes').slice(0, 3).map((entry) => keyFromUrl(entry.url)!))}`],
  ];
  const lighthouse: Row['lighthouse'] = [];
  for (const [template, path] of auditor ? templates : []) {
    lighthouse.push({ template, ...(await auditor!.audit(`${url}${path}`)) });
  }
  server.close();

  rows.push({
    name: run.name,
    programmes: programmes.length,
    astroS: (timing.totalMs - timing.pagefindMs) / 1000,
    pagefindS: timing.pagefindMs / 1000,
    peakMb: timing.maxRssKb / 1024,
    pages: countPages(out),
    distMb: folderBytes(out) / 1024 / 1024,
    indexMb: folderBytes(join(out, 'pagefind')) / 1024 / 1024,
    firstQueryKb: kb(firstQueryBytes),
    firstResultsMs,
    matchingMs: median(times),
    js: Object.fromEntries(Object.entries(js).map(([name, bytes]) => [name, kb(bytes)])),
    lighthouse,
  });
  if (run.programmes) rmSync(content, { recursive: true, force: true });
  rmSync(join(out, '..'), { recursive: true, force: true });
}
await browser.close();
await auditor?.close();

const f = (value: number, digits = 1) => value.toLocaleString('de-DE', { minimumFractionDigits: digits, maximumFractionDigits: digits });
// The main table carries each run's lowest Lighthouse score per category over the
// five templates; the table after it says which template and audit cost points.
const lowest = (row: Row) => (row.lighthouse.length ? categories.map((id) => Math.min(...row.lighthouse.map(({ scores }) => scores[id]))).join(' / ') : '–');
console.log('\n| Lauf | Programme | Astro s | Pagefind s | Spitze MB | Seiten | dist MB | Index MB | 1. Suche KB | 1. Treffer ms | Matching ms | JS KB Start / Programm / Leitfaden / Checkliste / Check / Suche / Merkliste | Lighthouse min. L / B / BP / SEO |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |');
for (const row of rows) {
  console.log(`| ${row.name} | ${row.programmes} | ${f(row.astroS)} | ${f(row.pagefindS)} | ${f(row.peakMb, 0)} | ${row.pages} | ${f(row.distMb)} | ${f(row.indexMb)} | ${f(row.firstQueryKb)} | ${f(row.firstResultsMs, 0)} | ${f(row.matchingMs, 2)} | ${Object.values(row.js).map((v) => f(v)).join(' / ')} | ${lowest(row)} |`);
}

if (auditor) {
  console.log('\n| Lauf | Vorlage | Leistung | Barrierefreiheit | Best Practices | SEO | unter 100 wegen |');
  console.log('| --- | --- | ---: | ---: | ---: | ---: | --- |');
  for (const row of rows) {
    for (const { template, scores, failing } of row.lighthouse) {
      console.log(`| ${row.name} | ${template} | ${categories.map((id) => scores[id]).join(' | ')} | ${failing.join(', ')} |`);
    }
  }
}

const smallest = rows.find((row) => row.name !== 'echt');
const largest = rows.at(-1)!;
if (smallest && largest !== smallest) {
  console.log(`\nBauzeit ${largest.name} / ${smallest.name}: ${f((largest.astroS + largest.pagefindS) / (smallest.astroS + smallest.pagefindS), 2)} (bei ${f(largest.programmes / smallest.programmes, 0)}-facher Menge)`);
}

const broken: string[] = [];
const at5000 = rows.find((row) => row.name === '5000');
if (at5000 && at5000.astroS + at5000.pagefindS > budgets.buildAndIndexSeconds5000) broken.push(`Bau und Index bei 5.000: ${f(at5000.astroS + at5000.pagefindS)} s > ${budgets.buildAndIndexSeconds5000} s`);
if (at5000 && at5000.matchingMs > budgets.matchingMs5000) broken.push(`Matching bei 5.000: ${f(at5000.matchingMs, 2)} ms > ${budgets.matchingMs5000} ms`);
for (const row of rows) {
  if (row.firstQueryKb > budgets.firstQueryKb) broken.push(`Erste Suche (${row.name}): ${f(row.firstQueryKb)} KB > ${budgets.firstQueryKb} KB`);
  for (const { template, scores } of row.lighthouse) {
    for (const id of categories) {
      if (scores[id] < budgets.lighthouseMin) broken.push(`Lighthouse ${id} (${row.name}, ${template}): ${scores[id]} < ${budgets.lighthouseMin}`);
    }
  }
  for (const page of contentPages) {
    if (row.js[page]! > budgets.contentPageJsKb) broken.push(`JavaScript auf ${page} (${row.name}): ${f(row.js[page]!)} KB > ${budgets.contentPageJsKb} KB`);
  }
}
console.log(broken.length ? `\nBudget gerissen:\n- ${broken.join('\n- ')}` : '\nAlle Budgets eingehalten.');
process.exit(broken.length ? 1 : 0);
