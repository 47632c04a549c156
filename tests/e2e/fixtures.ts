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

function watch(context: BrowserContext, siteOrigin: string): Watch {
  const seen: Watch = { foreignRequests: [], cspViolations: [], scriptErrors: [] };
  context.on('request', (request) => {
    const url = request.url();
    if (/^(data|blob):/.test(url)) return;
    if (new URL(url).origin !== siteOrigin) seen.foreignRequests.push(url);
  });
  context.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) seen.cspViolations.push(message.text());
  });
  context.on('weberror', (error) => seen.scriptErrors.push(error.error().message));
  return seen;
}

export const test = base.extend<{ watched: Watch }>({
  watched: [
    async ({ context, baseURL }, use) => {
      const seen = watch(context, new URL(baseURL!).origin);
      await use(seen);
      expect(seen.foreignRequests, 'Anfragen an fremde Server').toEqual([]);
      expect(seen.cspViolations, 'Verstöße gegen die Content-Security-Policy').toEqual([]);
      expect(seen.scriptErrors, 'Skriptfehler').toEqual([]);
      expect(await context.cookies(), 'Cookies').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
