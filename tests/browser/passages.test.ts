import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { dist } from '../helpers/build';
import { launchBrowser } from '../../scripts/lib/browser';
import { serveSite } from '../../scripts/lib/serve';

let browser: Browser;
let server: Awaited<ReturnType<typeof serveSite>>;
beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), serveSite(dist)]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Whether the element is fully in the viewport and not under the sticky header. */
async function clearlyInView(page: import('playwright-core').Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => {
    const box = document.querySelector(sel)!.getBoundingClientRect();
    const header = document.querySelector('.site-header')!.getBoundingClientRect();
    return box.top >= header.bottom - 1 && box.top < innerHeight;
  }, selector);
}

describe('passage links in a browser', () => {
  it('keeps the passage when switching language', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${server.origin}/ja/articles/ai-bubble/#stripe-position`);
    await page.click('.switcher a[hreflang="en"]');
    await page.waitForURL(/\/en\/articles\/ai-bubble\/#stripe-position$/);
    expect(await clearlyInView(page, '#stripe-position')).toBe(true);
    await page.close();
  });

  it('keeps the passage the reader scrolled to when switching language', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(`${server.origin}/zh/articles/ai-bubble/`);
    await page.evaluate(() => {
      const header = document.querySelector<HTMLElement>('.site-header')!;
      scrollTo(0, document.getElementById('mit-study')!.getBoundingClientRect().top + scrollY - header.offsetHeight - 4);
    });
    // A plain DOM click: Playwright's own click would first scroll the link into view.
    await page.$eval('.switcher a[hreflang="ja"]', (a) => (a as HTMLAnchorElement).click());
    await page.waitForURL(/\/ja\/articles\/ai-bubble\/#mit-study$/);
    expect(await clearlyInView(page, '#mit-study')).toBe(true);
    await page.close();
  });

  it('ends a share URL on the article with the passage highlighted and in view', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(`${server.origin}/en/articles/ai-bubble/p/burry-short/`);
    await page.waitForURL(/\/en\/articles\/ai-bubble\/#burry-short$/);
    await page.waitForSelector('#burry-short.is-highlighted');
    expect(await clearlyInView(page, '#burry-short')).toBe(true);
    await page.close();
  });

  it('copies the share URL with the copy button and says so', async () => {
    const context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    const page = await context.newPage();
    await page.goto(`${server.origin}/zh/articles/ai-bubble/#paypal`);
    await page.click('#paypal .copy-link');
    await expect.poll(() => page.textContent('#copy-status')).toBe('链接已复制');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/\/zh\/articles\/ai-bubble\/p\/paypal\/$/);
    await context.close();
  });
});
