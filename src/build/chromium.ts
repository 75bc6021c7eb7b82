/**
 * Where Chromium is and how it is started: for the build (the large-print PDFs), the tests
 * (Playwright, pa11y) and the bench alike. Playwright cannot
 * download its own browser on this project's machines, so the system Chromium installed by
 * scripts/setup.sh is used unless PLAYWRIGHT_CHROMIUM_EXECUTABLE names another.
 */
import { existsSync } from 'node:fs';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function chromiumExecutable(): string | undefined {
  const candidates = [process.env['PLAYWRIGHT_CHROMIUM_EXECUTABLE'], '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((path): path is string => Boolean(path) && existsSync(path!));
}
