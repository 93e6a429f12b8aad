// Renders docs/screenshot.png (the README's picture) from the release build in dist/.
//   node scripts/screenshot.mjs
import { launchChromium } from './chromium.mjs';
import { serve } from './static-server.mjs';

const { url, close } = await serve('dist', 0, '/');
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${url}?claim=zelenskyy-over-3000-killed-or-wounded&claimant=zelenskyy`);
  await page.locator('#detail-heading').waitFor();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: 'docs/screenshot.png' });
  console.log('wrote docs/screenshot.png');
} finally {
  await browser.close();
  await close();
}
