import { expect, test } from './fixtures.ts';

test('eine abgelaufene Frist erscheint als abgelaufen, auch wenn die Seite seit Wochen nicht neu gebaut wurde', async ({ page }) => {
  // The build says „offen“ (deadline 31.12.2027); the browser's clock is past it.
  await page.clock.setFixedTime(new Date('2028-01-05T10:00:00+01:00'));
  await page.goto('/foerderprogramme/kommunalrichtlinie/');
  const tag = page.locator('main [data-programme-status] .tag').first();
  await expect(tag).toHaveText('geschlossen');
  await expect(tag).toHaveClass(/tag--geschlossen/);
});

test('vor der Frist bleibt der Status offen; kurz davor heißt er „Frist läuft bald ab“', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2027-12-20T10:00:00+01:00'));
  await page.goto('/foerderprogramme/kommunalrichtlinie/');
  await expect(page.locator('main [data-programme-status] .tag').first()).toHaveText('Frist läuft bald ab');
});

test('Karten auf Länder- und Listenseiten zählen die Tage bis zur Frist mit der Uhr des Browsers', async ({ page }) => {
  // Built on the real day, the Kommunalrichtlinie's deadline (31.12.2027) is far away and shows no day count.
  await page.clock.setFixedTime(new Date('2027-12-21T10:00:00+01:00'));
  await page.goto('/bundeslaender/thueringen/');
  const card = page.locator('li.result', { has: page.getByRole('link', { name: /Kommunalrichtlinie/ }) });
  await expect(card.locator('.tag')).toHaveText('Frist läuft bald ab');
  await expect(card.locator('[data-next-deadline]')).toHaveText(/Nächste Frist: 31\. Dezember 2027 \(noch 10 Tage\)/);

  await page.clock.setFixedTime(new Date('2028-01-05T10:00:00+01:00'));
  await page.goto('/foerderprogramme/');
  const listed = page.locator('li.card', { has: page.getByRole('link', { name: /Kommunalrichtlinie/ }) });
  await expect(listed.locator('.tag')).toHaveText('geschlossen');
  await expect(listed.locator('[data-next-deadline]')).toBeHidden();
  await page.goto('/foerderprogramme/kommunalrichtlinie/');
  await expect(page.locator('dd[data-next-deadline]')).toHaveText('keine – das Programm ist geschlossen');
});

test('der Fristenkalender filtert nach Land und Ebene und bietet die Kalenderdatei an', async ({ page, request }) => {
  await page.goto('/fristen/');
  const items = page.locator('.deadline-month li');
  const all = await items.count();
  await page.getByLabel('Ebene').selectOption('eu');
  const eu = await page.locator('.deadline-month li:visible').count();
  expect(eu).toBeLessThanOrEqual(all);
  await expect(page.locator('#fristen-anzahl')).toHaveText(`${eu} kommende Fristen.`);
  const ics = await request.get('/fristen.ics');
  expect(ics.headers()['content-type']).toContain('text/calendar');
  expect(await ics.text()).toMatch(/^BEGIN:VCALENDAR\r\n/);
});
