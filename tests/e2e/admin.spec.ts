/**
 * The editors' workspace (/admin/, Decap CMS) against a local copy of the content,
 * through Decap's local proxy as `npm run edit` starts it: the workspace loads in
 * German under its own Content-Security-Policy, an edited rate lands in the file
 * and passes the content check, and an entry without its source is refused with
 * German messages, writing nothing.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { parse as parseYaml } from 'yaml';
import { FRONTMATTER } from '../../src/build/read-content.ts';
import { runBuild } from '../helpers/build.ts';
import { expect, test } from './fixtures.ts';

const root = join(import.meta.dirname, '..', '..');
// The workspace's configuration and CSP name this port for local editing (src/build/cms-config.ts, deploy/nginx.conf).
const PROXY = 'http://localhost:8081';
let proxy: ChildProcess;
let work: string;

test.describe.configure({ mode: 'serial' });
test.use({ alsoAllowed: { origins: [PROXY], scriptErrors: [] } });

test.beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'ff-redaktion-'));
  cpSync(join(root, 'content'), join(work, 'content'), { recursive: true });
  proxy = spawn(process.execPath, [join(root, 'node_modules', 'decap-server', 'dist', 'index.js')], {
    env: { ...process.env, PORT: '8081', MODE: 'fs', GIT_REPO_DIRECTORY: work },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Decap-Proxy startet nicht (Port 8081 belegt?):\n${output}`)), 20_000);
    const listen = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('listening on port 8081')) {
        clearTimeout(timer);
        resolve();
      }
    };
    proxy.stdout!.on('data', listen);
    proxy.stderr!.on('data', listen);
    proxy.on('exit', () => reject(new Error(`Decap-Proxy beendet:\n${output}`)));
  });
});

test.afterAll(() => {
  proxy?.kill();
  if (work) rmSync(work, { recursive: true, force: true });
});

async function open(page: Page, hash: string): Promise<void> {
  await page.goto(`/admin/#${hash}`);
  await page.getByRole('button', { name: 'Login' }).click();
}

test('die Redaktionsumgebung lädt auf Deutsch, mit allen fünf Sammlungen, ohne fremde Server', async ({ page }) => {
  await open(page, '/');
  for (const name of ['Förderprogramme', 'Unterstützungsangebote', 'Checklisten', 'Leitfäden', 'Praxisbeispiele']) {
    await expect(page.getByRole('link', { name, exact: true }).first()).toBeVisible();
  }
  await expect(page.getByText('Richtlinie Digitale Infrastruktur-Koordination (DIK) in Nordrhein-Westfalen')).toBeVisible();
});

test('eine geänderte Förderquote landet in der Datei, und die Datei besteht die Inhaltsprüfung', async ({ page }) => {
  test.setTimeout(90_000);
  const file = join(work, 'content', 'programmes', 'nw-digitale-infrastruktur-koordination.mdx');
  const original = readFileSync(file, 'utf8');
  expect(original).toMatch(/fundingRate:\n {2}max: 80\n/);
  await open(page, '/collections/programmes/entries/nw-digitale-infrastruktur-koordination');
  const rate = page.getByLabel(/^Förderquote höchstens \(%\)/);
  await expect(rate).toHaveValue('80', { timeout: 20_000 });
  await rate.fill('75');
  // The preview is drawn like the page, with the site's words for the facts.
  const preview = page.frameLocator('iframe').first();
  await expect(preview.locator('dl.facts')).toContainText('Förderquote');
  await expect(preview.locator('dl.facts')).toContainText('bis 75\u00a0%');
  await expect(preview.locator('h1')).toHaveText('Richtlinie Digitale Infrastruktur-Koordination (DIK) in Nordrhein-Westfalen');
  await page.getByRole('button', { name: 'Veröffentlichen' }).first().click();
  await page.getByText('Jetzt veröffentlichen').click();
  await expect.poll(() => readFileSync(file, 'utf8'), { timeout: 10_000 }).toMatch(/fundingRate:\n {2}max: 75\n/);
  // Written in the house style: the review shows one changed line, not a reformatted file.
  const lines = readFileSync(file, 'utf8').split('\n');
  const changed = original.split('\n').flatMap((line, index) => (line === lines[index] ? [] : [[line, lines[index]]]));
  expect(changed).toEqual([['  max: 80', '  max: 75']]);
  expect(lines.length).toBe(original.split('\n').length);

  const check = spawnSync(process.execPath, [join(root, 'scripts', 'validate-content.ts')], {
    cwd: root,
    env: { ...process.env, CONTENT_DIR: join(work, 'content') },
    encoding: 'utf8',
  });
  expect(check.status, check.stdout + check.stderr).toBe(0);
  expect(check.stdout).toMatch(/Alle \d+ Inhalte gültig/);
});

test('ein neues Programm mit allen Pflichtangaben wird geschrieben, besteht die Prüfung und steht nach dem Bau auf der Website', async ({ page }) => {
  test.setTimeout(240_000);
  const folder = join(work, 'content', 'programmes');
  const before = new Set(readdirSync(folder));
  await open(page, '/collections/programmes/new');
  // react-select fields: type the label, Enter takes the first match.
  const pick = async (label: RegExp, option: string) => {
    await page.getByLabel(label).first().fill(option);
    await page.keyboard.press('Enter');
  };
  await page.getByLabel(/^Name des Programms/).fill('Testförderung für Übungsräume');
  await page.getByLabel(/^Kurzbeschreibung/).fill('Ein Programm, das nur der Test der Redaktionsumgebung anlegt; es fördert nichts und steht nirgends im Netz.');
  await page.getByLabel(/^Fördergeber/).fill('Testministerium für Redaktionsfragen');
  await pick(/^Ebene/, 'Land');
  await pick(/^Länder/, 'Bayern');
  await pick(/^Antragsberechtigte/, 'Gemeinde');
  await pick(/^Phasen der Digitalstrategie/, 'in Erarbeitung');
  await pick(/^Handlungsfelder/, 'Verwaltung');
  await pick(/^Förderart/, 'Zuschuss');
  await pick(/^Status laut amtlicher Quelle/, 'laufend');
  await page.getByLabel(/^Amtliche Quelle \(Adresse\)/).fill('https://www.example.org/testfoerderung');
  await page.getByLabel(/^Zuletzt geprüft am/).fill('2026-12-01');
  await page.locator('[data-slate-editor="true"]').first().click();
  await page.keyboard.type('Ein kurzer Text für die Seite des Testprogramms.');
  await page.getByRole('button', { name: 'Veröffentlichen' }).first().click();
  await page.getByText('Jetzt veröffentlichen').click();

  await expect.poll(() => readdirSync(folder).filter((name) => !before.has(name)), { timeout: 10_000 }).toHaveLength(1);
  const [name] = readdirSync(folder).filter((name) => !before.has(name));
  // Named from the title the team's way: ö → oe, Ü → ue.
  expect(name).toBe('testfoerderung-fuer-uebungsraeume.mdx');
  const text = readFileSync(join(folder, name!), 'utf8');
  const match = FRONTMATTER.exec(text)!;
  const data = parseYaml(match[1]!) as Record<string, unknown>;
  const body = text.slice(match[0].length);
  expect(data).toMatchObject({
    title: 'Testförderung für Übungsräume',
    level: 'land',
    states: ['BY'],
    applicants: ['gemeinde'],
    stages: ['erarbeitung'],
    fields: ['verwaltung'],
    fundingTypes: ['zuschuss'],
    status: 'laufend',
    sourceUrl: 'https://www.example.org/testfoerderung',
  });
  expect(body.trim()).toBe('Ein kurzer Text für die Seite des Testprogramms.');
  expect(text).toContain('\ntitle: "Testförderung für Übungsräume"\n');
  expect(text).toContain('\nstates: [BY]\n');
  expect(text).not.toContain('neueKennung');

  // The build validates every file first; a file the workspace wrote must pass like one written by hand.
  const out = join(work, 'dist');
  const build = runBuild({ CONTENT_DIR: join(work, 'content'), OUT_DIR: out, BUILD_DATE: '2026-12-01' });
  expect(build.status, build.output.slice(-3000)).toBe(0);
  const built = readFileSync(join(out, 'foerderprogramme', name!.replace(/\.mdx$/, ''), 'index.html'), 'utf8');
  expect(built).toContain('Testförderung für Übungsräume');
  expect(built).toContain('Testministerium für Redaktionsfragen');
  // The rate edited in the test before (same copy of the content) is on its page too.
  const edited = readFileSync(join(out, 'foerderprogramme', 'nw-digitale-infrastruktur-koordination', 'index.html'), 'utf8');
  expect(edited).toMatch(/bis 75\s?%/);
});

test.describe('ohne Quelle', () => {
  // Decap rejects the save with a plain object it does not catch; the refusal itself is what this test checks.
  test.use({ alsoAllowed: { origins: [PROXY], scriptErrors: [/^undefined$|^$/] } });

  test('ein neues Programm ohne Quelle wird mit deutschen Meldungen abgelehnt und nicht geschrieben', async ({ page }) => {
    const before = readdirSync(join(work, 'content', 'programmes')).length;
    await open(page, '/collections/programmes/new');
    await page.getByLabel('Name des Programms').fill('Testprogramm für die Redaktion');
    await page.getByRole('button', { name: 'Veröffentlichen' }).first().click();
    await page.getByText('Jetzt veröffentlichen').click();
    await expect(page.getByText('Oops, einige zwingend erforderliche Felder sind nicht ausgefüllt.')).toBeVisible();
    await expect(page.getByText(/Amtliche Quelle \(Adresse\) ist erforderlich/i)).toBeVisible();
    await expect(page.getByText(/Zuletzt geprüft am ist erforderlich/i)).toBeVisible();
    expect(readdirSync(join(work, 'content', 'programmes')).length).toBe(before);
  });
});
