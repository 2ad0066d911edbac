// Playwright runs the specs in the system Chromium (Debian's package): no browser is
// ever downloaded. The built site (scripts/build.sh) is served under a sub-path.
import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 4173);
const publicPath = process.env.E2E_PUBLIC_PATH ?? '/best-offer/';
const dist = process.env.E2E_DIST ?? '../../dist-e2e';

export default defineConfig({
  testDir: '.',
  testMatch: /.*\.spec\.mjs$/,
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${port}${publicPath}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      // Without the networking flags Chromium floods the closed network with requests.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: `node serve.mjs --dir ${dist} --prefix ${publicPath} --port ${port}`,
    url: `http://127.0.0.1:${port}${publicPath}`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
