/**
 * Proof that the worker's shared page (page-per-worker.ts) reaches each test as a new page
 * would: one test leaves every kind of state behind, and the next, in the same worker on the
 * same page, must find none of it. The calls whose effect cannot be reset must be refused.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';
import { expect, ownPage, test } from './page-per-worker.ts';

test.describe.configure({ mode: 'serial' });

// The site's test server sends nothing a cache may keep, so a server of its own serves a page
// whose stylesheet may be cached for an hour.
let cacheable: Server;
let cacheableAddress = '';
test.beforeAll(async () => {
  cacheable = createServer((request, response) => {
    if (request.url === '/style.css') {
      response.writeHead(200, { 'content-type': 'text/css', 'cache-control': 'max-age=3600' });
      response.end('p { color: #222; }');
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    response.end('<!doctype html><html lang="ja"><title>試験</title><link rel="stylesheet" href="/style.css"><p>試験</p></html>');
  });
  await new Promise<void>((resolve) => cacheable.listen(0, '127.0.0.1', resolve));
  cacheableAddress = `http://127.0.0.1:${(cacheable.address() as AddressInfo).port}/`;
});
test.afterAll(() => new Promise<void>((resolve) => cacheable.close(() => resolve())));

const stylesheetFromCache = (page: Page) =>
  page.evaluate(() => performance.getEntriesByType('resource').some((entry) => entry.name.endsWith('/style.css') && (entry as PerformanceResourceTiming).transferSize === 0));

let pageOfFirstTest: Page | undefined;
const heardAfterTheTest: string[] = [];

test('a test leaves stored data, a route, a listener, a timer, emulation, a small viewport, a held mouse button and a second page behind', async ({ page, context }) => {
  pageOfFirstTest = page;
  expect(context, 'the context fixture is the page\'s').toBe(page.context());
  await page.goto(cacheableAddress);
  await page.goto('about:blank');
  await page.goto(cacheableAddress);
  expect(await stylesheetFromCache(page), 'the stylesheet is kept in the cache').toBe(true);
  await page.route('**/__fixture__/left-behind/', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>left</title>' }));
  await page.goto('/');
  await page.evaluate(() => {
    localStorage.setItem('left-behind', '1');
    sessionStorage.setItem('left-behind', '1');
    document.cookie = 'left-behind=1; path=/';
    setInterval(() => localStorage.setItem('written-by-a-timer', '1'), 10);
  });
  page.on('console', (message) => heardAfterTheTest.push(message.text()));
  await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce', media: 'print' });
  await page.setViewportSize({ width: 320, height: 640 });
  await page.mouse.move(10, 10);
  await page.mouse.down();
  await page.context().newPage();
  expect(await page.evaluate(() => localStorage.getItem('left-behind'))).toBe('1');
});

test('the next test on the same page finds none of it, and its responses come from the server again', async ({ page }) => {
  // Without the same page object, this test would prove nothing about the reset.
  expect(page).toBe(pageOfFirstTest);
  expect(page.url()).toBe('about:blank');
  expect(page.context().pages()).toEqual([page]);
  expect(page.viewportSize()).toEqual({ width: 1280, height: 720 });
  const routed = await page.goto('/__fixture__/left-behind/');
  expect(routed?.status(), 'the route of the last test').toBe(404);
  await page.goto('/');
  await page.evaluate(() => console.log('heard'));
  expect(heardAfterTheTest, 'the listener of the last test').toEqual([]);
  const state = await page.evaluate(async () => {
    await new Promise((resolve) => setTimeout(resolve, 50));
    return {
      local: { ...localStorage },
      session: { ...sessionStorage },
      cookie: document.cookie,
      dark: matchMedia('(prefers-color-scheme: dark)').matches,
      reducedMotion: matchMedia('(prefers-reduced-motion: reduce)').matches,
      print: matchMedia('print').matches,
      hovered: document.querySelectorAll(':hover').length,
    };
  });
  expect(state).toEqual({ local: {}, session: {}, cookie: '', dark: false, reducedMotion: false, print: false, hovered: 0 });
  await page.goto(cacheableAddress);
  expect(await stylesheetFromCache(page), 'a response cached in the last test').toBe(false);
  // A mouse button left down would make every later move a drag.
  const buttons = page.evaluate(() => new Promise((resolve) => addEventListener('mousemove', (event) => resolve(event.buttons), { once: true })));
  await page.mouse.move(20, 20);
  expect(await buttons, 'mouse buttons held').toBe(0);
});

test('calls whose effect would outlast the test are refused on the shared page', async ({ page }) => {
  expect(() => page.addInitScript(() => undefined)).toThrow(/ownPage\(why\)/);
  expect(() => page.clock.install()).toThrow(/ownPage\(why\)/);
  expect(() => page.context().clock.setFixedTime(0)).toThrow(/ownPage\(why\)/);
  expect(() => page.exposeFunction('left', () => undefined)).toThrow(/ownPage\(why\)/);
  expect(() => page.context().addInitScript(() => undefined)).toThrow(/ownPage\(why\)/);
  expect(() => page.context().setOffline(true)).toThrow(/ownPage\(why\)/);
});

test('a test with a page of its own may install a clock and an init script, on a page that is not the shared one', ownPage('installs a clock'), async ({ page }) => {
  expect(page).not.toBe(pageOfFirstTest);
  await page.clock.install({ time: new Date('2026-01-05T09:00:00+09:00') });
  await page.addInitScript(() => undefined);
  await page.goto('/');
  expect(await page.evaluate(() => new Date().getFullYear())).toBe(2026);
});

test.describe('a describe block with pages of their own', ownPage('stores settings before the page loads'), () => {
  test('gives each of its tests a page of its own', async ({ page }) => {
    expect(page).not.toBe(pageOfFirstTest);
    await page.addInitScript(() => undefined);
  });
});
