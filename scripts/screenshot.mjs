// Developer tool: take full-page screenshots of the running browser host in Debian Chromium.
// Usage: node scripts/screenshot.mjs <host-url-with-token> <out-dir> [#/route ...]
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';

const [url, outDir = '.tmp/screens', ...routes] = process.argv.slice(2);
if (!url) {
  console.error('Usage: node scripts/screenshot.mjs <url> <out-dir> [#/route ...]');
  process.exit(2);
}
mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.goto(url);
await page.waitForLoadState('networkidle');
const list = routes.length ? routes : ['#/'];
for (const [i, route] of list.entries()) {
  await page.evaluate((r) => { window.location.hash = r; }, route);
  await page.waitForTimeout(600);
  const file = `${outDir}/${String(i).padStart(2, '0')}-${route.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home'}.png`;
  await page.screenshot({ path: file, fullPage: true });
  console.log(file);
}
await browser.close();
