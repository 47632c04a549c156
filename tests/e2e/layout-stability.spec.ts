/**
 * Pages whose controls or results are filled in by a script must not jump when
 * the script starts: the cumulative layout shift, as the browser reports it, stays
 * under 0.1 (the threshold Lighthouse and Core Web Vitals call „good“) on a phone-
 * sized screen, where the footer and the Land links sit close below the fold.
 */
import { expect, test } from './fixtures.ts';

test.use({ viewport: { width: 412, height: 823 } });

const pages: Array<{ path: string; ready: string }> = [
  { path: '/foerder-check/', ready: '#check-fortschritt' },
  { path: '/foerder-check/?typ=gemeinde&einwohner=9675&land=SN&phase=erarbeitung', ready: '#check-gruppen li' },
  { path: '/suche/?q=Breitband', ready: '#suche-ergebnisse li' },
  { path: '/fristen/', ready: '#fristen-anzahl' },
  { path: '/checklisten/breitbandprojekt-vorbereiten/', ready: '.checklist-items input[type=checkbox]' },
];

for (const { path, ready } of pages) {
  test(`${path} verschiebt beim Laden nichts`, async ({ page }) => {
    await page.addInitScript(() => {
      const shifts: number[] = [];
      (window as unknown as { layoutShifts: number[] }).layoutShifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) {
          if (!entry.hadRecentInput) shifts.push(entry.value);
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(path);
    await page.locator(ready).first().waitFor();
    await page.waitForLoadState('networkidle');
    const shifts = await page.evaluate(() => (window as unknown as { layoutShifts: number[] }).layoutShifts);
    expect(shifts.reduce((sum, value) => sum + value, 0)).toBeLessThan(0.1);
  });
}

// Safari before 17 does not know the `scripting` media feature; dropping the rules
// that use it stands in for such a browser.
for (const path of ['/foerder-check/', '/suche/']) {
  test(`${path} zeigt den Hinweis „braucht JavaScript“ auch ohne die CSS-Abfrage scripting nicht`, async ({ page }) => {
    await page.goto(path);
    await page.evaluate(() => {
      for (const sheet of document.styleSheets) {
        for (let i = sheet.cssRules.length - 1; i >= 0; i--) {
          const rule = sheet.cssRules[i];
          if (rule instanceof CSSMediaRule && rule.conditionText.includes('scripting')) sheet.deleteRule(i);
        }
      }
    });
    await expect(page.locator('.without-js')).toHaveCount(1);
    await expect(page.locator('.without-js')).toBeHidden();
  });
}
