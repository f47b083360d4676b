import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { AxeResults, Result } from 'axe-core';
import { sampleBrowser, samples, schemes } from '../helpers/a11y';

const axeSource = fs.readFileSync(path.join(path.dirname(createRequire(import.meta.url).resolve('axe-core')), 'axe.min.js'), 'utf8');
const open = sampleBrowser();
/** The axe rules whose outcome depends on colours (the test below checks that contrast was measured). */
const colourRules = ['color-contrast', 'link-in-text-block'];

const describeResult = (r: Result) =>
  `${r.id} (${r.impact}): ${r.help}\n${r.nodes
    .slice(0, 5)
    .map((n) => `    ${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(1).join(' ').trim()}`)
    .join('\n')}${r.nodes.length > 5 ? `\n    … ${r.nodes.length - 5} more` : ''}`;

// Every case opens its own page: they run several at a time (vitest's maxConcurrency), since each mostly waits on Chromium.
describe.concurrent('accessibility (axe-core in Chromium)', () => {
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
          // The markup is the same in both schemes, only the colours differ (a prefers-color-scheme
          // media query): the light pass runs every rule, the dark one the rules that read colours.
          const only = scheme === 'light' ? {} : { runOnly: { type: 'rule', values: colourRules } };
          const results = (await page.evaluate(
            (options) => (window as unknown as { axe: { run: (o: object) => Promise<unknown> } }).axe.run(options),
            { resultTypes: ['violations', 'incomplete'], ...only },
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
