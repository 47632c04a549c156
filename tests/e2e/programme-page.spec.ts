import { expect, test } from './fixtures.ts';

test('der Eigenanteil-Rechner nennt Förderung und Eigenanteil mit der Regel, und meldet eine unbrauchbare Zahl am Feld', async ({ page }) => {
  // Gigabitförderung des Bundes: 50–70 % of the costs, no published maximum.
  await page.goto('/foerderprogramme/gigabitfoerderung-bund/');
  const cost = page.getByLabel('Geplante förderfähige Kosten in Euro');
  await cost.fill('ca. 200 000');
  await page.getByRole('button', { name: 'Berechnen' }).click();
  await expect(page.locator('#eigenanteil-fehler')).toBeVisible();
  await expect(cost).toHaveAttribute('aria-invalid', '');
  await expect(cost).toBeFocused();
  await cost.fill('200.000');
  await page.getByRole('button', { name: 'Berechnen' }).click();
  const result = page.locator('own-share-calculator [role="status"]');
  await expect(result).toHaveText('50 % bis 70 % von 200.000 € ergeben 100.000 € bis 140.000 € Förderung. Eigenanteil der Kommune: 60.000 € bis 100.000 €.'.replace(/ (?=%|€)/g, '\u00a0'));
  await expect(page.locator('#eigenanteil-fehler')).toBeHidden();
  await expect(cost).not.toHaveAttribute('aria-invalid');
});
