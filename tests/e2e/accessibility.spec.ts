import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures.ts';
import { templatePages } from './site-pages.ts';

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

test.describe('Barrierefreiheit (axe, WCAG 2.1 A/AA)', () => {
  for (const path of templatePages) {
    test(`keine Verstöße auf ${path}`, async ({ page }) => {
      await page.goto(path);
      const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
      const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
      expect(summary).toEqual([]);
      // Guard against a scan that silently checked nothing (e.g. an empty page).
      expect(results.passes.map((rule) => rule.id)).toEqual(expect.arrayContaining(['color-contrast', 'document-title', 'html-has-lang']));
    });
  }
});

test.describe('Schmale Bildschirme', () => {
  test.use({ viewport: { width: 320, height: 800 } });
  for (const path of templatePages) {
    test(`kein waagrechtes Scrollen bei 320 px auf ${path}`, async ({ page }) => {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});
