import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from '../../scripts/lib/browser';
import { serveSite } from '../../scripts/lib/serve';
import { dist, root } from './build';

/** Where journeys leave their screenshots for review. */
export const screenshots = path.join(root, 'test-results', 'screenshots');

/** A browser journey's Chromium and server of dist/. */
export interface BrowserSession {
  /** The server's origin (once the file's `beforeAll` has run). */
  origin: () => string;
  /**
   * The file's one tab, as a fresh one would be: nothing stored for the site, no routes, screen
   * media in the light scheme, at the given viewport. A new tab starts a renderer process, which
   * costs about twice a navigation in CPU (docs/testing.md), so the tests of a file share one: they
   * run one at a time.
   */
  tab: (viewport: { width: number; height: number }) => Promise<Page>;
  /** A page in a context of its own, for what a tab cannot change (locale, JavaScript off, CSP bypassed). */
  newPage: (viewport: { width: number; height: number }, options: BrowserContextOptions) => Promise<Page>;
}

/** Starts Chromium and a server of dist/ for the calling test file, and closes them after it. */
export function browserSession(): BrowserSession {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveSite>>;
  let shared: { page: Page; cdp: CDPSession } | undefined;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), serveSite(dist)]);
    fs.mkdirSync(screenshots, { recursive: true });
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.close();
  });
  const newPage = async (viewport: { width: number; height: number }, options: BrowserContextOptions) => {
    const context = await browser.newContext({ viewport, ...options });
    contexts.push(context);
    return context.newPage();
  };
  return {
    origin: () => server.origin,
    newPage,
    tab: async (viewport) => {
      if (!shared) {
        const page = await newPage(viewport, {});
        shared = { page, cdp: await page.context().newCDPSession(page) };
        return page;
      }
      const { page, cdp } = shared;
      // Leave the last test's page first, so that what it stores on the way out is cleared too.
      await page.goto('about:blank');
      await cdp.send('Storage.clearDataForOrigin', { origin: server.origin, storageTypes: 'all' });
      await page.unrouteAll({ behavior: 'ignoreErrors' });
      await page.emulateMedia({ media: 'screen', colorScheme: 'light' });
      await page.setViewportSize(viewport);
      return page;
    },
  };
}
