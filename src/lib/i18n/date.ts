import type { Locale } from './locales';

/** A date as the locale writes it, in UTC so that the build does not depend on the machine's zone. */
export function formatDate(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
