/** 表示設定: choices apply at once, persist across pages, apply before first paint, reset. */
import { expect, ownPage, test } from './page-per-worker.ts';
import { THEMES } from './checks.ts';
import { words, shown } from './words.ts';

test('choosing 黒地に黄 and 200% applies at once and on the next page', { tag: ['@sc-1.4.8', '@sc-4.1.3', '@sc-1.4.4'] }, async ({ page }) => {
  await page.goto('/settings/');
  await page.getByRole('radio', { name: words('黒地に黄') }).check();
  await page.getByRole('radio', { name: words('いちばん大きい（200%）') }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'yellow');
  await expect(page.getByRole('status')).toContainText('設定を変えました', shown);
  const rootSize = await page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
  expect(rootSize).toBe('32px'); // 200% of the browser default 16px

  await page.goto('/card/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'yellow');
  // 黒地に黄: the page background is black and the text yellow.
  const colours = await page.evaluate(() => {
    const style = getComputedStyle(document.body);
    return [style.backgroundColor, style.color];
  });
  expect(colours).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 0)']);
});

test('stored settings are on <html> before the first paint (no flash)', ownPage('stores settings before the page loads'), async ({ page }) => {
  await page.addInitScript(() => {
    localStorage.setItem('mynumber-guide:display', JSON.stringify({ theme: 'blue', lineSpacing: 'wider' }));
    // Record the attribute at the moment the body starts, before anything is painted.
    new MutationObserver((_, observer) => {
      if (document.body) {
        (window as unknown as { themeAtBody: string | null }).themeAtBody = document.documentElement.getAttribute('data-theme');
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto('/mynumber/');
  expect(await page.evaluate(() => (window as unknown as { themeAtBody: string | null }).themeAtBody)).toBe('blue');
});

test('reset removes every stored choice', async ({ page }) => {
  await page.goto('/settings/');
  await page.getByRole('radio', { name: words('黒地に白') }).check();
  await page.getByRole('button', { name: words('設定を元に戻す') }).click();
  await expect(page.getByRole('status')).toHaveText('設定を元に戻しました。', shown);
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.+/);
  expect(await page.evaluate(() => localStorage.getItem('mynumber-guide:display'))).toBeNull();
  await expect(page.getByRole('radio', { name: words('標準（端末の設定に合わせる）') })).toBeChecked();
});

test('a tampered store is ignored', ownPage('stores settings before the page loads'), async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('mynumber-guide:display', '{"theme":"red\\" onload=alert(1)"}'));
  await page.goto('/');
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.+/);
});

test('動画の字幕: 出さない is stored and on <html> on the next page before the first paint', async ({ page }) => {
  await page.goto('/settings/');
  await page.getByRole('group', { name: words('動画の字幕') }).getByRole('radio', { name: words('出さない') }).check();
  await expect(page.locator('html')).toHaveAttribute('data-captions', 'off');
  expect(JSON.parse((await page.evaluate(() => localStorage.getItem('mynumber-guide:display'))) ?? '{}')).toEqual({ captions: 'off' });
  await page.goto('/card/');
  await expect(page.locator('html')).toHaveAttribute('data-captions', 'off');
});

test('every colour scheme is offered', async ({ page }) => {
  await page.goto('/settings/');
  const values = await page.locator('input[name="theme"]').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
  expect(values).toEqual(['default', ...THEMES]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the form is hidden and the page explains browser and OS settings', async ({ page }) => {
    await page.goto('/settings/');
    await expect(page.locator('form.settings-form')).toBeHidden();
    await expect(page.getByRole('heading', { name: words('ブラウザーや端末の設定で変える') })).toBeVisible();
  });
  test('the OS dark mode is honoured', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/card/');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(0, 0, 0)');
  });
});
