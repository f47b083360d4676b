import { localeCodes, type Locale } from './locales';
import { uiSchema, type UiStrings } from './ui-schema';

/** Every locale's UI strings file, found by file name so that a new locale needs no import here. */
const files = import.meta.glob<{ default: UiStrings }>('./ui/*.ts', { eager: true });

/** Validates the UI strings of every declared locale; throws naming the locale file and key. */
export function loadUiStrings(modules: Record<string, { default: unknown }>): Record<Locale, UiStrings> {
  const result = {} as Record<Locale, UiStrings>;
  for (const code of localeCodes) {
    const path = `./ui/${code}.ts`;
    const module = modules[path];
    if (!module) throw new Error(`Missing UI strings file src/lib/i18n/ui/${code}.ts for locale "${code}"`);
    const parsed = uiSchema.safeParse(module.default);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => `"${i.path.join('.')}": ${i.message}`).join('; ');
      throw new Error(`Invalid UI strings in src/lib/i18n/ui/${code}.ts: ${issues}`);
    }
    result[code] = parsed.data;
  }
  return result;
}

const strings = loadUiStrings(files);

/** The UI strings of `locale`. */
export function ui(locale: Locale): UiStrings {
  return strings[locale];
}
