import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { AxeResults, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';
import type { Scheme } from './a11y';

/** axe-core's browser build, injected into pages as a script (their context must bypass the CSP). */
const axeSource = fs.readFileSync(path.join(path.dirname(createRequire(import.meta.url).resolve('axe-core')), 'axe.min.js'), 'utf8');

/** The axe rules whose outcome depends on colours. */
export const colourRules = ['color-contrast', 'link-in-text-block'];

/**
 * Runs axe on the page as it is, injecting it first if needed: every rule (or `options`' own) in
 * the light scheme, only the rules that read colours in the dark one (the markup is the same in
 * both: a prefers-color-scheme media query changes the colours alone). The caller sets the scheme.
 */
export async function runAxe(page: Page, scheme: Scheme, options: RunOptions = {}): Promise<AxeResults> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  const only: RunOptions = scheme === 'light' ? {} : { runOnly: { type: 'rule', values: colourRules } };
  return (await page.evaluate((o) => (window as unknown as { axe: { run: (o: object) => Promise<unknown> } }).axe.run(o), {
    ...options,
    ...only,
  } as object)) as AxeResults;
}
