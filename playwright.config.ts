import { defineConfig } from '@playwright/test';

// Started through scripts/e2e.ts (npm run test:e2e), which finds Chromium, serves
// dist/ on a free port and passes BASE_URL and CHROME_PATH.
const baseURL = process.env.BASE_URL;
if (!baseURL) throw new Error('BASE_URL fehlt: die Browser-Tests mit „npm run test:e2e“ starten.');

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL,
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
    launchOptions: {
      executablePath: process.env.CHROME_PATH,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
        '--disable-quic',
      ],
    },
  },
});
