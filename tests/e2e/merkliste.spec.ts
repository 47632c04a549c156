/**
 * The Merkliste from picking to the council brief: picking on a programme page, in
 * a list and in the search; nothing stored before the first pick; the list, the
 * comparison, the own share, the share link in a fresh browser, the CSV and iCal
 * exports read back, the print view, 320 px, and the page without JavaScript.
 */
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { extractText, getDocumentProxy } from 'unpdf';
import type { Page } from '@playwright/test';
import { parseCsv } from '../../src/core/csv.ts';
import { parseCalendar } from '../../src/core/ical.ts';
import { STORAGE_KEY } from '../../src/core/saved-list.ts';
import { expect, test } from './fixtures.ts';

const KRL = '/foerderprogramme/kommunalrichtlinie/';
const DIK = '/foerderprogramme/nw-digitale-infrastruktur-koordination/';
const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
const nbsp = (text: string) => text.replace(/ (?=%|€)/g, '\u00a0');

async function pickTwoProgrammes(page: Page): Promise<void> {
  for (const path of [KRL, DIK]) {
    await page.goto(path);
    await page.locator('main save-toggle button').click();
    await expect(page.locator('main save-toggle button')).toHaveAttribute('aria-pressed', 'true');
  }
}

test('„Merken“ speichert erst beim ersten Klick, zählt im Kopf und sagt es an', async ({ page }) => {
  await page.goto(KRL);
  const toggle = page.getByRole('button', { name: /^Merken: Kommunalrichtlinie/ });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(page.locator('.saved-link')).toHaveText('Merkliste (0)');
  expect(await stored(page)).toBeNull();

  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.saved-link')).toHaveText('Merkliste (1)');
  await expect(page.locator('[data-saved-announce]')).toContainText('ist auf der Merkliste; dort steht 1 Eintrag.');
  expect(JSON.parse((await stored(page))!).keys).toEqual(['foerderprogramme/kommunalrichtlinie']);

  // A support offer from its list page, and a programme from the search.
  await page.goto('/unterstuetzung/');
  const offerCard = page.locator('.card').first();
  await offerCard.locator('save-toggle button').click();
  await page.goto('/suche/?q=Digitale%20Infrastruktur-Koordination');
  const hit = page.locator('#suche-ergebnisse li', { has: page.locator(`a[href="${DIK}"]`) });
  await hit.locator('save-toggle button').click();
  await expect(page.locator('.saved-link')).toHaveText('Merkliste (3)');

  // A result card of the Förder-Check, drawn in the browser from a template.
  await page.goto('/foerder-check/?typ=gemeinde&einwohner=9675&land=SN&phase=erarbeitung&hilfe=geld');
  const card = page.locator('#check-ergebnisse li.card', { has: page.locator('a[href^="/foerderprogramme/"]') }).first();
  const cardTitle = (await card.locator('h4 a, h3 a').first().textContent())!.trim();
  await card.getByRole('button', { name: `Merken: ${cardTitle}` }).click();
  await expect(page.locator('.saved-link')).toHaveText('Merkliste (4)');

  // Pressing again removes it, and the last removal clears the storage.
  await page.goto(KRL);
  await toggle.click();
  await expect(page.locator('.saved-link')).toHaveText('Merkliste (3)');
  await page.evaluate((key) => localStorage.setItem(key, JSON.stringify({ version: 1, keys: ['foerderprogramme/kommunalrichtlinie'] })), STORAGE_KEY);
  await page.reload();
  await page.getByRole('button', { name: /^Merken: Kommunalrichtlinie/ }).click();
  expect(await stored(page)).toBeNull();
});

test('die Merkliste vergleicht, rechnet den Eigenanteil, plant rückwärts und druckt eine Vorlage', async ({ page }) => {
  await pickTwoProgrammes(page);
  await page.goto('/merkliste/');
  await expect(page.locator('[data-part="count"]')).toHaveText('2 Einträge auf Ihrer Merkliste.');
  await expect(page.locator('.saved-items > li')).toHaveCount(2);

  const table = page.locator('table.compare');
  await expect(table.locator('thead th')).toHaveText(['Merkmal', /Kommunalrichtlinie/, /Digitale Infrastruktur-Koordination/]);
  const row = (label: string) => table.locator('tbody tr', { has: page.locator(`th:text-is("${label}")`) }).locator('td');
  // The Kommunalrichtlinie publishes no single rate; the comparison says so instead of leaving a gap.
  await expect(row('Förderquote')).toHaveText(['nicht angegeben', nbsp('bis 80 % (Anteilsfinanzierung: 80 % der zuwendungsfähigen Personalausgaben)')]);
  await expect(row('Länder')).toHaveText(['alle Länder', 'Nordrhein-Westfalen']);
  for (const cell of await table.locator('td').allTextContents()) expect(cell.trim()).not.toBe('');

  await page.getByLabel('Name des Vorhabens').fill('Digitales Rathaus');
  await page.getByLabel('Geplante förderfähige Kosten in Euro').fill('100.000');
  await page.getByLabel('Beschluss des Rats oder Kreistags über den Antrag').fill('8');
  await page.getByRole('button', { name: 'Übernehmen' }).click();
  await expect(row(nbsp('Eigenanteil bei 100.000 €'))).toHaveText([
    'Die Quelle nennt keinen Fördersatz; eine Rechnung wäre geraten. Fragen Sie die Bewilligungsstelle.',
    nbsp('80 % von 100.000 € ergeben 80.000 € Förderung. Eigenanteil der Kommune: 20.000 €.'),
  ]);
  // Eight weeks before 31 August 2027.
  const dikPlan = page.locator('.plan-block', { has: page.locator(`a[href="${DIK}"]`) });
  await expect(dikPlan.locator('li', { hasText: 'Beschluss des Rats' })).toContainText('6. Juli 2027');

  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.brief-title')).toBeVisible();
  await expect(page.locator('.brief-title')).toHaveText('Fördermöglichkeiten für „Digitales Rathaus“');
  await expect(page.getByRole('heading', { level: 1 })).toBeHidden();
  await expect(page.locator('[data-part="project"]')).toBeHidden();
  await expect(table).toBeVisible();
  await expect(dikPlan).toBeVisible();

  // The PDF a user saves from the print dialog: A4 landscape (842 × 595 pt), with the brief's title and the comparison.
  const pdf = await getDocumentProxy(new Uint8Array(await page.pdf({ preferCSSPageSize: true })));
  const [x0, y0, x1, y1] = (await pdf.getPage(1)).view;
  expect([Math.round(x1! - x0!), Math.round(y1! - y0!)]).toEqual([842, 595]);
  const { text } = await extractText(pdf, { mergePages: true });
  expect(text).toContain('Fördermöglichkeiten für „Digitales Rathaus“');
  expect(text).toMatch(/Vorzeitiger\s+Maßnahmenbeginn/);
  expect(text).not.toContain('Übernehmen');
});

test('ein geteilter Link öffnet die Liste in einem frischen Browser, nennt Unbekanntes und speichert erst auf Wunsch', async ({ page, browser, baseURL }) => {
  await pickTwoProgrammes(page);
  await page.goto('/merkliste/');
  const link = await page.getByLabel('Link zu dieser Liste für Ihr Team').inputValue();
  expect(link).toContain('foerderprogramme=kommunalrichtlinie,nw-digitale-infrastruktur-koordination');

  const context = await browser.newContext({ baseURL });
  const other = await context.newPage();
  await other.goto(`${link}&unterstuetzung=gibt-es-nicht&foerderprogramme=<b>`);
  await expect(other.locator('[data-part="shared-text"]')).toContainText('geteilte Merkliste mit 2 Einträgen. Sie ist nicht gespeichert.');
  await expect(other.locator('.saved-items h3')).toHaveText([/Kommunalrichtlinie/, /Digitale Infrastruktur-Koordination/]);
  await expect(other.locator('[data-part="notes"]')).toContainText('„unterstuetzung/gibt-es-nicht“');
  await expect(other.locator('[data-part="notes"]')).toContainText('„<b>“');
  expect(await stored(other)).toBeNull();

  await other.getByRole('button', { name: 'Zu meiner Merkliste hinzufügen' }).click();
  await expect(other.locator('#eintraege')).toBeFocused();
  expect(JSON.parse((await stored(other))!).keys).toEqual(['foerderprogramme/kommunalrichtlinie', 'foerderprogramme/nw-digitale-infrastruktur-koordination']);
  await expect(other.locator('.saved-link')).toHaveText('Merkliste (2)');
  expect(new URL(other.url()).search).toBe('');
  await context.close();
});

test('CSV und Kalenderdatei der Merkliste lassen sich zurücklesen', async ({ page, request }) => {
  await pickTwoProgrammes(page);
  await page.goto('/merkliste/');
  await expect(page.locator('.saved-items > li')).toHaveCount(2);

  const csvDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Tabelle der Programme (CSV)' }).click();
  const csv = parseCsv(await readFile((await (await csvDownload).path())!, 'utf8'));
  const openData = parseCsv(await (await request.get('/daten/foerderprogramme.csv')).text());
  expect(csv[0]).toEqual(openData[0]);
  const ids = ['kommunalrichtlinie', 'nw-digitale-infrastruktur-koordination'];
  expect(csv.slice(1).map((row) => row[0]).sort()).toEqual(ids);
  expect(csv.slice(1)).toEqual(openData.filter((row) => ids.includes(row[0]!)));

  await page.getByLabel('Antrag fertig entworfen und abgestimmt').fill('3');
  await page.getByRole('button', { name: 'Übernehmen' }).click();
  const icsDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Fristen und Rückwärtsplan (iCal)' }).click();
  const events = parseCalendar(await readFile((await (await icsDownload).path())!, 'utf8'));
  const byUid = new Map(events.map((event) => [event.UID, event]));
  expect(byUid.get('kommunalrichtlinie-2027-12-31@foerderfinder-digitale-kommune')?.DTSTART).toBe('20271231');
  // Three weeks before 31 December 2027, and the default twelve weeks for the budget.
  expect(byUid.get('antrag-kommunalrichtlinie-2027-12-31@foerderfinder-digitale-kommune')?.DTSTART).toBe('20271210');
  expect(byUid.get('haushalt-kommunalrichtlinie-2027-12-31@foerderfinder-digitale-kommune')?.DTSTART).toBe('20271008');
  expect(byUid.get('ratsbeschluss-nw-digitale-infrastruktur-koordination-2027-08-31@foerderfinder-digitale-kommune')?.SUMMARY).toMatch(/^Beschluss des Rats .*: Richtlinie Digitale Infrastruktur-Koordination/);
});

test('falsche Eingaben bei Kosten und Vorlauf bekommen eine Fehlerübersicht und eine Meldung am Feld', async ({ page }) => {
  await pickTwoProgrammes(page);
  await page.goto('/merkliste/');
  const cost = page.getByLabel('Geplante förderfähige Kosten in Euro');
  await cost.fill('ca. 1 Mio.');
  await page.getByLabel('Haushaltsmittel für den Eigenanteil gesichert').fill('200');
  await page.getByRole('button', { name: 'Übernehmen' }).click();
  const summary = page.locator('#merkliste-fehler');
  await expect(summary).toBeFocused();
  await expect(summary.locator('li')).toHaveCount(2);
  await expect(cost).toHaveAttribute('aria-invalid', '');
  await summary.getByRole('link').first().click();
  await expect(cost).toBeFocused();
});

test('die Merkliste passt auf 320 px; der Vergleich scrollt in seinem Kasten', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await pickTwoProgrammes(page);
  await page.goto('/merkliste/');
  await expect(page.locator('table.compare thead th')).toHaveCount(3);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  const box = page.locator('.table-scroll');
  expect(await box.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
  // The scrolling box is reachable by keyboard, so it can be scrolled without a mouse.
  await expect(box).toHaveAttribute('tabindex', '0');
});

test.describe('ohne JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('keine Merken-Knöpfe, und die Merkliste sagt, was sie braucht und wohin stattdessen', async ({ page }) => {
    await page.goto(KRL);
    await expect(page.locator('save-toggle button')).toBeHidden();
    await expect(page.locator('.saved-link')).toBeHidden();
    await page.goto('/merkliste/?foerderprogramme=kommunalrichtlinie');
    await expect(page.getByRole('heading', { name: 'Die Merkliste braucht JavaScript' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Förderprogramme A–Z' }).last()).toBeVisible();
  });
});

test('die Merkliste rechnet mit dem eigenen Satz für Kommunen in Haushaltsnotlage, wo die Quelle einen nennt', async ({ page }) => {
  // Bibliotheksförderung NRW: up to 80 %, up to 90 % for municipalities in Haushaltsnotlage.
  await page.goto('/foerderprogramme/nw-bibliotheksfoerderung/');
  await page.locator('main save-toggle button').click();
  await page.goto('/merkliste/');
  await page.getByLabel('Geplante förderfähige Kosten in Euro').fill('100000');
  await page.getByRole('button', { name: 'Übernehmen' }).click();
  const share = page.locator('.saved-items .own-share');
  await expect(share).toContainText(nbsp('ergeben 80.000 € Förderung'));
  await page.getByLabel('Unsere Kommune ist in Haushaltsnotlage oder Haushaltssicherung').check();
  await page.getByRole('button', { name: 'Übernehmen' }).click();
  await expect(share).toContainText(nbsp('90.000 €'));
  await expect(share).not.toContainText(nbsp('ergeben 80.000 €'));
});
