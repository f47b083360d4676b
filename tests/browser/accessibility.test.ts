import { describe, it, type ExpectStatic } from 'vitest';
import type { Page } from 'playwright-core';
import type { Result } from 'axe-core';
import { sampleBrowser, samples, schemes, type Scheme } from '../helpers/a11y';
import { runAxe } from '../helpers/axe';

const open = sampleBrowser();

const describeResult = (r: Result) =>
  `${r.id} (${r.impact}): ${r.help}\n${r.nodes
    .slice(0, 5)
    .map((n) => `    ${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(1).join(' ').trim()}`)
    .join('\n')}${r.nodes.length > 5 ? `\n    … ${r.nodes.length - 5} more` : ''}`;

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
    if (before) before.focus();
    else {
      // Nothing before it: Tab from the top of the document, wherever an earlier check left the
      // sequential focus starting point (the skip link moves it to main).
      document.documentElement.tabIndex = -1;
      document.documentElement.focus();
    }
  }, index);
  for (let press = 0; press < 8; press++) {
    await page.keyboard.press('Tab');
    const state = await page.evaluate((i) => {
      const el = (window as unknown as { tabStops: HTMLElement[] }).tabStops[i]!;
      if (document.activeElement !== el) return null;
      const style = getComputedStyle(el);
      return { visible: (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none' };
    }, index);
    if (state) {
      await page.evaluate(() => document.documentElement.removeAttribute('tabindex'));
      return state;
    }
  }
  return null;
}

/** The heading levels of the page: exactly one h1, first, and no level skipped. */
async function checkHeadings(expect: ExpectStatic, page: Page): Promise<void> {
  const levels = await page.$$eval('h1, h2, h3, h4, h5, h6', (hs) => hs.map((h) => Number(h.tagName[1])));
  expect.soft(levels.filter((l) => l === 1).length, `one h1; levels: ${levels.join(' ')}`).toBe(1);
  expect.soft(levels[0], 'the first heading is the h1').toBe(1);
  const skips = levels.flatMap((level, i) =>
    i > 0 && level > levels[i - 1]! + 1 ? [`h${levels[i - 1]} → h${level} at heading ${i + 1}`] : [],
  );
  expect.soft(skips, 'skipped heading levels').toEqual([]);
}

/** The first Tab of a fresh page: a visible skip link that moves focus to main (the chooser, with no header, starts in main). */
async function checkSkipLink(expect: ExpectStatic, page: Page, chooser: boolean): Promise<void> {
  await page.keyboard.press('Tab');
  const first = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const box = el.getBoundingClientRect();
    return {
      href: el.getAttribute('href'),
      text: el.textContent?.trim(),
      inMain: !!el.closest('main'),
      inView: box.top >= 0 && box.bottom <= innerHeight && box.width > 1 && box.height > 1,
    };
  });
  if (chooser) {
    expect.soft(first.inMain, 'the first tab stop is inside main').toBe(true);
    return;
  }
  expect.soft(first.href, 'the first tab stop is the skip link').toBe('#main');
  expect.soft(first.text, 'the skip link has text').toBeTruthy();
  expect.soft(first.inView, 'the focused skip link is on screen').toBe(true);
  await page.keyboard.press('Enter');
  expect
    .soft(
      await page.evaluate(() => document.activeElement?.tagName === 'MAIN' && document.activeElement.id === 'main'),
      'the skip link focuses main',
    )
    .toBe(true);
}

/** A tab stop kind of `markTabStopKinds`. */
type StopKind = { index: number; label: string };

/** A focus indicator on one tab stop of every kind, each reached with the keyboard; returns the kinds. */
async function checkFocusIndicators(expect: ExpectStatic, page: Page, scheme: Scheme): Promise<StopKind[]> {
  const kinds = await page.evaluate(markTabStopKinds);
  const missing: string[] = [];
  for (const kind of kinds) {
    const stop = await tabTo(page, kind.index);
    if (!stop) missing.push(`${kind.label}: not reached by Tab from the stop before it`);
    else if (!stop.visible) missing.push(`${kind.label}: focused without outline or box-shadow`);
  }
  expect.soft(kinds.length, 'kinds of tab stop found').toBeGreaterThan(0);
  expect.soft(missing, `${scheme}: of ${kinds.length} kinds of tab stop`).toEqual([]);
  return kinds;
}

/**
 * The same kinds' focus indicators in another scheme, in one round trip: after a Tab, focus moved
 * by script stays :focus-visible (the browser keeps the keyboard modality), so each stop is focused
 * in turn and its style read; that Tab reaches each one was checked in the first scheme.
 */
async function checkFocusIndicatorsAgain(expect: ExpectStatic, page: Page, scheme: Scheme, kinds: StopKind[]): Promise<void> {
  await page.keyboard.press('Tab');
  const states = await page.evaluate(
    (indices) => {
      const stops = (window as unknown as { tabStops: HTMLElement[] }).tabStops;
      return indices.map((i) => {
        const el = stops[i]!;
        el.focus();
        const style = getComputedStyle(el);
        return {
          focusVisible: document.activeElement === el && el.matches(':focus-visible'),
          visible: (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none',
        };
      });
    },
    kinds.map((kind) => kind.index),
  );
  const missing = kinds.flatMap((kind, i) =>
    !states[i]!.focusVisible
      ? [`${kind.label}: not :focus-visible when focused after a Tab`]
      : !states[i]!.visible
        ? [`${kind.label}: focused without outline or box-shadow`]
        : [],
  );
  expect.soft(missing, `${scheme}: of ${kinds.length} kinds of tab stop`).toEqual([]);
}

/**
 * Runs axe from the top of the page with nothing focused (at a passage the page is scrolled under
 * the sticky header, and axe cannot judge the colour of text the header covers; the passage stays
 * highlighted), over the whole page or the elements `include` selects. The light pass runs every
 * rule, the dark one the rules that read colours: the markup is the same in both. Contrast must have
 * been measured, and nothing about it left undecided.
 */
async function checkAxe(expect: ExpectStatic, page: Page, scheme: Scheme, include?: string): Promise<void> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    scrollTo(0, 0);
  });
  const results = await runAxe(page, scheme, { resultTypes: ['violations', 'incomplete'] }, include);
  expect
    .soft(
      results.violations.length,
      `${scheme}: ${results.violations.length} violation(s):\n${results.violations.map(describeResult).join('\n')}`,
    )
    .toBe(0);
  const contrast = [...results.passes, ...results.violations].find((r) => r.id === 'color-contrast');
  expect.soft(contrast?.nodes.length ?? 0, `${scheme}: color-contrast checked no text`).toBeGreaterThan(0);
  const undecided = results.incomplete.filter((r) => r.id === 'color-contrast');
  expect.soft(undecided.length, `${scheme}: contrast axe could not decide:\n${undecided.map(describeResult).join('\n')}`).toBe(0);
}

// One page per sample, opened once: the light checks, then the same page in the dark scheme (docs/testing.md).
// The cases run several at a time (vitest's maxConcurrency), since each mostly waits on Chromium.
describe.concurrent('accessibility and keyboard (axe-core and the keyboard in Chromium, light and dark)', () => {
  for (const sample of samples) {
    // At a passage only the passage changes (highlighted, its tools shown): the rest of the page is
    // the article's own sample, so axe checks the passage alone.
    const passage = sample.path.split('#')[1];
    const atPassage = passage !== undefined;
    const checks = atPassage
      ? 'passes axe on the highlighted passage, contrast measured'
      : 'passes axe and the keyboard checks (headings, skip link, focus on every kind of stop)';
    it(`${checks}, light and dark, on ${sample.label}`, async ({ expect }) => {
      const { page, release } = await open(sample);
      try {
        if (atPassage) await page.waitForSelector('.is-highlighted');
        let kinds: StopKind[] | undefined;
        for (const scheme of schemes) {
          await page.emulateMedia({ colorScheme: scheme });
          expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
          if (!atPassage) {
            if (scheme === schemes[0]) {
              await checkSkipLink(expect, page, sample.kind === 'chooser');
              await checkHeadings(expect, page);
            }
            if (kinds) await checkFocusIndicatorsAgain(expect, page, scheme, kinds);
            else kinds = await checkFocusIndicators(expect, page, scheme);
          }
          await checkAxe(expect, page, scheme, atPassage ? `[id="${passage}"]` : undefined);
        }
      } finally {
        await release();
      }
    });
  }
});
