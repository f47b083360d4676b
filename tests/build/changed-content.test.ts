import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildContent, copyOfContent, type BuildResult } from '../helpers/build';
import { loadPage } from '../helpers/html';

/**
 * One build of the real content changed in two ways a publisher may change it: the zh edition does
 * not exist (yet), and passage "paypal" was renamed "paypal-wallet" with the move declared in the
 * lock. Both must build; the cases are independent of each other, so they share one build.
 */
let content: string;
let build: BuildResult;
const lockFile = () => path.join(content, 'passages.lock.json');
beforeAll(async () => {
  content = copyOfContent();
  fs.rmSync(path.join(content, 'articles/ai-bubble/zh.mdx'));
  for (const locale of ['ja', 'en']) {
    const file = path.join(content, `articles/ai-bubble/${locale}.mdx`);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('<P id="paypal">', '<P id="paypal-wallet">'));
  }
  const lock = JSON.parse(fs.readFileSync(lockFile(), 'utf8'));
  lock['ai-bubble'].moved = { paypal: 'paypal-wallet' };
  fs.writeFileSync(lockFile(), JSON.stringify(lock));
  build = await buildContent(content);
  if (build.status !== 0) throw new Error(`the changed content did not build:\n${build.output}`);
});

describe('an edition that does not exist', () => {
  it('shows the original with a notice in the reader’s language, unindexed', () => {
    const $ = loadPage('/zh/articles/ai-bubble/', build.outDir);
    expect($('html').attr('lang')).toBe('zh-Hans');
    expect($('.notice').first().text()).toContain('尚无');
    expect($('article').attr('lang')).toBe('ja');
    expect($('[data-pagefind-body]').length).toBe(0);
    expect($('link[hreflang="zh-Hans"]').length).toBe(0);
  });
});

describe('a published passage id after a declared move', () => {
  it('keeps working: the old anchor and the old share page lead to the new passage, and the lock records it', () => {
    const $ = loadPage('/en/articles/ai-bubble/', build.outDir);
    expect($('#paypal').closest('[data-passage]').attr('id')).toBe('paypal-wallet');
    const share = loadPage('/en/articles/ai-bubble/p/paypal/', build.outDir);
    expect(share('meta[http-equiv="refresh"]').attr('content')).toBe('0; url=/en/articles/ai-bubble/#paypal-wallet');
    expect(JSON.parse(fs.readFileSync(lockFile(), 'utf8'))['ai-bubble'].ids).toContain('paypal-wallet');
  });
});
