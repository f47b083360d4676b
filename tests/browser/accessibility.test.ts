import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { AxeResults, Result } from 'axe-core';
import { launchBrowser } from '../helpers/browser';
import { serveSite } from '../helpers/server';
import { loadPage } from '../helpers/html';
import { samplePages, type SamplePage } from '../helpers/pages';

const axeSource = fs.readFileSync(path.join(path.dirname(createRequire(import.meta.url).resolve('axe-core')), 'axe.min.js'), 'utf8');
const schemes = ['light', 'dark'] as const;
type Scheme = (typeof schemes)[number];

/** Every kind of page, plus an article arrived at through a passage link (highlighted, its tools shown). */
const samples: (SamplePage & { label: string })[] = samplePages().flatMap((sample) => {
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

let browser: Browser;
let server: Awaited<ReturnType<typeof serveSite>>;
const contexts = new Map<Scheme, BrowserContext>();
beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), serveSite()]);
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

const describeResult = (r: Result) =>
  `${r.id} (${r.impact}): ${r.help}\n${r.nodes
    .slice(0, 5)
    .map((n) => `    ${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(1).join(' ').trim()}`)
    .join('\n')}${r.nodes.length > 5 ? `\n    … ${r.nodes.length - 5} more` : ''}`;

describe('accessibility (axe-core in Chromium)', () => {
  for (const scheme of schemes) {
    describe(`${scheme} colour scheme`, () => {
      for (const sample of samples) {
        it(`finds no violation, and checks colour contrast, on ${sample.label}`, async () => {
          const page = await open(sample, scheme);
          expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
          // At a passage the page is scrolled under the sticky header, and axe cannot judge the colour
          // of text the header covers: measure from the top (the passage stays highlighted, tools shown).
          if (sample.path.includes('#')) {
            await page.waitForSelector('.is-highlighted');
            await page.evaluate(() => scrollTo(0, 0));
          }
          await page.addScriptTag({ content: axeSource });
          const results = (await page.evaluate(() =>
            (window as unknown as { axe: { run: (o: object) => Promise<unknown> } }).axe.run({ resultTypes: ['violations', 'incomplete'] }),
          )) as AxeResults;
          await page.close();
          expect(
            results.violations.length,
            `${results.violations.length} violation(s):\n${results.violations.map(describeResult).join('\n')}`,
          ).toBe(0);
          // Colour contrast was actually measured, and nothing was left undecided.
          const contrast = [...results.passes, ...results.violations].find((r) => r.id === 'color-contrast');
          expect(contrast?.nodes.length ?? 0, 'color-contrast checked no text').toBeGreaterThan(0);
          const undecided = results.incomplete.filter((r) => r.id === 'color-contrast');
          expect(undecided.length, `contrast axe could not decide:\n${undecided.map(describeResult).join('\n')}`).toBe(0);
        });
      }
    });
  }
});

describe('keyboard and structure', () => {
  for (const sample of samples.filter((s) => !s.path.includes('#'))) {
    it(`has exactly one h1 and no skipped heading level on ${sample.label}`, async () => {
      const page = await open(sample, 'light');
      const levels = await page.$$eval('h1, h2, h3, h4, h5, h6', (hs) => hs.map((h) => Number(h.tagName[1])));
      await page.close();
      expect(levels.filter((l) => l === 1).length, `levels: ${levels.join(' ')}`).toBe(1);
      expect(levels[0], 'the first heading is the h1').toBe(1);
      const skips = levels.flatMap((level, i) =>
        i > 0 && level > levels[i - 1]! + 1 ? [`h${levels[i - 1]} → h${level} at heading ${i + 1}`] : [],
      );
      expect(skips, 'skipped heading levels').toEqual([]);
    });

    it(`moves focus to the main content with a visible skip link, first in tab order, on ${sample.label}`, async () => {
      const page = await open(sample, 'light');
      await page.keyboard.press('Tab');
      const first = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const box = el.getBoundingClientRect();
        return {
          href: el.getAttribute('href'),
          text: el.textContent?.trim(),
          inView: box.top >= 0 && box.bottom <= innerHeight && box.width > 1 && box.height > 1,
        };
      });
      if (sample.kind === 'chooser') {
        // The chooser has no header: its first stop is already inside main.
        expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
      } else {
        expect(first.href).toBe('#main');
        expect(first.text).toBeTruthy();
        expect(first.inView, 'the focused skip link is on screen').toBe(true);
        await page.keyboard.press('Enter');
        expect(await page.evaluate(() => document.activeElement?.tagName === 'MAIN' && document.activeElement.id === 'main')).toBe(true);
      }
      await page.close();
    });

    for (const scheme of schemes) {
      it(`shows a focus indicator on every tab stop (${scheme}) on ${sample.label}`, async () => {
        const page = await open(sample, scheme);
        const missing: string[] = [];
        const seen = new Set<string>();
        for (let i = 0; i < 2000; i++) {
          await page.keyboard.press('Tab');
          const stop = await page.evaluate(() => {
            const el = document.activeElement as HTMLElement | null;
            if (!el || el === document.body) return null;
            const style = getComputedStyle(el);
            const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
            const shadow = style.boxShadow !== 'none';
            const path = [];
            for (let e: Element | null = el; e && e !== document.body; e = e.parentElement)
              path.unshift(
                `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}:nth-child(${[...(e.parentElement?.children ?? [])].indexOf(e) + 1})`,
              );
            return {
              key: path.join('>'),
              label: `${el.tagName.toLowerCase()}${el.className ? `.${el.className}` : ''} "${(el.textContent ?? '').trim().slice(0, 30)}"`,
              visible: outline || shadow,
            };
          });
          if (!stop || seen.has(stop.key)) break;
          seen.add(stop.key);
          if (!stop.visible) missing.push(stop.label);
        }
        await page.close();
        expect(seen.size, 'tab stops found').toBeGreaterThan(0);
        expect(missing, `focused without outline or box-shadow (of ${seen.size} stops)`).toEqual([]);
      });
    }
  }
});
