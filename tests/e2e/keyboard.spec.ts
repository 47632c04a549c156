import { expect, test } from './fixtures.ts';
import { mainNavigation } from './site-pages.ts';

test('der erste Tab-Stopp ist ein sichtbarer Link zum Inhalt, der den Fokus in den Inhalt setzt', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.locator(':focus');
  await expect(skip).toHaveText('Zum Inhalt springen');
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#inhalt$/);
  await expect(page.locator('main')).toBeFocused();
});

for (const item of mainNavigation) {
  test(`Hauptnavigation: „${item.label}“ ist per Tab und Enter erreichbar, mit sichtbarem Fokus`, async ({ page }) => {
    await page.goto('/');
    let reached = false;
    for (let presses = 0; presses < 30 && !reached; presses++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate((href) => document.activeElement?.getAttribute('href') === href, item.href);
    }
    expect(reached, `${item.href} nicht per Tab erreicht`).toBe(true);

    // The focus style: yellow fill and a dark bar beneath, distinct from the resting link.
    const focused = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement!);
      return { background: style.backgroundColor, shadow: style.boxShadow };
    });
    expect(focused.background).toBe('rgb(255, 210, 63)');
    expect(focused.shadow).not.toBe('none');

    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${item.href.replace(/\//g, '\\/')}$`));
    await expect(page.locator('h1')).toBeVisible();
  });
}

/**
 * WCAG 1.4.3 while focused: each element Tab reaches, measured in the page as it
 * is drawn with focus. Text colour against the first opaque background behind it
 * (the element's own, else its ancestors'), at least 4.5:1. A container focused
 * by a script (main after the skip link) must not turn into a yellow block either.
 */
const contrastPages = ['/', '/foerder-check/', '/suche/?q=Breitband', '/checklisten/foerderantrag-vorbereiten/', '/foerderprogramme/'];
for (const path of contrastPages) {
  test(`jedes per Tab erreichbare Element auf ${path} bleibt mit Fokus lesbar (Kontrast ≥ 4,5:1)`, async ({ page }) => {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const failures: string[] = [];
    let stops = 0;
    for (let presses = 0; presses < 40; presses++) {
      await page.keyboard.press('Tab');
      const measured = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        if (!element || element === document.body) return null;
        const channels = (color: string) => (color.match(/[\d.]+/g) ?? []).map(Number);
        const luminance = ([r, g, b]: number[]) =>
          [r!, g!, b!].map((c) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4)).reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i]!, 0);
        let background: number[] | undefined;
        for (let node: HTMLElement | null = element; node && !background; node = node.parentElement) {
          const rgba = channels(getComputedStyle(node).backgroundColor);
          if (rgba.length === 3 || (rgba.length === 4 && rgba[3]! > 0.5)) background = rgba;
        }
        const [light, dark] = [luminance(channels(getComputedStyle(element).color)), luminance(background ?? [255, 255, 255])].sort((a, b) => b - a);
        const label = `${element.tagName.toLowerCase()} „${(element.textContent || element.getAttribute('aria-label') || element.getAttribute('name') || '').trim().slice(0, 40)}“`;
        return { label, ratio: (light! + 0.05) / (dark! + 0.05) };
      });
      if (!measured) continue;
      stops++;
      if (measured.ratio < 4.5) failures.push(`${measured.label}: ${measured.ratio.toFixed(2)}:1`);
    }
    expect(stops).toBeGreaterThan(5);
    expect(failures).toEqual([]);
  });
}

test('nach dem Sprunglink wird der Inhalt nicht gelb eingefärbt', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  expect(await page.locator('main').evaluate((main) => getComputedStyle(main).backgroundColor)).not.toBe('rgb(255, 210, 63)');
});
