import { describe, expect, it } from 'vitest';
import { loadUiStrings } from '../../src/lib/i18n/ui';
import { format } from '../../src/lib/text/format';
import { localeCodes } from '../../src/lib/i18n/locales';
import en from '../../src/lib/i18n/ui/en';

describe('UI strings', () => {
  it('fails naming the locale file and the key when a string is missing', () => {
    const { rssTitle: _dropped, ...incomplete } = en;
    const modules = Object.fromEntries(localeCodes.map((c) => [`./ui/${c}.ts`, { default: c === 'zh' ? incomplete : en }]));
    expect(() => loadUiStrings(modules)).toThrow(/src\/lib\/i18n\/ui\/zh\.ts: "rssTitle"/);
  });
  it('fails when a locale has no strings file', () => {
    expect(() => loadUiStrings({ './ui/ja.ts': { default: en } })).toThrow(/Missing UI strings file src\/lib\/i18n\/ui\/en\.ts/);
  });
  it('fills placeholders and refuses a missing value', () => {
    expect(format('By {author}', { author: 'Sleepy.txt' })).toBe('By Sleepy.txt');
    expect(() => format('By {author}', {})).toThrow(/\{author\}/);
  });
});

describe('language names', () => {
  it('names each language as the reader says it', async () => {
    const { languageName } = await import('../../src/lib/i18n/locales');
    expect(languageName('ja', 'en')).toBe('Japanese');
    expect(languageName('ja', 'zh')).toBe('日语');
    expect(languageName('zh', 'zh')).toBe('简体中文');
  });
});

describe('documentTitle', () => {
  it('adds the site name when it fits, drops it when not, and never exceeds 70 characters', async () => {
    const { documentTitle } = await import('../../src/lib/head/title');
    expect(documentTitle('Glossary', 'Parallel Editions')).toBe('Glossary | Parallel Editions');
    expect(documentTitle('x'.repeat(60), 'Parallel Editions')).toBe('x'.repeat(60));
    expect([...documentTitle('y'.repeat(90), 'Parallel Editions')]).toHaveLength(70);
  });
});
