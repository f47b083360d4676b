import type { Locale } from './locales';

// One formatter a locale for the whole build: each new Intl object holds ICU memory outside the
// JavaScript heap, which the collector does not count (docs/architecture.md, "Incremental builds").
const formats = new Map<Locale, Intl.DateTimeFormat>();

/** A date as the locale writes it, in UTC so that the build does not depend on the machine's zone. */
export function formatDate(date: Date, locale: Locale): string {
  let format = formats.get(locale);
  if (!format) formats.set(locale, (format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' })));
  return format.format(date);
}
