import { expect, test } from './fixtures.ts';

test('die Suche findet Einträge, auch mit Suchbegriff aus der Adresse', async ({ page }) => {
  await page.goto('/suche/?q=Glasfaser');
  const results = page.locator('.pagefind-ui__result');
  await expect(results.first()).toBeVisible({ timeout: 15_000 });
  await expect(results.first().locator('.pagefind-ui__result-link').first()).toHaveAttribute('href', /^\/[a-z]/);
});

test('das Suchfeld der Startseite führt zu Ergebnissen', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('searchbox', { name: 'Suchbegriff' }).fill('Checkliste');
  await page.getByRole('button', { name: 'Suchen' }).click();
  await expect(page).toHaveURL(/\/suche\/\?q=Checkliste$/);
  await expect(page.locator('.pagefind-ui__result').first()).toBeVisible({ timeout: 15_000 });
});
