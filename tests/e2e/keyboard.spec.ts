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
