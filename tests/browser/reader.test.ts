import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { articleSlug } from '../helpers/pages';
import { schemes } from '../helpers/a11y';
import { runAxe } from '../helpers/axe';
import { browserSession, screenshots } from '../helpers/session';
import { defaultLocale, localeCodes, localeInfo } from '../../src/lib/i18n/locales';
import { articlePath, comparePath, stackedPath } from '../../src/lib/routes/paths';

const wide = { width: 1280, height: 900 };
const narrow = { width: 360, height: 740 };
const viewports = [narrow, wide];
/** The original (Japanese) and the edition the done-when journey reads beside it (Chinese). */
const original = defaultLocale;
const chinese = localeCodes.find((code) => localeInfo(code).htmlLang.startsWith('zh'))!;
const other = localeCodes.find((code) => code !== original)!;
const slug = articleSlug(original);

const session = browserSession();
/** The file's tab, or a page of its own where the context must differ. */
const newPage = (viewport = wide, options?: BrowserContextOptions) =>
  options ? session.newPage(viewport, options) : session.tab(viewport);

async function screenshot(page: Page, name: string): Promise<void> {
  const file = path.join(screenshots, `${name}.png`);
  fs.rmSync(file, { force: true });
  await page.screenshot({ path: file });
  expect(fs.statSync(file).size).toBeGreaterThan(5_000);
}

/** Whether the element carrying `id` starts on screen below the sticky header. */
const clearlyInView = (page: Page, id: string) =>
  page.evaluate((pid) => {
    const box = document.getElementById(pid)!.getBoundingClientRect();
    const header = document.querySelector('.site-header')!.getBoundingClientRect().bottom;
    return box.top >= header - 1 && box.top < innerHeight;
  }, id);

/** A passage about halfway down the page that links a glossary term. */
const middlePassage = (page: Page) =>
  page.$$eval('[data-passage][id], [data-row][id]', (ps) => {
    const withTerm = ps.filter((p) => p.querySelector('.term a'));
    return withTerm[Math.floor(withTerm.length / 2)]!.id;
  });

/** Scrolls so that the element with `id` sits just under the sticky header. */
const scrollToPassage = (page: Page, id: string) =>
  page.evaluate((pid) => {
    const header = document.querySelector<HTMLElement>('.site-header')!;
    scrollTo(0, document.getElementById(pid)!.getBoundingClientRect().top + scrollY - header.offsetHeight - 4);
  }, id);

/** Waits until the page is at `sitePath`, with or without a #passage. */
const waitForPage = (page: Page, sitePath: string) =>
  page.waitForURL((url) => url.origin === session.origin() && url.pathname === sitePath && url.search === '');

/** Clicks a header link with the mouse where it is (Playwright's click would scroll the page first). */
async function clickInHeader(page: Page, selector: string): Promise<void> {
  const box = (await page.locator(`.site-header ${selector}`).boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

for (const viewport of viewports) {
  describe(`a reader at ${viewport.width} px`, () => {
    it('switches single → stacked → side by side → single from the header, the passage staying in view (screenshots)', async () => {
      const page = await newPage(viewport);
      await page.goto(`${session.origin()}${articlePath(original, slug)}`);
      const id = await middlePassage(page);
      await scrollToPassage(page, id);
      await screenshot(page, `reader-single-${viewport.width}`);
      const steps = [
        { layout: 'stacked', url: stackedPath(original, slug, other) },
        { layout: 'side-by-side', url: comparePath(original, slug, other) },
        { layout: 'single', url: articlePath(original, slug) },
      ];
      for (const step of steps) {
        await clickInHeader(page, `a[data-layout="${step.layout}"]`);
        await page.waitForURL(`${session.origin()}${step.url}#${id}`);
        await page.waitForSelector(`#${id}.is-highlighted`);
        expect(await clearlyInView(page, id), `${step.layout}: #${id} in view`).toBe(true);
        expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), 'no sideways scrolling').toBe(true);
        if (step.layout !== 'single') await screenshot(page, `reader-${step.layout}-${viewport.width}`);
      }
    });

    it('chooses a second language and finds it applied on the next article it opens', async () => {
      const page = await newPage(viewport);
      await page.goto(`${session.origin()}${articlePath(original, slug)}`);
      await page.click(`nav.layouts a[data-layout="side-by-side"][data-second="${chinese}"]`);
      await waitForPage(page, comparePath(original, slug, chinese));
      // The next article, opened from a home page: the remembered layout and second language apply.
      const next = localeCodes.find((code) => code !== original && code !== chinese)!;
      await page.goto(`${session.origin()}/${next}/`);
      await page.click(`main a[href="${articlePath(next, slug)}"]`);
      await waitForPage(page, comparePath(next, slug, chinese));
      // Going back does not bounce the reader forward again.
      await page.goBack();
      await waitForPage(page, `/${next}/`);
      // Choosing the single layout is remembered too.
      await page.goto(`${session.origin()}${comparePath(next, slug, chinese)}`);
      await clickInHeader(page, 'a[data-layout="single"]');
      await waitForPage(page, articlePath(next, slug));
      await page.goto(`${session.origin()}${articlePath(original, slug)}`);
      expect(new URL(page.url()).pathname).toBe(articlePath(original, slug));
      // …and the header's stacked link takes the remembered second language.
      expect(await page.getAttribute('.site-header a[data-layout="stacked"]', 'href')).toBe(stackedPath(original, slug, chinese));
    });

    it('opens the panel on a Japanese passage, reads its Chinese without leaving the page, and closes it with focus back on the passage (screenshot)', async () => {
      const page = await newPage(viewport);
      const url = `${session.origin()}${articlePath(original, slug)}`;
      await page.goto(url);
      const id = await middlePassage(page);
      const expected = await page.evaluate(
        async ([file, pid]) => ((await (await fetch(file!)).json()) as Record<string, string>)[pid!],
        [`/${chinese}/articles/${slug}/passages.json`, id],
      );
      expect(expected, 'the Chinese text of the passage').toBeTruthy();
      await page.locator(`#${id} a.permalink`).click();
      const dialog = page.locator('dialog#passage-panel');
      await dialog.waitFor({ state: 'visible' });
      expect(await dialog.evaluate((d: HTMLDialogElement) => d.open && d.matches(':modal'))).toBe(true);
      const quote = dialog.locator(`blockquote[lang="${localeInfo(chinese).htmlLang}"]`);
      await quote.waitFor();
      expect((await quote.textContent())?.trim()).toBe(expected!.trim());
      expect(page.url()).toBe(url);
      // The passage's glossary terms, with the definitions the passage shows.
      const definitions = await page.$$eval(`#${id} .term-tip`, (tips) => tips.map((t) => t.textContent?.trim()));
      const shown = await dialog.locator('[data-panel-terms] dd').allTextContents();
      expect(shown.length).toBeGreaterThan(0);
      expect(new Set(shown.map((s) => s.trim()))).toEqual(new Set(definitions));
      // The share link of the passage, and the named place for citation actions.
      expect(new URL((await dialog.locator('[data-panel-share]').getAttribute('href'))!).pathname).toBe(
        `${articlePath(original, slug)}p/${id}/`,
      );
      // The passage's copy-quote and cite actions, in the panel too.
      const actions = dialog.locator('[data-cite-slot]:not([hidden]) button');
      expect(await actions.allTextContents()).toEqual(
        await page.locator(`#${id} .passage-tools :is(.copy-quote, .cite)`).allTextContents(),
      );
      await screenshot(page, `reader-panel-${viewport.width}`);
      await actions.last().click();
      const cite = page.locator('dialog.cite-dialog[open]');
      await cite.waitFor();
      expect(await cite.locator('[data-format="chicago"] pre').textContent()).toContain(`/p/${id}/`);
      await page.keyboard.press('Escape');
      await cite.waitFor({ state: 'hidden' });
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
      expect(await page.evaluate(() => document.activeElement?.closest('[data-passage]')?.id)).toBe(id);
    });

    it('finds / showing the articles in every edition, and a suggestion of its browser’s language that never redirects (screenshot)', async () => {
      const page = await newPage(viewport, { locale: `${localeInfo(chinese).htmlLang.split('-')[0]}-CN` });
      await page.goto(`${session.origin()}/`);
      for (const code of localeCodes) expect(await page.locator(`main a[href="${articlePath(code, slug)}"]`).count(), code).toBe(1);
      const suggestion = page.locator(`language-suggestion [data-locale="${chinese}"]`);
      await suggestion.waitFor({ state: 'visible' });
      expect(await page.locator('language-suggestion [data-locale]:visible').count()).toBe(1);
      expect(await suggestion.locator('a').getAttribute('href')).toBe(`/${chinese}/`);
      expect(new URL(page.url()).pathname).toBe('/');
      await screenshot(page, `reader-root-${viewport.width}`);
    });

    it('offers to continue reading at the passage it last read', async () => {
      const page = await newPage(viewport);
      await page.goto(`${session.origin()}${articlePath(other, slug)}`);
      expect(await page.locator('[data-continue]').isVisible()).toBe(false);
      const id = await middlePassage(page);
      await scrollToPassage(page, id);
      await page.waitForFunction((key) => localStorage.getItem(key) !== null, `reader:progress:${slug}`);
      const saved = await page.evaluate((key) => localStorage.getItem(key), `reader:progress:${slug}`);
      expect(saved).toBe(id);
      await page.goto(`${session.origin()}${articlePath(other, slug)}`);
      const offer = page.locator('[data-continue] a');
      await offer.waitFor({ state: 'visible' });
      await offer.click();
      await page.waitForURL(`${session.origin()}${articlePath(other, slug)}#${id}`);
      expect(await clearlyInView(page, id)).toBe(true);
    });
  });
}

describe('aligned reading', () => {
  const background = (page: Page, selector: string) => page.$eval(selector, (el) => getComputedStyle(el).backgroundColor);

  it('highlights a passage’s counterpart when the reader hovers or focuses it, on side-by-side and stacked pages', async () => {
    const page = await newPage(wide);
    for (const url of [comparePath(original, slug, chinese), stackedPath(original, slug, chinese)]) {
      await page.goto(`${session.origin()}${url}`);
      const id = await page.$$eval('[data-row][id]', (rows) => rows[Math.floor(rows.length / 2)]!.id);
      const [left, right] = [`#${id} > :first-child .passage`, `#${id} > :last-child .passage`];
      const resting = await background(page, right);
      await page.hover(left);
      expect(await background(page, right), `${url}: hover`).not.toBe(resting);
      await page.mouse.move(0, 0);
      expect(await background(page, right)).toBe(resting);
      await page.locator(`${right} a.permalink`).focus();
      expect(await background(page, left), `${url}: focus`).not.toBe(resting);
    }
  });

  it('keeps the shorter side of a long row in view while the reader reads the longer one (wide side by side)', async () => {
    const page = await newPage(wide);
    // The row whose sides differ most in height, of the original beside each other edition: how
    // much they differ depends on the texts and the browser's fonts.
    let longest = { url: '', id: '', gap: 0 };
    for (const code of localeCodes.filter((c) => c !== original)) {
      const url = `${session.origin()}${comparePath(original, slug, code)}`;
      await page.goto(url);
      const row = await page.$$eval('[data-row][id]', (rows) =>
        rows
          .map((r) => ({
            id: r.id,
            gap: Math.abs(r.children[0]!.getBoundingClientRect().height - r.children[1]!.getBoundingClientRect().height),
          }))
          .reduce((a, b) => (b.gap > a.gap ? b : a)),
      );
      if (row.gap > longest.gap) longest = { url, ...row };
    }
    if (page.url() !== longest.url) await page.goto(longest.url);
    // The row's top scrolled above the sides' sticky line by almost the whole gap: the shorter side,
    // were it not sticky, would then start that far up, under the header.
    const { shorter, stickyLine, header, unstuck } = await page.evaluate((id) => {
      const el = document.getElementById(id)!;
      const [a, b] = [...el.children].map((c) => c as HTMLElement);
      const short = a!.offsetHeight < b!.offsetHeight ? a! : b!;
      const gap = Math.abs(a!.offsetHeight - b!.offsetHeight);
      const inset = short.getBoundingClientRect().top - el.getBoundingClientRect().top;
      const line = parseFloat(getComputedStyle(short).top);
      scrollTo(0, el.getBoundingClientRect().top + scrollY - line + gap - 1);
      return {
        shorter: short.getBoundingClientRect().top,
        stickyLine: line,
        header: document.querySelector('.site-header')!.getBoundingClientRect().bottom,
        unstuck: el.getBoundingClientRect().top + inset,
      };
    }, longest.id);
    expect(unstuck, 'an unstuck shorter side would be under the header').toBeLessThan(header - 1);
    expect(shorter).toBeGreaterThanOrEqual(header - 1);
    expect(shorter).toBeCloseTo(stickyLine, 0);
  });
});

describe('without JavaScript', () => {
  it('reads the stacked page and keeps the article where it is, whatever was stored', async () => {
    const page = await newPage(narrow, { javaScriptEnabled: false });
    await page.goto(`${session.origin()}${stackedPath(original, slug, chinese)}`);
    expect(await page.locator('[data-row][id]').count()).toBeGreaterThan(20);
    expect(await page.locator('dialog#passage-panel').isVisible()).toBe(false);
    await page.click('nav.layouts a[data-layout="single"]');
    await page.waitForURL(`${session.origin()}${articlePath(original, slug)}`);
    expect(await page.locator('[data-continue]').isVisible()).toBe(false);
  });
});

describe('print', () => {
  it('prints the text without header or tools, each passage id as a small reference in the margin', async () => {
    const page = await newPage(wide);
    for (const url of [articlePath(original, slug), comparePath(original, slug, other), stackedPath(original, slug, other)]) {
      await page.goto(`${session.origin()}${url}`);
      await page.emulateMedia({ media: 'print' });
      const hidden = await page.$$eval('.site-header, .site-footer, .passage-tools, nav.layouts', (els) =>
        els.every((el) => getComputedStyle(el).display === 'none'),
      );
      expect(hidden, url).toBe(true);
      const id = await page.$$eval('[data-passage][id], [data-row][id]', (els) => els[3]!.id);
      const marker = await page.$eval(`#${id}`, (el) => {
        const before = getComputedStyle(el, '::before');
        return { content: before.content, position: before.position, size: parseFloat(before.fontSize) };
      });
      expect(marker, url).toMatchObject({ content: `"${id}"`, position: 'absolute' });
      expect(marker.size).toBeLessThan(12);
      await page.emulateMedia({ media: 'screen' });
    }
  });
});

describe('accessibility of the reader’s pages and panel (axe-core, light and dark)', () => {
  // States the accessibility sweep does not reach (its samples are every page kind at rest, the
  // stacked and side-by-side pages among them): the panel open, and / with its suggestion shown.
  const cases = [
    { label: 'an article with the passage panel open', url: articlePath(original, slug), open: true },
    { label: 'a side-by-side page with the panel open on its second side', url: comparePath(chinese, slug, original), open: true },
    { label: '/ with its language suggestion', url: '/', open: false },
  ];
  let page: Page;
  for (const sample of cases)
    it(`finds no violation on ${sample.label}, light and dark`, async () => {
      // bypassCSP: the pages forbid inline scripts, and axe is injected as one (one such context for the cases).
      page ??= await newPage(wide, { bypassCSP: true, locale: 'en-GB' });
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(`${session.origin()}${sample.url}`);
      if (sample.open) {
        const id = await middlePassage(page);
        await page.locator(`[id="${id}"] a.permalink`).last().click();
        await page.locator('dialog#passage-panel blockquote').first().waitFor();
      }
      for (const colorScheme of schemes) {
        await page.emulateMedia({ colorScheme });
        const results = await runAxe(page, colorScheme);
        expect(
          results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
          colorScheme,
        ).toEqual([]);
      }
    });
});
