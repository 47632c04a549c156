/**
 * Lighthouse scores for the bench: one Chromium (Debian's, via CHROME_PATH) for
 * all audits, Lighthouse's default mobile profile with simulated throttling.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

export const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Scores = Record<(typeof categories)[number], number>;

export interface Auditor {
  /** Scores 0–100 per category, and the failing audits when a score is below 100. */
  audit(url: string): Promise<{ scores: Scores; failing: string[] }>;
  close(): Promise<void>;
}

export async function startAuditor(chromePath: string): Promise<Auditor> {
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  return {
    async audit(url) {
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categories] });
      if (!result) throw new Error(`Lighthouse lieferte kein Ergebnis für ${url}`);
      const { lhr } = result;
      if (lhr.runtimeError) throw new Error(`Lighthouse für ${url}: ${lhr.runtimeError.message}`);
      const scores = Object.fromEntries(categories.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)])) as Scores;
      // Only audits that count towards a score are worth naming.
      const weighted = new Set(categories.flatMap((id) => (lhr.categories[id]?.auditRefs ?? []).filter((ref) => ref.weight > 0).map((ref) => ref.id)));
      const failing = Object.values(lhr.audits)
        .filter((audit) => weighted.has(audit.id) && audit.score !== null && audit.score < 1)
        .map((audit) => `${audit.id}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
      return { scores, failing };
    },
    async close() {
      chrome.kill();
    },
  };
}
