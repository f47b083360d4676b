import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pathToFileURL } from 'node:url';
import { staleOutput } from '../../src/lib/site/integration';
import { keepOutput, mtimeSlackMs, removeFiles, staleFiles, writingOutput } from '../../src/lib/site/output';

/** An output folder with files written at the given times (ms since the epoch). */
function outputFolder(files: Record<string, number>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pp-output-'));
  for (const [file, time] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), file);
    fs.utimesSync(path.join(dir, file), new Date(time), new Date(time));
  }
  return dir;
}

describe('the output of earlier builds', () => {
  const start = Date.now();
  const before = start - 10 * mtimeSlackMs;

  it('is stale when this build neither wrote it nor kept it in place', () => {
    const dir = outputFolder({
      'en/index.html': start + 100,
      'en/articles/a/index.html': before,
      'en/articles/gone/index.html': before,
      '_astro/old.js': before,
    });
    const kept = new Set([path.join(dir, 'en/articles/a/index.html')]);
    expect(
      staleFiles(dir, kept, start)
        .map((file) => path.relative(dir, file))
        .sort(),
    ).toEqual(['_astro/old.js', 'en/articles/gone/index.html']);
  });

  it('is not stale when written just before the build started, within the file system’s time resolution', () => {
    const dir = outputFolder({ 'robots.txt': start - mtimeSlackMs / 2 });
    expect(staleFiles(dir, new Set(), start)).toEqual([]);
  });

  it('is removed with the folders it leaves empty, nested ones too, and nothing else', () => {
    const dir = outputFolder({ 'en/index.html': start, 'en/articles/gone/p/x/index.html': before, 'en/articles/gone/index.html': before });
    // As Astro gives it, with a trailing slash.
    removeFiles(`${dir}/`, staleFiles(`${dir}/`, new Set(), start));
    expect(fs.readdirSync(dir, { recursive: true }).sort()).toEqual(['en', path.join('en', 'index.html')]);
  });

  /** The sweep's hooks, started as a build starts them; `sweep` runs its build:done hook on `dir`. */
  async function startedSweep() {
    const { hooks } = staleOutput();
    const logger = { info: () => undefined } as unknown as Parameters<NonNullable<(typeof hooks)['astro:build:done']>>[0]['logger'];
    await hooks['astro:build:start']!({ logger } as Parameters<NonNullable<(typeof hooks)['astro:build:start']>>[0]);
    return async (dir: string): Promise<void> => {
      await hooks['astro:build:done']!({ dir: pathToFileURL(`${dir}/`), assets: new Map(), pages: [], logger } as unknown as Parameters<
        NonNullable<(typeof hooks)['astro:build:done']>
      >[0]);
    };
  }

  it('is kept, by the sweep after a build, when an integration kept it in place (the search bundle of unchanged pages)', async () => {
    const dir = outputFolder({ 'pagefind/pagefind.js': before, 'pagefind/index/en_1.pf_index': before, '_astro/old.js': before });
    const sweep = await startedSweep();
    keepOutput([path.join(dir, 'pagefind/pagefind.js'), path.join(dir, 'pagefind/index/en_1.pf_index')]);
    await sweep(dir);
    expect((fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.includes('.')).sort()).toEqual([
      path.join('pagefind', 'index', 'en_1.pf_index'),
      path.join('pagefind', 'pagefind.js'),
    ]);
  });

  it('is swept in a folder still being written once its writing is done, and the sweep fails with the writing', async () => {
    const dir = outputFolder({ 'pagefind/old.pf_index': before, '_astro/old.js': before });
    const sweep = await startedSweep();
    let finish!: () => void;
    writingOutput(path.join(dir, 'pagefind'), new Promise<void>((resolve) => (finish = resolve)));
    let swept = false;
    const sweeping = sweep(dir).then(() => (swept = true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(swept, 'the sweep waits for the writing').toBe(false);
    expect(fs.existsSync(path.join(dir, 'pagefind/old.pf_index'))).toBe(true);
    fs.writeFileSync(path.join(dir, 'pagefind/new.pf_index'), 'written meanwhile');
    finish();
    await sweeping;
    expect((fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.includes('.'))).toEqual([
      path.join('pagefind', 'new.pf_index'),
    ]);

    const failing = await startedSweep();
    writingOutput(path.join(dir, 'pagefind'), Promise.reject(new Error('Pagefind failed to write: disk full')));
    await expect(failing(dir)).rejects.toThrow('disk full');
  });
});
