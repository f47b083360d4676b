import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { localeCodes } from '../../src/lib/i18n/locales';
import { readSite } from '../../src/lib/site/read';
import { copyOfContent, root } from '../helpers/build';

const article = readSite(path.join(root, 'content')).site.articles[0]!;
const translations = localeCodes.filter((code) => code !== article.original && article.editions[code]);

const run = (content: string, script: string, ...args: string[]) =>
  spawnSync('npm', ['run', '--silent', script, '--', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: content },
  });

/** Every file of a content folder with its bytes. */
const snapshot = (dir: string) =>
  new Map(
    (fs.readdirSync(dir, { recursive: true }) as string[])
      .filter((f) => fs.statSync(path.join(dir, f)).isFile())
      .map((f) => [f, fs.readFileSync(path.join(dir, f))]),
  );

describe('npm run xliff:export and xliff:import', () => {
  it('leave the content byte for byte as it was after a round trip with nothing changed, for every translation', () => {
    const content = copyOfContent();
    const before = snapshot(content);
    const slug = article.slug;
    expect(translations.length).toBeGreaterThan(0);
    for (const locale of translations) {
      const file = path.join(content, `${slug}.${locale}.xlf`);
      const exported = run(content, 'xliff:export', slug, '--to', locale, '--out', file);
      expect(exported.status, exported.stderr).toBe(0);
      const imported = run(content, 'xliff:import', file);
      expect(imported.status, imported.stderr).toBe(0);
      expect(imported.stdout).toMatch(/nothing written/);
      fs.rmSync(file);
    }
    expect(snapshot(content)).toEqual(before);
  });

  it('refuses a file whose units are not the article passages, naming the file, and writes nothing', () => {
    const content = copyOfContent();
    const file = path.join(content, 'x.xlf');
    const id = article.editions[article.original]!.passages[2]!.id;
    expect(run(content, 'xliff:export', article.slug, '--to', translations[0] as string, '--out', file).status).toBe(0);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(`<unit id="${id}">`, `<unit id="${id}-renamed">`));
    const before = snapshot(content);
    const result = run(content, 'xliff:import', file);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/x\.xlf: its units are not the article's passages: /);
    expect(result.stderr).toContain(`"${id}-renamed"`);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(snapshot(content)).toEqual(before);
  });
});
