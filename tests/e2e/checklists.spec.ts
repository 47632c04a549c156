import { expect, test } from './fixtures.ts';

const path = '/checklisten/foerderantrag-vorbereiten/';

test('Haken bleiben nach dem Neuladen, der Fortschritt zählt mit, Zurücksetzen leert alles', async ({ page }) => {
  await page.goto(path);
  const progress = page.locator('#checkliste-fortschritt');
  await expect(progress).toBeVisible();
  const total = await page.locator('.checklist-items > li').count();
  await expect(progress).toHaveText(`0 von ${total} erledigt`);
  const boxes = page.locator('.checklist-items input.tick');
  await boxes.nth(0).check();
  await boxes.nth(2).check();
  await expect(progress).toHaveText(`2 von ${total} erledigt`);
  await page.reload();
  await expect(boxes.nth(0)).toBeChecked();
  await expect(boxes.nth(2)).toBeChecked();
  await expect(boxes.nth(1)).not.toBeChecked();
  await expect(progress).toHaveText(`2 von ${total} erledigt`);
  await page.getByRole('button', { name: 'Alle Haken entfernen' }).click();
  await expect(progress).toHaveText(`0 von ${total} erledigt`);
  await page.reload();
  await expect(boxes.nth(0)).not.toBeChecked();
});

test('Haken einer Checkliste gelten nicht für eine andere', async ({ page }) => {
  await page.goto(path);
  await page.locator('.checklist-items input.tick').first().check();
  await page.goto('/checklisten/digitalstrategie-erarbeiten/');
  await expect(page.locator('.checklist-items input.tick:checked')).toHaveCount(0);
});

test('ein Link auf einen Schritt hebt ihn hervor und setzt den Fokus dorthin', async ({ page }) => {
  await page.goto(path);
  const id = await page.locator('.checklist-items > li').nth(4).getAttribute('id');
  await page.goto(`${path}#${id}`);
  const item = page.locator(`[id="${id}"]`);
  await expect(item).toBeFocused();
  await expect(item).toBeInViewport();
  const background = await item.evaluate((element) => getComputedStyle(element).backgroundColor);
  expect(background).not.toBe('rgba(0, 0, 0, 0)');
});

test('abhaken geht allein mit der Tastatur, jeder Haken ist nach seinem Schritt benannt', async ({ page }) => {
  await page.goto(path);
  const first = page.locator('.checklist-items > li').first();
  const text = (await first.locator('strong').textContent())!;
  await expect(page.getByRole('checkbox', { name: text })).toBeVisible();
  for (let presses = 0; presses < 60; presses++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.classList.contains('tick'))) break;
  }
  await page.keyboard.press('Space');
  await expect(page.getByRole('checkbox', { name: text })).toBeChecked();
});

test('jeder Schritt hat „Link kopieren“, der die Adresse mit Anker liefert', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(path);
  const second = page.locator('.checklist-items > li').nth(1);
  const id = await second.getAttribute('id');
  await second.getByRole('button', { name: 'Link kopieren' }).click();
  await expect(second.getByRole('status')).toHaveText(/Link kopiert|#/);
  const copied = await page.evaluate(() => navigator.clipboard.readText().catch(() => ''));
  if (copied) expect(copied).toBe(`${new URL(baseURL!).origin}${path}#${id}`);
});

test('PDF-Download mit Größe, ausgeliefert als PDF', async ({ page, request }) => {
  await page.goto(path);
  const link = page.getByRole('link', { name: 'Als PDF herunterladen' });
  await expect(link.locator('xpath=..')).toContainText(/PDF, \d+ KB/);
  const response = await request.get((await link.getAttribute('href'))!);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('application/pdf');
  expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-');
});

test('die Druckansicht zeigt leere Kästchen und keine Bedienelemente', async ({ page }) => {
  await page.goto(path);
  await page.locator('.checklist-items input.tick').first().check();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.checklist-items input.tick').first()).toBeHidden();
  await expect(page.locator('[data-checklist-tools]')).toBeHidden();
  const box = await page.locator('.checklist-items > li').first().evaluate((element) => getComputedStyle(element, '::before').borderTopStyle);
  expect(box).toBe('solid');
});

test('wer eine Checkliste nur liest, hinterlässt nichts im Browser; erst ein Haken wird gespeichert', async ({ page }) => {
  await page.goto(path);
  await expect(page.locator('#checkliste-fortschritt')).toBeVisible();
  const stored = () => page.evaluate(() => Object.keys(localStorage));
  expect(await stored()).toEqual([]);
  const box = page.locator('.checklist-items input.tick').first();
  await box.check();
  expect(await stored()).toEqual(['foerderfinder:checkliste:foerderantrag-vorbereiten']);
  await box.uncheck();
  expect(await stored()).toEqual([]);
});

test('ein kaputter Anker in der Adresse stört die Checkliste nicht', async ({ page }) => {
  // The fixture fails the test on any uncaught error, such as a URIError from decoding.
  await page.goto(`${path}#%E0%A4%A`);
  await expect(page.locator('#checkliste-fortschritt')).toHaveText(/^0 von \d+ erledigt$/);
});
