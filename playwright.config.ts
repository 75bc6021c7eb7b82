import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from './src/build/chromium.ts';

// The built site (dist/, or SITE_DIR) is served by a tiny static server on a loopback port.
const port = Number(process.env['TEST_PORT'] ?? 4322);
const siteDir = process.env['SITE_DIR'] ?? 'dist';
const executablePath = chromiumExecutable();

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: process.env['CI'] ? [['list']] : [['list']],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'ja-JP',
    launchOptions: { args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) },
  },
  projects: [{ name: 'chromium' }],
  webServer: {
    command: `node scripts/serve-static.mjs ${siteDir} ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
