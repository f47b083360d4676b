import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { hostileDist } from '../helpers/build';
import { launchBrowser } from '../../scripts/lib/browser';
import { serveSite } from '../../scripts/lib/serve';

let browser: Browser;
let server: Awaited<ReturnType<typeof serveSite>>;
beforeAll(async () => {
  // The hostile fixture is built once by tests/setup/builds.ts.
  [browser, server] = await Promise.all([launchBrowser(), serveSite(hostileDist)]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('hostile content in search', () => {
  it('shows hostile passages in search excerpts as inert text: no dialog, no injected element', async () => {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    await page.goto(`${server.origin}/en/search/?q=alert`);
    await page.waitForSelector('.search-result');
    const excerpts = await page.$$eval('.search-results', (lists) => lists.map((l) => l.textContent ?? '').join('\n'));
    expect(excerpts).toContain("<script>alert('p')</script>");
    expect(await page.$$('.search-results script, .search-results img, .search-results iframe, .search-results svg')).toHaveLength(0);
    await page.goto(`${server.origin}/en/articles/hostile/#script-text`);
    await page.waitForSelector('#script-text.is-highlighted');
    expect(dialogs).toEqual([]);
    await page.close();
  });
});
