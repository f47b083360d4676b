import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
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
  /** A page in a fresh context (its own storage) of the given viewport. */
  newPage: (viewport: { width: number; height: number }, options?: BrowserContextOptions) => Promise<Page>;
}

/** Starts Chromium and a server of dist/ for the calling test file, and closes them after it. */
export function browserSession(): BrowserSession {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveSite>>;
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
  return {
    origin: () => server.origin,
    newPage: async (viewport, options = {}) => {
      const context = await browser.newContext({ viewport, ...options });
      contexts.push(context);
      return context.newPage();
    },
  };
}
