import { expect, test } from './fixtures.ts';

test('eine abgelaufene Frist erscheint als abgelaufen, auch wenn die Seite seit Wochen nicht neu gebaut wurde', async ({ page }) => {
  // The build says „offen“ (deadline 31.12.2027); the browser's clock is past it.
  await page.clock.setFixedTime(new Date('2028-01-05T10:00:00+01:00'));
  await page.goto('/foerderprogramme/kommunalrichtlinie/');
  const tag = page.locator('main .tag[data-programme-status]').first();
  await expect(tag).toHaveText('geschlossen');
  await expect(tag).toHaveClass(/tag--geschlossen/);
});

test('vor der Frist bleibt der Status offen; kurz davor heißt er „Frist läuft bald ab“', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2027-12-20T10:00:00+01:00'));
  await page.goto('/foerderprogramme/kommunalrichtlinie/');
  await expect(page.locator('main .tag[data-programme-status]').first()).toHaveText('Frist läuft bald ab');
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
