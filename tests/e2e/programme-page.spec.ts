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

test('der Eigenanteil-Rechner nimmt den Satz für Kommunen in Haushaltssicherung, wenn die Kommune es ankreuzt', async ({ page }) => {
  // Bibliotheksförderung NRW: up to 80 %, up to 90 % for municipalities in Haushaltssicherung (specialRates).
  const nbsp = (text: string) => text.replace(/ (?=%|€)/g, '\u00a0');
  await page.goto('/foerderprogramme/nw-bibliotheksfoerderung/');
  await page.getByLabel('Geplante förderfähige Kosten in Euro').fill('100.000');
  await page.getByRole('button', { name: 'Berechnen' }).click();
  const result = page.locator('own-share-calculator [role="status"]');
  await expect(result).toContainText(nbsp('80 % von 100.000 € ergeben 80.000 € Förderung.'));
  await expect(result).toContainText(nbsp('Für Kommunen in Haushaltsnotlage oder Haushaltssicherung nennt die Quelle 90 %.'));

  const box = page.getByLabel('Unsere Kommune ist in Haushaltsnotlage oder Haushaltssicherung');
  await box.check();
  // The shown result follows the tick at once, and the focus stays on the box.
  await expect(result).toContainText(
    nbsp('Für Kommunen in Haushaltsnotlage oder Haushaltssicherung gilt laut Quelle ein eigener Satz: 90 % von 100.000 € ergeben 90.000 € Förderung.'),
  );
  await expect(result).toContainText(nbsp('Eigenanteil der Kommune: 10.000 €.'));
  await expect(box).toBeFocused();
  await page.getByRole('button', { name: 'Berechnen' }).click();
  await expect(result).toContainText(nbsp('ergeben 90.000 € Förderung.'));
});
