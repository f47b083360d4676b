import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { fixture, hostileDist } from '../helpers/build';
import { launchBrowser } from '../../scripts/lib/browser';
import { serveSite } from '../../scripts/lib/serve';
import { localeCodes } from '../../src/lib/i18n/locales';
import { previewsPath } from '../../src/lib/search/previews';

let browser: Browser;
let server: Awaited<ReturnType<typeof serveSite>>;
let outDir: string;
beforeAll(async () => {
  // The hostile fixture is built once by tests/setup/builds.ts.
  outDir = hostileDist;
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

  it('shows the reader’s-edition preview of a hostile passage as inert text, and has previews only for the editions that exist', async () => {
    const editions = fs.readdirSync(path.join(fixture('hostile'), 'articles', 'hostile')).map((file) => file.replace(/\.mdx$/, ''));
    for (const locale of localeCodes)
      expect(fs.existsSync(path.join(outDir, previewsPath(locale, 'hostile'))), locale).toBe(editions.includes(locale));
    const page = await browser.newPage();
    await page.goto(`${server.origin}/ja/search/?q=capex`);
    await page.waitForSelector('.search-same q:not([hidden])');
    expect(await page.$$eval('.search-same q', (qs) => qs.map((q) => q.textContent ?? '').join('\n'))).toContain('<script>');
    expect(await page.$$('.search-results script, .search-results img, .search-results iframe, .search-results svg')).toHaveLength(0);
    await page.close();
  });
});
