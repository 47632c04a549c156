import { expect, test } from './fixtures.ts';
import { contentPages, legalNavigation, mainNavigation } from './site-pages.ts';

test.use({ javaScriptEnabled: false });

test.describe('Ohne JavaScript', () => {
  // Pages in groups of twenty per browser page: a fresh context per page cost 2–4 s each on
  // a loaded CI machine (eight of fifteen minutes), a page load without scripts some 50 ms.
  const GROUP = 20;
  for (let start = 0; start < contentPages.length; start += GROUP) {
    const group = contentPages.slice(start, start + GROUP);
    test(`Inhaltsseiten ${start + 1}–${start + group.length} (ab ${group[0]!.path}) zeigen ihren Inhalt`, async ({ page }) => {
      for (const { path, title } of group) {
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(200);
        await expect(page.locator('h1'), path).toHaveText(title);
        const text = await page.locator('main').innerText();
        expect(text.length, path).toBeGreaterThan(300);
      }
    });
  }

  test('jeder Link der Haupt- und Fußnavigation führt zu einer Seite', async ({ page }) => {
    for (const item of [...mainNavigation, ...legalNavigation]) {
      await page.goto('/');
      await page.getByRole('navigation', { name: /Hauptnavigation|Rechtliches/ }).getByRole('link', { name: item.label, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`${item.href}$`));
      await expect(page.locator('h1')).toBeVisible();
    }
  });

  test('die Suche sagt ohne JavaScript, wo es weitergeht', async ({ page }) => {
    await page.goto('/suche/');
    await expect(page.locator('main')).toContainText('Die Volltextsuche braucht JavaScript');
  });
});

test.describe('Ohne JavaScript: Wege statt Suche', () => {
  test('die Suchseite nennt A–Z, Themen, Länder und Listen, und jeder Weg führt zu Einträgen', async ({ page }) => {
    await page.goto('/suche/?q=Breitband');
    const fallback = page.locator('#suche-ohne-js');
    await expect(fallback).toContainText('braucht JavaScript');
    for (const [name, href] of [['Alle Förderprogramme von A bis Z', '/a-z/'], ['Nach Themen', '/themen/'], ['Nach Ländern', '/bundeslaender/']] as const) {
      await expect(fallback.getByRole('link', { name })).toHaveAttribute('href', href);
    }
    await page.goto('/a-z/');
    expect(await page.locator('.az-list li').count()).toBeGreaterThan(150);
    await page.goto('/themen/verwaltung/');
    await expect(page.getByRole('heading', { level: 2, name: /Jetzt beantragen/ })).toBeVisible();
  });
});
