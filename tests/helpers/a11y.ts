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

/**
 * Starts Chromium and a server of dist/ for the calling test file (one context per colour scheme)
 * and returns how to open a sample page in it. The accessibility sweeps are two files so that the
 * browser project's two workers share them.
 */
export function sampleBrowser(): (sample: SamplePage, scheme: Scheme, viewport?: { width: number; height: number }) => Promise<Page> {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveSite>>;
  const contexts = new Map<Scheme, BrowserContext>();
  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), serveSite(dist)]);
    for (const colorScheme of schemes) {
      // bypassCSP: the pages forbid inline scripts, and axe is injected as one.
      contexts.set(colorScheme, await browser.newContext({ colorScheme, bypassCSP: true, viewport: { width: 1280, height: 900 } }));
    }
  });
  afterAll(async () => {
    for (const context of contexts.values()) await context.close();
    await browser?.close();
    await server?.close();
  });

  return open;
  /** Opens a sample page; a share page is kept from moving on to the article (its meta refresh gets a 204). */
  async function open(sample: SamplePage, scheme: Scheme, viewport = { width: 1280, height: 900 }): Promise<Page> {
    const page = await contexts.get(scheme)!.newPage();
    await page.setViewportSize(viewport);
    await page.emulateMedia({ colorScheme: scheme });
    if (sample.kind === 'share') {
      await page.route(
        (url) => !url.pathname.includes('/p/'),
        (route) => (route.request().isNavigationRequest() ? route.fulfill({ status: 204 }) : route.continue()),
      );
    }
    await page.goto(`${server.origin}${sample.path}`, { waitUntil: 'load' });
    expect(new URL(page.url()).pathname).toBe(sample.path.replace(/#.*/, ''));
    return page;
  }
}
