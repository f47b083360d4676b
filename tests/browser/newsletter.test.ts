import fs from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localeCodes } from '../../src/lib/i18n/locales';
import { launchBrowser } from '../../scripts/lib/browser';
import { dist } from '../helpers/build';
import { contentEditions } from '../helpers/content';
import { articleSlug } from '../helpers/pages';
import { serveSite } from '../../scripts/lib/serve';
import { runAxe } from '../helpers/axe';
import { quoteShareUrl } from '../../src/lib/cite/quote';

let browser: Browser;
let server: Awaited<ReturnType<typeof serveSite>>;
let context: BrowserContext;
beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), serveSite(dist)]);
  context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

/** The clipboard's first item, each of its types read as text. */
const clipboardItem = (page: Page) =>
  page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    if (!item) return {};
    return Object.fromEntries(await Promise.all(item.types.map(async (type) => [type, await (await item.getType(type)).text()])));
  });

/** Whether the first occurrence of `text` in one text node of passage `id` lies wholly in the viewport. */
const wordsOnScreen = (page: Page, id: string, text: string) =>
  page.evaluate(
    ([pid, words]) => {
      const walker = document.createTreeWalker(document.getElementById(pid!)!, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        const node = walker.currentNode as Text;
        const at = node.data.indexOf(words!);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + words!.length);
        const box = range.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= innerHeight;
      }
      return false;
    },
    [id, text],
  );

const slug = articleSlug('en');
const article = `/en/articles/${slug}/`;

describe('an editor’s passage actions in Chromium', () => {
  it('copies a passage as a quote: rich text with the attribution linked to the share page, and Markdown as plain text', async () => {
    const page = await context.newPage();
    await page.goto(`${server.origin}${article}#paypal`);
    await page.click('#paypal .copy-quote');
    await expect.poll(() => page.textContent('#copy-status')).toBe('Quote copied with its source and link');
    const item = await clipboardItem(page);
    const share = `https://parallel-editions.example.org${article}p/paypal/`.replace('https://parallel-editions.example.org', '');
    const quote = await page.evaluate((html) => {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      return {
        text: doc.querySelector('blockquote > p')?.textContent,
        link: doc.querySelector('blockquote a')?.getAttribute('href'),
        by: doc.querySelector('blockquote a')?.textContent,
        scripts: doc.querySelectorAll('script, style').length,
      };
    }, item['text/html'] ?? '');
    const visible = await page.$eval('#paypal', (p) => {
      const clone = p.cloneNode(true) as HTMLElement;
      clone.querySelectorAll('[data-pagefind-ignore]').forEach((e) => e.remove());
      return clone.textContent!.replace(/\s+/g, ' ').trim();
    });
    expect(quote.text).toBe(visible);
    expect(quote.link).toMatch(new RegExp(`${share.replace(/\//g, '\\/')}$`));
    expect(quote.by).toMatch(/^Sleepy\.txt, “.+” \(Translation: .+\)$/);
    expect(quote.scripts).toBe(0);
    expect(item['text/plain']).toMatch(/^> .+\n>\n> — \[Sleepy\.txt, .+\]\(https?:\/\/.+\/p\/paypal\/\)\n$/s);
    await page.close();
  });

  it('cites a passage: plain, Chicago and APA naming the edition, translator, original, passage and share URL; BibTeX and CSL-JSON downloads', async () => {
    const page = await context.newPage();
    await page.goto(`${server.origin}${article}#paypal`);
    await page.click('#paypal .cite');
    const dialog = page.locator('dialog.cite-dialog[open]');
    await dialog.waitFor();
    const text = (format: string) => dialog.locator(`[data-format="${format}"] pre`).textContent();
    const chicago = (await text('chicago')) ?? '';
    // The translator as the English edition's frontmatter names it.
    const translator = (contentEditions().find((e) => e.locale === 'en' && e.article === 'ai-bubble')?.data.translator ?? '').replace(
      /[.*+?^${}()|[\]\\]/g,
      '\\$&',
    );
    expect(translator).not.toBe('');
    expect(chicago).toMatch(/^Sleepy\.txt\. “How Did AI Trap/);
    expect(chicago).toMatch(new RegExp(`Translated by ${translator}\\. Originally published in Japanese as “AI`));
    expect(chicago).toMatch(/Passage “paypal\.” https:\/\/\S+\/en\/articles\/ai-bubble\/p\/paypal\/\.$/);
    expect(await text('apa')).toMatch(
      new RegExp(`^Sleepy\\.txt\\. \\(\\d{4}, \\w+ \\d+\\)\\. .+ \\[${translator}, Trans\\.; passage paypal\\]\\.`),
    );
    expect(await text('plain')).toMatch(/\/ja\/articles\/ai-bubble\/.*\/en\/articles\/ai-bubble\/p\/paypal\/$/);
    await dialog.locator('[data-format="chicago"] [data-copy]').click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(chicago);
    const [bib] = await Promise.all([page.waitForEvent('download'), dialog.locator('a[data-download="bibtex"]').click()]);
    const bibtex = fs.readFileSync((await bib.path())!, 'utf8');
    expect(bib.suggestedFilename()).toBe('passage.bib');
    expect(bibtex).toMatch(/^@online\{\S+,\n/);
    expect(bibtex).toMatch(new RegExp(`translator = \\{${translator}\\}`));
    const [csl] = await Promise.all([page.waitForEvent('download'), dialog.locator('a[data-download="csl"]').click()]);
    const items = JSON.parse(fs.readFileSync((await csl.path())!, 'utf8'));
    expect(items[0]).toMatchObject({ type: 'webpage', author: [{ literal: 'Sleepy.txt' }], language: 'en' });
    expect(items[0].URL).toMatch(/\/en\/articles\/ai-bubble\/p\/paypal\/$/);
    await dialog.locator('form[method="dialog"] button').click();
    await expect.poll(() => page.locator('dialog.cite-dialog').count()).toBe(0);
    await page.close();
  });

  it('offers a link to words selected in a passage; arriving by it scrolls to the words and marks the passage', async () => {
    const page = await context.newPage();
    await page.goto(`${server.origin}${article}`);
    const words = await page.evaluate(() => {
      const passage = document.getElementById('stripe-position')!;
      const node = [...passage.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim().length > 40)!;
      const start = node.textContent!.indexOf(node.textContent!.trim()) + 5;
      const range = document.createRange();
      range.setStart(node, start);
      range.setEnd(node, start + 30);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return range.toString();
    });
    const button = page.locator('button.quote-link:not([hidden])');
    await button.waitFor();
    await button.click();
    await expect.poll(() => page.textContent('#copy-status')).toBe('Link to the selected words copied');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    const [base = '', directive = ''] = link.split(':~:text=');
    expect(base).toBe(`${server.origin}${article}#stripe-position`);
    // The selection starts inside a word: the link names the whole words (text fragments match only those).
    const linked = decodeURIComponent(directive);
    expect(linked).toContain(words.trim());
    expect(linked.length).toBeGreaterThan(words.trim().length);
    expect(await page.$eval('#stripe-position', (p, text) => p.textContent!.replace(/\s+/g, ' ').includes(text), linked)).toBe(true);
    await page.close();

    // A fresh page far from the passage: the browser scrolls to the words, the site marks their passage.
    const arrival = await context.newPage();
    await arrival.setViewportSize({ width: 400, height: 700 });
    await arrival.goto(link);
    // Waited for as the sweep waits for it (tests/browser/accessibility.test.ts): expect.poll gives up
    // after one second, which the page's script overran once on a fresh clone with both cores busy.
    await arrival.waitForSelector('#stripe-position.is-highlighted');
    const inView = (await wordsOnScreen(arrival, 'stripe-position', linked)) && (await arrival.evaluate(() => scrollY > 0));
    expect(inView).toBe(true);
    await arrival.close();
  });
});

describe('a share link that carries words, and a bilingual share page, in Chromium', () => {
  it('goes from a share page’s quote link (?text=) on to the article, where the browser scrolls to the words and the site marks the passage', async () => {
    const page = await context.newPage();
    // A short window: the last words of a long passage are off screen when the passage's top is in view.
    await page.setViewportSize({ width: 320, height: 300 });
    await page.goto(`${server.origin}${article}`);
    const words = await page.$eval('#stripe-position', (p) => {
      const node = [...p.childNodes].findLast((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim().length > 30)!;
      return node
        .textContent!.trim()
        .split(/\s+/)
        .slice(-4)
        .join(' ')
        .replace(/[.,;:]$/, '');
    });
    await page.goto(`${server.origin}${article}#stripe-position`);
    const atPassage = await page.evaluate(() => scrollY);
    const shareLink = quoteShareUrl(`${server.origin}${article}p/stripe-position/`, words);
    await page.goto(shareLink);
    // (Playwright's URL keeps the fragment directive that the page's location hides.)
    await page.waitForURL((url) => url.pathname === article && url.hash.startsWith('#stripe-position'));
    await expect.poll(() => page.$eval('#stripe-position', (p) => p.classList.contains('is-highlighted'))).toBe(true);
    await expect
      .poll(() => page.evaluate(() => scrollY), { message: 'scrolled to the words, past the passage’s top' })
      .toBeGreaterThan(atPassage);
    const inView = await wordsOnScreen(page, 'stripe-position', words);
    expect(inView, `"${words}" on screen`).toBe(true);
    await page.close();
  });

  it('opens a translated passage’s bilingual share page: both texts, its own 1200 × 630 card, and on to the passage', async () => {
    const page = await context.newPage();
    // Kept on the share page (its meta refresh gets a 204) to read it as a crawler and a reader would.
    await page.route(
      (url) => !url.pathname.includes('/p/'),
      (route) => (route.request().isNavigationRequest() ? route.fulfill({ status: 204 }) : route.continue()),
    );
    await page.goto(`${server.origin}${article}p/burry-short/`);
    // The share page of a translation links its bilingual share page: …/p/<id>/<original>/.
    const bilingual = (await page.getAttribute(`main a[href^="${article}p/burry-short/"]`, 'href'))!;
    expect(bilingual).toMatch(/\/p\/burry-short\/[a-z-]+\/$/);
    await page.click(`main a[href="${bilingual}"]`);
    await page.waitForURL(`${server.origin}${bilingual}`);
    const langs = await page.$$eval('main [data-passage]', (ps) => ps.map((p) => p.closest('[lang]')!.getAttribute('lang')));
    expect(langs).toHaveLength(2);
    expect(new Set(langs).size, 'the translation and the original').toBe(2);
    const card = new URL((await page.getAttribute('meta[property="og:image"]', 'content'))!).pathname;
    const size = await page.evaluate(async (src) => {
      const image = new Image();
      image.src = src;
      await image.decode();
      return { width: image.naturalWidth, height: image.naturalHeight, bytes: (await (await fetch(src)).arrayBuffer()).byteLength };
    }, card);
    expect(size.width).toBe(1200);
    expect(size.height).toBe(630);
    expect(size.bytes).toBeLessThanOrEqual(100_000);
    await page.unrouteAll();
    await page.goto(`${server.origin}${bilingual}`);
    await page.waitForURL(`${server.origin}${article}#burry-short`);
    await page.waitForSelector('#burry-short.is-highlighted');
    await page.close();
  });
});

describe('passage tools’ target size (axe-core’s target-size rule, WCAG 2.5.8)', () => {
  for (const locale of localeCodes) {
    it(`${locale}: no target on the article page is under 24 × 24 px without spacing`, async () => {
      const axeContext = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
      const page = await axeContext.newPage();
      await page.goto(`${server.origin}/${locale}/articles/${articleSlug(locale)}/`);
      // Show every passage's tools, as on hover, so that all their targets are judged.
      await page.addStyleTag({ content: '.passage-tools :is(button, .hop) { display: inline-flex !important; }' });
      const result = await runAxe(page, 'light', { runOnly: ['target-size'] });
      expect(result.violations.flatMap((v) => v.nodes.map((n) => n.target.join(' ')))).toEqual([]);
      expect(result.passes.flatMap((v) => v.nodes).length).toBeGreaterThan(50);
      await axeContext.close();
    });
  }
});
