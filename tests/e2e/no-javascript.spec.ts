import { expect, test } from './fixtures.ts';
import { contentPages, legalNavigation, mainNavigation } from './site-pages.ts';

test.use({ javaScriptEnabled: false });

test.describe('Ohne JavaScript', () => {
  for (const { path, title } of contentPages) {
    test(`${path} zeigt seinen Inhalt`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.locator('h1')).toHaveText(title);
      const text = await page.locator('main').innerText();
      expect(text.length).toBeGreaterThan(300);
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
