/**
 * The first Intl formatter a page builds loads the browser's locale data, 50–100 ms
 * on the main thread. Pages that show no programme status and format nothing on
 * the client must not build one while they load.
 */
import { expect, test } from './fixtures.ts';

const pages: Array<{ path: string; ready: string }> = [
  { path: '/suche/?q=Breitband', ready: '#suche-ergebnisse li' },
  { path: '/leitfaeden/breitbandausbau-planen/', ready: 'main h1' },
  { path: '/checklisten/breitbandprojekt-vorbereiten/', ready: '.checklist-items input[type=checkbox]' },
  { path: '/foerder-check/', ready: '#check-fortschritt' },
];

for (const { path, ready } of pages) {
  test(`${path} baut beim Laden keinen Intl-Formatierer`, async ({ page }) => {
    await page.addInitScript(() => {
      const built: string[] = [];
      (window as unknown as { intlBuilt: string[] }).intlBuilt = built;
      for (const name of ['NumberFormat', 'DateTimeFormat', 'Collator'] as const) {
        const original = Intl[name] as unknown as new (...args: unknown[]) => object;
        // A subclass keeps instanceof and the static methods working.
        const counting = class extends original {
          constructor(...args: unknown[]) {
            super(...args);
            built.push(name);
          }
        };
        Object.defineProperty(Intl, name, { value: counting, configurable: true, writable: true });
      }
    });
    await page.goto(path);
    await page.locator(ready).first().waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => (window as unknown as { intlBuilt: string[] }).intlBuilt)).toEqual([]);
  });
}

test('eine Programmseite baut ihren Datumsformatierer für den Status, einmal', async ({ page }) => {
  await page.addInitScript(() => {
    let built = 0;
    const original = Intl.DateTimeFormat;
    Object.defineProperty(Intl, 'DateTimeFormat', {
      value: class extends original {
        constructor(...args: ConstructorParameters<typeof original>) {
          super(...args);
          (window as unknown as { intlBuilt: number }).intlBuilt = ++built;
        }
      },
      configurable: true,
      writable: true,
    });
  });
  await page.goto('/foerderprogramme/leader/');
  await page.waitForLoadState('networkidle');
  expect(await page.evaluate(() => (window as unknown as { intlBuilt?: number }).intlBuilt)).toBe(1);
});
