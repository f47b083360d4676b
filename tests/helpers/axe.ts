import { createRequire } from 'node:module';
import path from 'node:path';
import type { AxeResults, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';
import { serveSite } from '../../scripts/lib/serve';
import type { Scheme } from './a11y';

/** The folder of axe-core's browser build (`axe.min.js`). */
const axeFolder = path.dirname(createRequire(import.meta.url).resolve('axe-core'));

let axeServer: ReturnType<typeof serveSite> | undefined;

/**
 * The URL of axe's browser build, served from a loopback server of its own (started with the first
 * use in a test file's process): sent as a script's text, its 550 KB crossed the DevTools protocol
 * for every page and were compiled anew (the sweep's CPU seconds, alone: 65–71 → 60–65).
 */
async function axeUrl(): Promise<string> {
  // Kept by the browser for an hour: Chromium then reuses its compiled code from one page to the next.
  axeServer ??= serveSite(axeFolder, 3600);
  return `${(await axeServer).origin}/axe.min.js`;
}

/** The axe rules whose outcome depends on colours. */
export const colourRules = ['color-contrast', 'link-in-text-block'];

/**
 * Runs axe on the page as it is (or on the elements `include` selects), injecting it first if
 * needed: every rule (or `options`' own) in the light scheme, only the rules that read colours in
 * the dark one (the markup is the same in both: a prefers-color-scheme media query changes the
 * colours alone). The caller sets the scheme.
 */
export async function runAxe(page: Page, scheme: Scheme, options: RunOptions = {}, include?: string): Promise<AxeResults> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ url: await axeUrl() });
  const only: RunOptions = scheme === 'light' ? {} : { runOnly: { type: 'rule', values: colourRules } };
  return (await page.evaluate(
    ([selector, o]) => {
      const axe = (window as unknown as { axe: { run: (...args: object[]) => Promise<unknown> } }).axe;
      // Without a context axe also runs its page-level rules (title, lang, landmarks).
      return selector ? axe.run({ include: [selector] }, o) : axe.run(o);
    },
    [include ?? null, { ...options, ...only }] as const,
  )) as AxeResults;
}
