import { chromium } from '@playwright/test';
const [url, out, width = '1024', theme] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'] });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
if (theme) await page.addInitScript((t) => localStorage.setItem('mynumber-guide:display', JSON.stringify({ theme: t })), theme);
await page.goto(url);
await page.screenshot({ path: out, fullPage: true });
await browser.close();
