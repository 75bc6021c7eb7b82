/**
 * `test` with one browser page per worker, handed to each test in the state of a new page.
 *
 * Why: the browser suite is bound by the CPU of a 2-core machine, and a new page is a new
 * renderer process. Measured there, a test that opens a page and loads one of the site's pages
 * costs 1.7 CPU-seconds with Playwright's own `page` (a new context each time) and 0.4 with a
 * page kept for the worker; the suite has about 300 such tests.
 *
 * What a new page would have, the reset gives back after every test: no other page, no route,
 * no event listener on the page, the document unloaded (its timers and scripts gone), no stored data or
 * cookie for any origin, no cached response, no media emulation, no mouse button held
 * and the viewport the test asked for (`test.use({ viewport })`). What cannot be taken back is
 * refused: the calls in NEEDS_OWN_PAGE throw, naming `ownPage(why)`, which gives the tests that
 * need them a page of their own in a new context, as Playwright's own `page` does. A page whose
 * reset fails is closed and replaced. The `context` fixture is the page's context, as it is with
 * Playwright's own fixtures. harness-page-per-worker.spec.ts proves the reset, one test leaving
 * state behind and the next finding none of it.
 */
import { test as base, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from '@playwright/test';

/** Calls whose effect outlives the test on a kept page (or its context), so they need `ownPage`. */
const NEEDS_OWN_PAGE: Readonly<Record<'page' | 'context' | 'clock', readonly string[]>> = {
  // page.clock is the context's clock: installing it lasts as long as the context.
  clock: ['install', 'fastForward', 'pauseAt', 'resume', 'runFor', 'setFixedTime', 'setSystemTime'],
  page: ['addInitScript', 'exposeFunction', 'exposeBinding', 'setExtraHTTPHeaders', 'routeFromHAR', 'routeWebSocket', 'setDefaultTimeout', 'setDefaultNavigationTimeout'],
  context: ['addInitScript', 'exposeFunction', 'exposeBinding', 'setExtraHTTPHeaders', 'routeFromHAR', 'routeWebSocket', 'setDefaultTimeout', 'setDefaultNavigationTimeout', 'grantPermissions', 'setGeolocation', 'setHTTPCredentials', 'setOffline', 'addCookies', 'setStorageState'],
};

function refuse(target: object, where: string, names: readonly string[]): void {
  for (const name of names) {
    const message = `${where}.${name} would outlast this test on the worker's shared page: give this test a page of its own with ownPage(why) in its details`;
    Object.defineProperty(target, name, {
      configurable: true,
      get() {
        throw new Error(message);
      },
    });
  }
}

/** The context options a test's page is made with: the project's and the test's own. */
type PageOptions = Pick<BrowserContextOptions, 'baseURL' | 'locale' | 'javaScriptEnabled'>;

function pageOptions(options: { baseURL: string | undefined; locale: string | undefined; javaScriptEnabled: boolean }): PageOptions {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
}

interface Kept {
  context: BrowserContext;
  page: Page;
  /** Every origin the context sent a request to since the last reset, whose stored data is cleared. */
  origins: Set<string>;
}

class PagePool {
  private readonly kept = new Map<string, Kept>();

  constructor(private readonly browser: Browser) {}

  /** The worker's page for these options, made on first use. */
  async take(options: PageOptions): Promise<Page> {
    const key = JSON.stringify(options);
    let entry = this.kept.get(key);
    if (!entry) {
      const context = await this.browser.newContext(options);
      const page = await context.newPage();
      const origins = new Set<string>();
      context.on('request', (request) => {
        const { origin } = new URL(request.url());
        if (origin.startsWith('http')) origins.add(origin);
      });
      refuse(page, 'page', NEEDS_OWN_PAGE.page);
      refuse(context, 'context', NEEDS_OWN_PAGE.context);
      refuse(context.clock, 'clock', NEEDS_OWN_PAGE.clock);
      entry = { context, page, origins };
      this.kept.set(key, entry);
    }
    return entry.page;
  }

  /** Puts the page back as new; a page that cannot be reset is closed, and the next test gets another. */
  async reset(options: PageOptions): Promise<void> {
    const key = JSON.stringify(options);
    const entry = this.kept.get(key);
    if (!entry) return;
    try {
      await resetPage(entry);
    } catch {
      this.kept.delete(key);
      await entry.context.close().catch(() => undefined);
    }
  }

  async close(): Promise<void> {
    for (const { context } of this.kept.values()) await context.close().catch(() => undefined);
    this.kept.clear();
  }
}

async function resetPage({ context, page, origins }: Kept): Promise<void> {
  for (const other of context.pages()) if (other !== page) await other.close();
  page.removeAllListeners();
  await page.unrouteAll({ behavior: 'ignoreErrors' });
  await context.unrouteAll({ behavior: 'ignoreErrors' });
  // Off the site first, so that nothing of the last document runs on while its data is cleared.
  await page.goto('about:blank');
  await page.mouse.up();
  await page.emulateMedia({ media: null, colorScheme: null, reducedMotion: null, forcedColors: null, contrast: null });
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send('Network.clearBrowserCache');
    await cdp.send('Network.clearBrowserCookies');
    for (const origin of origins) await cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: 'all' });
    origins.clear();
  } finally {
    await cdp.detach();
  }
}

const OWN_PAGE = 'own page';

/**
 * Details for a test or describe block that needs a page of its own in a new context, as
 * Playwright's own `page` fixture gives: `test(title, ownPage('installs a clock'), body)`, or
 * `{ tag, ...ownPage(why) }`. An annotation, so that the test's title (and the conformance
 * results that name it) stays the same.
 */
export function ownPage(why: string): { annotation: { type: string; description: string } } {
  return { annotation: { type: OWN_PAGE, description: why } };
}

export const test = base.extend<object, { pagePool: PagePool }>({
  // The page's own context, so that a test reading cookies or opening a second page through
  // `context` sees the same browser state as its `page`.
  context: async ({ page }, use) => {
    await use(page.context());
  },
  pagePool: [
    async ({ browser }, use) => {
      const pool = new PagePool(browser);
      await use(pool);
      await pool.close();
    },
    { scope: 'worker' },
  ],
  page: async ({ pagePool, browser, baseURL, locale, javaScriptEnabled, viewport }, use, testInfo) => {
    const options = pageOptions({ baseURL, locale, javaScriptEnabled });
    if (testInfo.annotations.some((annotation) => annotation.type === OWN_PAGE)) {
      const context = await browser.newContext({ ...options, viewport });
      await use(await context.newPage());
      await context.close();
      return;
    }
    // Without a fixed viewport (viewport: null) the page takes the window's size, which a kept page cannot go back to.
    if (!viewport) throw new Error('a test with viewport: null needs a page of its own: ownPage(why) in its details');
    const page = await pagePool.take(options);
    await page.setViewportSize(viewport);
    await use(page);
    await pagePool.reset(options);
  },
});

export { expect } from '@playwright/test';
