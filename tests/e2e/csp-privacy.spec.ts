/**
 * Every page under the real Content-Security-Policy (served by nginx with the shipped
 * configuration): no violation, no console error, scripts still work; no request to another
 * host, no cookie, nothing stored but the display settings; and every query string a page
 * reads is treated as text, however hostile.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'parse5';
import type { ConsoleMessage, Dialog, Page, Request, Response } from '@playwright/test';
import { expect, test } from './nginx.ts';
import { horizontalOverflow, SITE_DIR, sitemapPaths, useStoredSettings } from './checks.ts';
import { words } from './words.ts';

const paths = [...sitemapPaths(), '/no-such-page/'];

declare global {
  interface Window {
    __violations?: string[];
    __xss?: number;
  }
}

/**
 * Records what a page must never do: break the CSP (the browser's securitypolicyviolation
 * events and its console messages), log an error, throw, open a dialog, talk to another
 * host, or set a cookie. Returns a function that reads the record.
 */
async function watch(page: Page, origin: string): Promise<{ read: () => Promise<string[]>; stop: () => void }> {
  const problems: string[] = [];
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener(
      'securitypolicyviolation',
      (event) => window.__violations!.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'} (${event.sourceFile}:${event.lineNumber})`),
      true,
    );
  });
  const onConsole = (message: ConsoleMessage) => {
    const text = message.text();
    if (message.type() === 'error' || /Content.Security.Policy|Permissions.Policy/i.test(text)) {
      problems.push(`console ${message.type()}: ${text} (${message.location().url})`);
    }
  };
  const onPageError = (error: Error) => problems.push(`uncaught: ${error.message}`);
  const onDialog = (dialog: Dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  };
  const onRequest = (request: Request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.origin !== origin) problems.push(`request to another host: ${request.url()}`);
    // Share cards and icons are named in <head> for other sites and home screens; a page itself never loads them.
    if (url.origin === origin && (url.pathname.startsWith('/share-cards/') || /^\/(?:apple-touch-icon|icons\/).*\.png$/.test(url.pathname))) {
      problems.push(`the page loaded ${url.pathname}, a share card or icon`);
    }
  };
  const onResponse = async (response: Response) => {
    const cookie = await response.headerValue('set-cookie').catch(() => null);
    if (cookie) problems.push(`set-cookie from ${response.url()}: ${cookie}`);
  };
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  page.on('dialog', onDialog);
  page.on('request', onRequest);
  page.on('response', onResponse);
  return {
    read: async () => [...problems, ...(await page.evaluate(() => window.__violations ?? []).catch(() => [])).map((violation) => `CSP: ${violation}`)],
    stop: () => {
      page.off('console', onConsole);
      page.off('pageerror', onPageError);
      page.off('dialog', onDialog);
      page.off('request', onRequest);
      page.off('response', onResponse);
    },
  };
}

test.describe('under the Content-Security-Policy', () => {
  // Pages in four groups, so that two workers share them without a browser context per page.
  const groups = [0, 1, 2, 3].map((group) => paths.filter((_, index) => index % 4 === group));
  for (const [index, group] of groups.entries()) {
    test(`pages group ${index + 1} of 4 run with no violation, no error and no other host`, async ({ page, nginx }) => {
      test.setTimeout(30_000 + group.length * 10_000);
      await useStoredSettings(page, { theme: 'dark' });
      const failures: string[] = [];
      for (const path of group) {
        const problems = await watch(page, nginx.url);
        const response = await page.goto(path);
        await page.waitForLoadState('networkidle');
        // The browser logs the 404 status of the unknown address itself; that one is expected.
        const expected404 = `Failed to load resource: the server responded with a status of 404 (Not Found) (${response?.url()})`;
        const found = (await problems.read()).filter((problem) => response?.status() !== 404 || !problem.endsWith(expected404));
        // The boot script (a file, under script-src 'self') ran: the stored scheme is applied.
        if ((await page.locator('html').getAttribute('data-theme')) !== 'dark') found.push('the stored colour scheme was not applied: the boot script did not run');
        // Forms that only work with their script start hidden and are shown by it.
        if ((await page.locator('form[hidden]').count()) > 0) found.push('a form is still hidden: its script did not run');
        failures.push(...found.map((problem) => `${path}: ${problem}`));
        problems.stop();
      }
      expect(failures).toEqual([]);
    });
  }

  test('the boot script, a file, applies the stored settings before the page body exists (no flash of the default colours)', async ({ page }) => {
    await useStoredSettings(page, { theme: 'dark' });
    // Notes the colour scheme on <html> at the moment <body> starts, before anything is painted
    // (as settings.spec.ts does on the test server; here under the real policy).
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.body) return;
        (window as unknown as { __themeAtBody: string | null }).__themeAtBody = document.documentElement.getAttribute('data-theme');
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    for (const path of ['/', '/card/security/', '/settings/']) {
      await page.goto(path);
      expect(await page.evaluate(() => (window as unknown as { __themeAtBody?: string | null }).__themeAtBody), path).toBe('dark');
      // It is a file of the site, a classic blocking script: no inline code, no defer or async.
      const boot = page.locator('head script[src*="display-settings-boot"]');
      await expect(boot).toHaveCount(1);
      expect(await boot.evaluate((script: HTMLScriptElement) => ({ async: script.async, defer: script.defer, type: script.type }))).toEqual({ async: false, defer: false, type: '' });
    }
  });

  test('site search loads its index and finds pages under the policy', async ({ page, nginx }) => {
    const problems = await watch(page, nginx.url);
    await page.goto('/search/?q=マイナンバーカード');
    await expect(page.locator('main a[href="/card/"]').first()).toBeVisible({ timeout: 15_000 });
    await page.waitForLoadState('networkidle');
    expect(await problems.read()).toEqual([]);
  });
});

test('nothing is stored but the display settings, and no cookie is set', async ({ page, context, nginx }) => {
  const problems = await watch(page, nginx.url);
  await page.goto('/settings/');
  await page.getByRole('radio', { name: words('黒地に黄') }).check();
  await page.getByRole('radio', { name: words('いちばん大きい（200%）') }).check();
  await page.getByRole('button', { name: words('この設定を保存する') }).click();
  for (const path of ['/', '/linkage/documents/?q=住民票', '/disability-id/municipalities/?q=札幌', '/search/?q=カード', '/glossary/']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  const storage = await page.evaluate(async () => ({
    local: Object.fromEntries(Object.keys(localStorage).map((key) => [key, localStorage.getItem(key)])),
    session: sessionStorage.length,
    cookie: document.cookie,
    databases: 'databases' in indexedDB ? (await indexedDB.databases()).map((database) => database.name) : [],
    caches: 'caches' in window ? await caches.keys() : [],
    workers: 'serviceWorker' in navigator ? (await navigator.serviceWorker.getRegistrations()).length : 0,
  }));
  expect(Object.keys(storage.local)).toEqual(['mynumber-guide:display']);
  // Only setting names, each with a value from the settings page.
  const stored = JSON.parse(storage.local['mynumber-guide:display']!) as Record<string, string>;
  expect(stored).toMatchObject({ theme: 'yellow', textSize: 'largest' });
  for (const key of Object.keys(stored)) expect(['theme', 'textSize', 'lineSpacing', 'furigana']).toContain(key);
  expect(storage).toMatchObject({ session: 0, cookie: '', databases: [], caches: [], workers: 0 });
  expect(await context.cookies()).toEqual([]);
  expect(await problems.read()).toEqual([]);
});

/** Every page a GET form submits to, with the names of the fields it sends: the pages that read their address. */
function pagesThatReadTheirAddress(): Map<string, Set<string>> {
  interface Node {
    tagName?: string;
    attrs?: Array<{ name: string; value: string }>;
    childNodes?: Node[];
    content?: Node;
  }
  const targets = new Map<string, Set<string>>();
  const attribute = (node: Node, name: string) => node.attrs?.find((candidate) => candidate.name === name)?.value;
  for (const path of sitemapPaths()) {
    const html = readFileSync(join(SITE_DIR, path, 'index.html'), 'utf8');
    const visit = (node: Node, form: string | undefined) => {
      let current = form;
      if (node.tagName === 'form' && (attribute(node, 'method') ?? 'get').toLowerCase() === 'get') {
        current = new URL(attribute(node, 'action') || path, 'http://site').pathname;
        if (!targets.has(current)) targets.set(current, new Set());
      }
      const name = attribute(node, 'name');
      if (current && name && ['input', 'select', 'textarea'].includes(node.tagName ?? '') && !['submit', 'button', 'reset'].includes(attribute(node, 'type') ?? '')) {
        targets.get(current)!.add(name);
      }
      for (const child of node.childNodes ?? []) visit(child, current);
      if (node.content) visit(node.content, current);
    };
    visit(parse(html) as unknown as Node, undefined);
  }
  return targets;
}

/** Hostile query values: markup, attribute breakers, a script URL, control characters. */
const PAYLOADS: Record<string, string> = {
  'script element': '<script>window.__xss=1</script>',
  'attribute breaker': '"><img src=x data-xss onerror="window.__xss=1">',
  'single-quote breaker with SVG': "'><svg data-xss onload=window.__xss=1>",
  'script URL': 'javascript:window.__xss=1',
  'control and invisible characters': 'a\u0000b\u0007c\u001b[31md\u007fe\u202ef\u200bg\ufeffh',
};
/**
 * Very long values, one field at a time: nginx accepts request lines up to 8 KB by default
 * (large_client_header_buffers), and these stay below it once percent-encoded.
 */
const LONG_PAYLOADS: Record<string, string> = {
  'long ASCII': 'a'.repeat(4000),
  'long Japanese': 'マイナンバー'.repeat(100),
};

const readers = pagesThatReadTheirAddress();

test('the pages that read their address were found', () => {
  // The search page, the procedure finder, the municipality finder and the settings form.
  expect([...readers.keys()].sort()).toEqual(expect.arrayContaining(['/search/', '/linkage/documents/', '/disability-id/municipalities/']));
});

for (const [target, names] of readers) {
  test(`${target} treats hostile ?${[...names].join('=&')}= values as text`, async ({ page, nginx }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    const failures: string[] = [];
    const cases = [
      ...Object.entries(PAYLOADS).map(([label, payload]) => [label, [...names].map((name) => [name, payload])] as const),
      ...Object.entries(LONG_PAYLOADS).flatMap(([label, payload]) => [...names].map((name) => [`${label} in ${name}`, [[name, payload]]] as const)),
    ];
    for (const [label, fields] of cases) {
      const problems = await watch(page, nginx.url);
      const response = await page.goto(`${target}?${new URLSearchParams(fields.map(([name, value]) => [name, value])).toString()}`);
      await page.waitForLoadState('networkidle');
      const found = [
        ...(response?.status() === 200 ? [] : [`status ${response?.status()}`]),
        ...(await problems.read()),
        ...((await page.evaluate(() => window.__xss)) === undefined ? [] : ['the payload ran']),
        ...((await page.locator('[data-xss]').count()) === 0 ? [] : ['the payload became markup']),
        ...((await page.getByRole('heading', { level: 1 }).count()) === 1 ? [] : ['the page lost its heading']),
        ...(await horizontalOverflow(page)),
      ];
      failures.push(...found.map((problem) => `${label}: ${problem}`));
      problems.stop();
    }
    expect(failures).toEqual([]);
  });
}
