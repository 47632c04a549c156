/**
 * The shared test fixture: every page a test opens is watched. Any request to an
 * origin other than the site, any cookie, any Content-Security-Policy violation
 * and any uncaught script error fails the test that caused it.
 */
import { test as base, expect, type BrowserContext } from '@playwright/test';

export interface Watch {
  foreignRequests: string[];
  cspViolations: string[];
  scriptErrors: string[];
}

function watch(context: BrowserContext, siteOrigins: readonly string[]): Watch {
  const seen: Watch = { foreignRequests: [], cspViolations: [], scriptErrors: [] };
  context.on('request', (request) => {
    const url = request.url();
    if (/^(data|blob):/.test(url)) return;
    if (!siteOrigins.includes(new URL(url).origin)) seen.foreignRequests.push(url);
  });
  context.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) seen.cspViolations.push(message.text());
  });
  context.on('weberror', (error) => seen.scriptErrors.push(error.error().message));
  return seen;
}

export const test = base.extend<{ watched: Watch; alsoAllowed: { origins: string[]; scriptErrors: RegExp[] } }>({
  // Only the editors' workspace talks to a second origin (its local proxy) and has a known rejection; public pages allow nothing.
  alsoAllowed: [{ origins: [], scriptErrors: [] }, { option: true }],
  watched: [
    async ({ context, baseURL, alsoAllowed }, use) => {
      const seen = watch(context, [new URL(baseURL!).origin, ...alsoAllowed.origins]);
      await use(seen);
      expect(seen.foreignRequests, 'Anfragen an fremde Server').toEqual([]);
      expect(seen.cspViolations, 'Verstöße gegen die Content-Security-Policy').toEqual([]);
      expect(seen.scriptErrors.filter((message) => !alsoAllowed.scriptErrors.some((allowed) => allowed.test(message))), 'Skriptfehler').toEqual([]);
      expect(await context.cookies(), 'Cookies').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
