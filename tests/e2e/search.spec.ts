import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { entryUrl, stateUrl } from '../../src/core/urls.ts';

const resultLinks = (page: Page) => page.locator('#suche-ergebnisse h2 a');

async function topHits(page: Page, query: string, count = 5): Promise<string[]> {
  await page.goto(`/suche/?q=${encodeURIComponent(query)}`);
  await expect(page.locator('#suche-status')).toContainText('Ergebnis', { timeout: 15_000 });
  return (await resultLinks(page).evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))).slice(0, count);
}

/**
 * What a municipal official types, and an entry that must be among the first
 * five results. Written from the content, not from the search output.
 */
const queries: Array<[string, string]> = [
  ['Breitband', entryUrl('guides', 'breitbandausbau-planen')],
  ['WLAN', entryUrl('programmes', 'wifi4eu')],
  ['E-Akte', entryUrl('examples', 'brandis')],
  ['Onlinezugangsgesetz', entryUrl('guides', 'onlinedienste-einfuehren')],
  // With fifteen Smart-City examples the closed federal model projects fell out of the top five; the open advice office is what a town needs now.
  ['Smart City', entryUrl('offers', 'smart-city-dialog')],
  ['Bürgerbeteiligung', entryUrl('checklists', 'digitale-buergerbeteiligung')],
  ['Förderantrag', entryUrl('checklists', 'foerderantrag-vorbereiten')],
  ['Datenschutz', entryUrl('checklists', 'datenschutz-im-digitalprojekt')],
  // Open programmes come before announced and closed ones (issue 18): a school
  // IT programme one can apply to now must lead, not the DigitalPakt 2019–2024.
  ['Schule digital', entryUrl('programmes', 'by-schulmobe')],
  ['LEADER', entryUrl('programmes', 'leader')],
  ['Verwendungsnachweis', entryUrl('checklists', 'verwendungsnachweis-erstellen')],
  ['Vergabe IT', entryUrl('checklists', 'it-dienstleistungen-beschaffen')],
  ['KfW Kredit', entryUrl('programmes', 'kfw-investitionskredit-kommunen')],
  ['Klimaschutz', entryUrl('programmes', 'kommunalrichtlinie')],
  ['Digitalstrategie', entryUrl('checklists', 'digitalstrategie-erarbeiten')],
  ['Gigabit Bayern', entryUrl('programmes', 'by-kofinanzierungs-gigabitrichtlinie')],
  // The federal town-centre programme of 2021–2025 is closed and now follows the standing Städtebauförderung („Lebendige Zentren“).
  ['Innenstadt', entryUrl('programmes', 'staedtebaufoerderung')],
  ['Gesundheitsamt', entryUrl('programmes', 'digitalisierung-oeffentlicher-gesundheitsdienst')],
  ['Jena', entryUrl('examples', 'jena')],
  ['interkommunale Zusammenarbeit', entryUrl('guides', 'interkommunal-zusammenarbeiten')],
  // Typed without umlauts, and cut short: both must still find the entry.
  ['Buergerbeteiligung', entryUrl('checklists', 'digitale-buergerbeteiligung')],
  ['Digitalstrat', entryUrl('guides', 'digitalstrategie-entwickeln')],
];

test.describe('Suchqualität: das Erwartete steht unter den ersten fünf', () => {
  for (const [query, expected] of queries) {
    test(`„${query}“ findet ${expected}`, async ({ page }) => {
      expect(await topHits(page, query)).toContain(expected);
    });
  }
});

// „Glasfaser“ no longer expects the closed federal call in the first ten: closed
// programmes follow the open ones in a topic search (test below), and the call is
// found by its name. „Sachsen“ finds its Land page as the best bet above the
// results, tested with the other Länder below.

test('Stichwort, Filter und Sortierung stehen in der Adresse und lassen sich teilen', async ({ page }) => {
  await page.goto('/suche/?q=Breitband&typ=foerderprogramm&land=BY');
  await expect(page.locator('#suche-status')).toContainText('für „Breitband“', { timeout: 15_000 });
  for (const kind of await page.locator('#suche-ergebnisse .kicker').allTextContents()) expect(kind).toBe('Förderprogramm');
  await expect(page.getByRole('checkbox', { name: /Bayern/ })).toBeChecked();
  await page.getByLabel('Sortierung').selectOption('frist');
  await expect(page).toHaveURL(/sortierung=frist/);
  await page.getByRole('button', { name: 'Filter Bayern entfernen' }).click();
  await expect(page).toHaveURL('/suche/?q=Breitband&typ=foerderprogramm&sortierung=frist');
});

test('das Suchfeld im Kopf jeder Seite führt zur Suche', async ({ page }) => {
  await page.goto('/checklisten/');
  await page.getByRole('search', { name: 'Website durchsuchen' }).getByRole('searchbox').fill('Datenschutz');
  await page.getByRole('search', { name: 'Website durchsuchen' }).getByRole('button', { name: 'Suchen' }).click();
  await expect(page).toHaveURL(/\/suche\/\?q=Datenschutz$/);
  await expect(resultLinks(page).first()).toBeVisible({ timeout: 15_000 });
});

test('nur mit Filtern blättern, ohne Suchbegriff', async ({ page }) => {
  await page.goto('/suche/?feld=bildung');
  await expect(page.locator('#suche-status')).toContainText('Ergebnisse', { timeout: 15_000 });
  expect(await resultLinks(page).count()).toBeGreaterThan(0);
});

test('das Suchfeld der Startseite führt zu Ergebnissen, die Anzahl wird angesagt', async ({ page }) => {
  await page.goto('/');
  await page.locator('#suche-start').fill('Checkliste');
  await page.locator('#suche-start').press('Enter');
  await expect(page).toHaveURL(/\/suche\/\?q=Checkliste$/);
  await expect(page.locator('#suche-status')).toHaveAttribute('aria-live', 'polite');
  await expect(page.locator('#suche-status')).toContainText(/\d+ Ergebnisse für „Checkliste“/, { timeout: 15_000 });
  await expect(resultLinks(page).first()).toBeVisible();
});

test('wer nach einem Land sucht, bekommt dessen Länderseite über den Treffern', async ({ page }) => {
  for (const [query, code] of [['Sachsen', 'SN'], ['Sachsen-Anhalt', 'ST'], ['thueringen', 'TH']] as const) {
    await page.goto(`/suche/?q=${encodeURIComponent(query)}`);
    await expect(page.locator('#suche-status')).toContainText('Ergebnis');
    const tip = page.locator('#suche-tipp');
    await expect(tip).toBeVisible();
    await expect(tip.getByRole('link')).toHaveAttribute('href', stateUrl(code));
  }
  await page.goto('/suche/?q=Breitband');
  await expect(page.locator('#suche-status')).toContainText('Ergebnis');
  await expect(page.locator('#suche-tipp')).toBeHidden();
});

test('ein fehlgeschlagener Download des Suchindex heißt nicht „0 Ergebnisse“, sondern wird gemeldet', async ({ page }) => {
  await page.route('**/pagefind/index/**', (route) => route.abort());
  await page.goto('/suche/?q=Breitband');
  const status = page.locator('#suche-status');
  await expect(status).toContainText('konnte gerade nicht alle nötigen Daten laden', { timeout: 15_000 });
  await expect(status).not.toContainText('0 Ergebnisse');
  await expect(status).not.toContainText('npm');
});

test('eine Suche ohne Treffer sagt „0 Ergebnisse“, und keinen Ladefehler meldet', async ({ page }) => {
  await page.goto('/suche/?q=Quxwerpelzahn');
  await expect(page.locator('#suche-status')).toContainText('0 Ergebnisse für „Quxwerpelzahn“');
  await expect(page.locator('#suche-status')).not.toContainText('nicht alle nötigen Daten');
});

test('Synonyme: „Breitband“ findet auch Einträge, die nur „Glasfaser“ oder „Gigabit“ sagen; „OZG“ findet das Onlinezugangsgesetz', async ({ page }) => {
  expect(await topHits(page, 'Breitband Nordrhein-Westfalen')).toContain(entryUrl('programmes', 'nw-gigabit-kofinanzierung'));
  expect(await topHits(page, 'OZG')).toContain(entryUrl('guides', 'onlinedienste-einfuehren'));
  expect(await topHits(page, 'Beratung kostenlos')).toContain(entryUrl('offers', 'breitbandbuero-saar'));
});

test('geschlossene Programme führen eine Themensuche nicht an, werden über ihren Namen aber gefunden', async ({ page }) => {
  const topic = await topHits(page, 'Schulen WLAN', 3);
  expect(topic).not.toContain(entryUrl('programmes', 'by-glasfaser-wlan-richtlinie'));
  // All DigitalPakt Schule programmes 2019–2024 are closed; searched by name, they still lead.
  expect((await topHits(page, 'DigitalPakt Schule', 1))[0]).toMatch(/digitalpakt-schule\/$/);
  expect(await topHits(page, 'DigitalPakt Schule 2019–2024', 3)).toContain(entryUrl('programmes', 'digitalpakt-schule'));
  expect((await topHits(page, 'Gigabitförderung 2.0', 1))[0]).toBe(entryUrl('programmes', 'gigabitfoerderung-bund'));
});

test('findet ein Wort nichts, sagt die Suche das und zeigt die Treffer der übrigen Wörter', async ({ page }) => {
  await page.goto('/suche/?q=Glasfaser%20Quxwerpelzahn');
  await expect(page.locator('#suche-status')).toContainText('Kein Treffer für „Quxwerpelzahn“ – Ergebnisse für die übrigen Wörter:');
  await expect(resultLinks(page).first()).toBeVisible();
});

test('bei einem Tippfehler sucht die Suche nach dem richtigen Wort aus den eigenen Texten und sagt das', async ({ page }) => {
  // Pagefind alone answers „Breitbnad“ with pages that say „breit“ and „Digitalstrateige“ with everything „digital“.
  for (const [typed, meant, answer] of [
    ['Breitbnad', 'Breitband', entryUrl('guides', 'breitbandausbau-planen')],
    ['Digitalstrateige', 'Digitalstrategie', entryUrl('guides', 'digitalstrategie-entwickeln')],
  ] as const) {
    await page.goto(`/suche/?q=${typed}`);
    await expect(page.locator('#suche-status')).toContainText(`Keine passenden Treffer für „${typed}“ – meinten Sie „${meant}“?`, { timeout: 15_000 });
    await expect(page.locator('#suche-status')).toContainText(`Ergebnisse für „${meant}“.`);
    expect(await resultLinks(page).evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toContain(answer);
  }
  // A correctly spelt word is searched as typed, and the word list is not even loaded.
  const wordList = page.waitForRequest('**/suche/woerter.json', { timeout: 3_000 }).then(() => true, () => false);
  await page.goto('/suche/?q=Breitbandausbau');
  await expect(page.locator('#suche-status')).toContainText('Ergebnisse für „Breitbandausbau“.');
  await expect(page.locator('#suche-status')).not.toContainText('meinten Sie');
  expect(await wordList).toBe(false);
});

test('die Zahl an jedem Filter stimmt mit den Treffern überein, die er zeigt – auch für Land, Antragsberechtigte und Größe', async ({ page }) => {
  const shownCount = async () => Number(/(\d+) Ergebnis/.exec((await page.locator('#suche-status').textContent()) ?? '')?.[1]);
  for (const [param, id, label] of [['land', 'SN', 'Sachsen'], ['wer', 'landkreis', 'Landkreise'], ['groesse', 'unter-5000', 'unter 5.000 Einwohner']] as const) {
    await page.goto('/suche/?q=Breitband');
    await expect(page.locator('#suche-status')).toContainText('Ergebnis');
    // Wide screens show the filters open beside the results.
    await expect(page.locator('#suche-filterbereich')).toHaveAttribute('open', '');
    const option = page.locator(`#suche-filter input[name="${param}"][value="${id}"]`).locator('xpath=..');
    await expect(option).toBeAttached({ timeout: 15_000 });
    const counted = Number(/\((\d+)\)/.exec((await option.textContent()) ?? '')?.[1]);
    await page.goto(`/suche/?q=Breitband&${param}=${id}`);
    await expect(page.locator('#suche-status')).toContainText('Ergebnis');
    expect(await shownCount(), `${label}`).toBe(counted);
  }
  await expect(page.locator('#suche-filterbereich > summary')).toHaveText('Filter (1 aktiv)');
});

test('wer von der Suche weiterklickt, gibt den Suchbegriff nicht als Referer an den Server weiter', async ({ page, baseURL }) => {
  await page.goto('/suche/?q=Breitband');
  const link = resultLinks(page).first();
  await expect(link).toBeVisible({ timeout: 15_000 });
  const navigation = page.waitForRequest((request) => request.isNavigationRequest() && request.url() !== page.url());
  await link.click();
  expect((await navigation).headers()['referer']).toBe(`${new URL(baseURL!).origin}/`);
});

test('der Fokus bleibt beim Filtern, beim Entfernen eines Filters und bei „Weitere Ergebnisse“ an sinnvoller Stelle', async ({ page }) => {
  await page.goto('/suche/?q=Förderung');
  await expect(page.locator('#suche-status')).toContainText('Ergebnis');
  // Ticking a box by keyboard: the redrawn box keeps the focus.
  const box = page.locator('#suche-filter input[name="ebene"]').first();
  const value = await box.getAttribute('value');
  await box.focus();
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(new RegExp(`ebene=${value}`));
  await expect(page.locator(`#suche-filter input[name="ebene"][value="${value}"]`)).toBeFocused();
  await expect(page.locator(`#suche-filter input[name="ebene"][value="${value}"]`)).toBeChecked();

  // Removing a chip: the focus goes to the chip that takes its place.
  await page.goto('/suche/?q=Förderung&typ=foerderprogramm&ebene=land');
  await expect(page.locator('#suche-aktiv button')).toHaveCount(2);
  await page.locator('#suche-aktiv button').first().click();
  await expect(page.locator('#suche-aktiv button')).toHaveCount(1);
  await expect(page.locator('#suche-aktiv button').first()).toBeFocused();

  // „Weitere Ergebnisse“ until the last page: the focus is on the first result added each time.
  await page.goto('/suche/?q=Förderung');
  const more = page.locator('#suche-mehr');
  for (let round = 1; round <= 3 && (await more.isVisible()); round++) {
    await more.click();
    await expect(page.locator(`#suche-ergebnisse > li:nth-child(${round * 10 + 1}) h2 a`)).toBeFocused();
  }
});
