import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { localeCodes } from '../../src/lib/i18n/locales';
import { ui } from '../../src/lib/i18n/ui';
import { passagePath } from '../../src/lib/routes/paths';
import { format } from '../../src/lib/text/format';
import { buildContent, copyOfContent, root, type BuildResult } from '../helpers/build';
import { loadPage } from '../helpers/html';

const slug = 'ai-bubble';
const id = 'burry-short';
const original = 'ja';
const translations = localeCodes.filter((code) => code !== original);

/** Runs `npm run status` over a content folder. */
function status(content: string, ...args: string[]) {
  const result = spawnSync('npm', ['run', '--silent', 'status', '--', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: content },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** Replaces the first occurrence of `from` in one file of a content folder, failing if it is not there. */
function edit(content: string, file: string, from: string, to: string) {
  const target = path.join(content, file);
  const text = fs.readFileSync(target, 'utf8');
  expect(text).toContain(from);
  fs.writeFileSync(target, text.replace(from, to));
}

describe('one character changed in a Japanese passage', () => {
  let content: string;
  let build: BuildResult;
  beforeAll(async () => {
    content = copyOfContent();
    edit(content, `articles/${slug}/ja.mdx`, '第3四半期', '第３四半期');
    build = await buildContent(content);
  });

  it('builds, and the build names the passage outdated in every translation', () => {
    expect(build.status, build.output).toBe(0);
    for (const locale of translations) expect(build.output).toContain(`${slug}/${locale}: 1 passage outdated: ${id}`);
  });

  it('marks that passage, and only it, on every translation page, with a note linking to the original passage', () => {
    for (const locale of translations) {
      const $ = loadPage(`/${locale}/articles/${slug}/`, build.outDir);
      expect(
        $('[data-translation-status="outdated"]')
          .map((_, el) => $(el).attr('data-passage'))
          .get(),
      ).toEqual([id]);
      const note = $(`[data-passage="${id}"] .outdated-note`);
      expect(note.text()).toContain(ui(locale).passageOutdated);
      expect(note.find('a').attr('href')).toBe(passagePath(original, slug, id));
      expect($('[data-translation-freshness]').text().trim()).toBe(format(ui(locale).translationBeingUpdated, { count: 1 }));
    }
    expect(loadPage(`/${original}/articles/${slug}/`, build.outDir)('[data-translation-status]').length).toBe(0);
  });

  it('marks the row on the side-by-side pages', () => {
    for (const [left, right] of localeCodes.flatMap((l) => localeCodes.filter((r) => r !== l).map((r) => [l, r]))) {
      const $ = loadPage(`/${left}/articles/${slug}/compare/${right}/`, build.outDir);
      expect(
        $('.compare-row[data-translation-status="outdated"]')
          .map((_, el) => $(el).attr('id'))
          .get(),
      ).toEqual([id]);
    }
  });

  it('is reported by npm run status with a word diff, fails --strict, and is current again after --accept or a new translation', () => {
    const before = status(content);
    expect(before.status, before.output).toBe(0);
    expect(before.output).toContain(`outdated ${id}`);
    expect(before.output).toContain('第[-3-]{+３+}四半期');
    expect(status(content, '--strict').status).toBe(1);
    const json = JSON.parse(status(content, '--json').output) as { locale: string; outdated: { id: string }[] }[];
    expect(json.filter((s) => s.outdated.some((p) => p.id === id)).map((s) => s.locale)).toEqual(translations);

    const [accepted, ...retranslated] = translations as [string, ...string[]];
    expect(status(content, '--accept', slug, accepted, id).status).toBe(0);
    for (const locale of retranslated) edit(content, `articles/${slug}/${locale}.mdx`, `<P id="${id}">\n`, `<P id="${id}">\n(Revised.) `);
    const after = status(content, '--json');
    const outdated = (JSON.parse(after.output) as { outdated: unknown[] }[]).map((s) => s.outdated.length);
    expect(outdated, after.output).toEqual(translations.map(() => 0));
    // The translator's change is recorded by the build (or by --accept): until then it is seen, not stored.
    expect(status(content, '--strict').status).toBe(0);
  });
});
