import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildContent, copyOfContent } from '../helpers/build';

// Which content is refused, and how the message reads, is tested without a build in
// tests/unit/bad-content.test.ts; this one case proves that such an error stops `astro build`.
describe('bad content stops the build', () => {
  it('exits non-zero, printing the error with the file, the line and the passage id', async () => {
    const content = copyOfContent();
    const file = path.join(content, 'articles/ai-bubble/ja.mdx');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('<P id="burry-short">', '<P id="burry-post">'));
    const result = await buildContent(content);
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/articles\/ai-bubble\/ja\.mdx:\d+:\d+: duplicate passage id "burry-post"/);
    expect(fs.existsSync(path.join(result.outDir, 'index.html')), 'no site was written').toBe(false);
  });
});
