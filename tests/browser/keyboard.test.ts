import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sampleBrowser, samples, schemes } from '../helpers/a11y';

const open = sampleBrowser();

/**
 * Marks the page's tab stops and returns one of each kind: a kind is the element's tag and classes,
 * its parent's, and the landmark it is in (the same component gives the same kind on every page, so
 * a style that drops the focus indicator of one component drops it for every element of the kind).
 * Candidates are the focusable elements in document order (no page uses a positive tabindex:
 * checked here), less those under `[hidden]` or in a closed `<dialog>`, less the unchecked radios of a group with a checked
 * one (Tab stops at one radio per group). Elements hidden by CSS until their passage has focus
 * (the passage tools) are candidates: Tab reaches them from the permalink before them.
 * Runs in the page; the candidates stay on `window.tabStops` for `tabTo`.
 */
function markTabStopKinds(): { index: number; label: string }[] {
  const selector = 'a[href], area[href], button, input, select, textarea, summary, iframe, [contenteditable], [tabindex]';
  const all = [...document.querySelectorAll<HTMLElement>(selector)];
  const positive = all.filter((el) => el.tabIndex > 0);
  if (positive.length > 0) throw new Error(`positive tabindex on ${positive.map((el) => el.outerHTML.slice(0, 60)).join(', ')}`);
  const stops = all.filter((el) => {
    if (el.tabIndex < 0 || el.closest('[hidden], [inert], dialog:not([open])') || (el as HTMLButtonElement).disabled) return false;
    if (el instanceof HTMLInputElement && el.type === 'radio' && !el.checked)
      return !document.querySelector(`input[type="radio"][name="${CSS.escape(el.name)}"]:checked`);
    return true;
  });
  (window as unknown as { tabStops: HTMLElement[] }).tabStops = stops;
  const describe = (el: Element | null) =>
    el
      ? `${el.tagName.toLowerCase()}${[...el.classList].map((c) => `.${c}`).join('')}${el.getAttribute('type') ? `[type=${el.getAttribute('type')}]` : ''}`
      : '';
  const kinds = new Map<string, { index: number; label: string }>();
  stops.forEach((el, index) => {
    const landmark = el.closest('header, nav, main, footer, aside, dialog, form');
    const key = `${describe(landmark)} ${describe(el.parentElement)} > ${describe(el)}`;
    if (!kinds.has(key)) kinds.set(key, { index, label: `${key} "${(el.textContent ?? '').trim().slice(0, 30)}"` });
  });
  return [...kinds.values()];
}

/**
 * Moves keyboard focus to tab stop `index` of `markTabStopKinds` as a reader would: focus goes to
 * the nearest stop before it that is on screen, then Tab is pressed until the stop has focus (at most
 * a few presses: only the passage tools are off screen). Returns whether the focused stop shows an
 * outline or a box-shadow, or null when Tab never reaches it.
 */
async function tabTo(page: Page, index: number): Promise<{ visible: boolean } | null> {
  await page.evaluate((i) => {
    const stops = (window as unknown as { tabStops: HTMLElement[] }).tabStops;
    (document.activeElement as HTMLElement | null)?.blur();
    const before = stops.slice(0, i).findLast((el) => el.getClientRects().length > 0);
    before?.focus();
  }, index);
  for (let press = 0; press < 8; press++) {
    await page.keyboard.press('Tab');
    const state = await page.evaluate((i) => {
      const el = (window as unknown as { tabStops: HTMLElement[] }).tabStops[i]!;
      if (document.activeElement !== el) return null;
      const style = getComputedStyle(el);
      return { visible: (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none' };
    }, index);
    if (state) return state;
  }
  return null;
}

// Every case opens its own page: they run several at a time (vitest's maxConcurrency), since each mostly waits on Chromium.
describe.concurrent('keyboard and structure', () => {
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
      it(`shows a focus indicator on every kind of tab stop (${scheme}) on ${sample.label}`, async () => {
        const page = await open(sample, scheme);
        const kinds = await page.evaluate(markTabStopKinds);
        const missing: string[] = [];
        for (const kind of kinds) {
          const stop = await tabTo(page, kind.index);
          if (!stop) missing.push(`${kind.label}: not reached by Tab from the stop before it`);
          else if (!stop.visible) missing.push(`${kind.label}: focused without outline or box-shadow`);
        }
        await page.close();
        expect(kinds.length, 'kinds of tab stop found').toBeGreaterThan(0);
        expect(missing, `of ${kinds.length} kinds of tab stop`).toEqual([]);
      });
    }
  }
});
