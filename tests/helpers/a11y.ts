import { afterAll, beforeAll, expect } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/browser';
import { serveSite } from '../../scripts/lib/serve';
import { dist } from './build';
import { loadPage } from './html';
import { samplePages, type SamplePage } from './pages';

/** The colour schemes every page is checked in. */
export const schemes = ['light', 'dark'] as const;
export type Scheme = (typeof schemes)[number];

/** Every kind of page in every locale, plus an article arrived at through a passage link (highlighted, its tools shown). */
export const samples: (SamplePage & { label: string })[] = samplePages().flatMap((sample) => {
  const label = `${sample.kind}${sample.locale ? ` (${sample.locale})` : ''} ${sample.path}`;
  if (sample.kind !== 'article') return [{ ...sample, label }];
  const $ = loadPage(sample.path);
  const id = $('[data-passage][id]')
    .filter((_, el) => $(el).find('.term').length > 0)
    .first()
    .attr('id');
  return [
    { ...sample, label },
    { ...sample, path: `${sample.path}#${id}`, label: `article at a highlighted passage (${sample.locale}) ${sample.path}#${id}` },
  ];
});

/** A sample page open in a tab of the sweep, and how to give the tab back. */
export interface OpenSample {
  page: Page;
  /** Returns the tab for the next sample (a new tab costs a renderer process: docs/testing.md). */
  release: () => Promise<void>;
}

/**
 * Starts Chromium and a server of dist/ for the calling test file and returns how to open a sample
 * page in it, in the light scheme (a test switches the scheme on the open page with
 * `page.emulateMedia`: the colours are a prefers-color-scheme media query, the markup the same).
 * Tabs are reused from one sample to the next, one per sample open at the same time.
 */
export function sampleBrowser(): (sample: SamplePage) => Promise<OpenSample> {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveSite>>;
  let context: BrowserContext;
  const idle: Page[] = [];
  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), serveSite(dist)]);
    // bypassCSP: the pages forbid inline scripts, and axe is injected as one.
    context = await browser.newContext({ colorScheme: 'light', bypassCSP: true, viewport: { width: 1280, height: 900 } });
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  return open;
  /** Opens a sample page; a share page is kept from moving on to the article (its meta refresh gets a 204). */
  async function open(sample: SamplePage): Promise<OpenSample> {
    const page = idle.pop() ?? (await context.newPage());
    await page.emulateMedia({ colorScheme: 'light' });
    if (sample.kind === 'share') {
      await page.route(
        (url) => !url.pathname.includes('/p/'),
        (route) => (route.request().isNavigationRequest() ? route.fulfill({ status: 204 }) : route.continue()),
      );
    }
    // The same path again (an article, then the article at a passage) would only move to the hash: load it anew.
    if (page.url().startsWith(server.origin) && new URL(page.url()).pathname === sample.path.replace(/#.*/, ''))
      await page.goto('about:blank');
    await page.goto(`${server.origin}${sample.path}`, { waitUntil: 'load' });
    expect(new URL(page.url()).pathname).toBe(sample.path.replace(/#.*/, ''));
    const release = async () => {
      await page.unrouteAll({ behavior: 'ignoreErrors' });
      idle.push(page);
    };
    return { page, release };
  }
}
