import { chromium } from '@playwright/test';
const [,, url, out, width = '1200', selector = ''] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'] });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
await page.goto(url);
if (selector) await page.locator(selector).screenshot({ path: out }); else await page.screenshot({ path: out, fullPage: true });
console.log(await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]));
await browser.close();
