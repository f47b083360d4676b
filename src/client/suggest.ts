// `<language-suggestion>` on `/`: shows the one of its hidden suggestions (one per locale, each in its
// own language) that the browser's preferred languages name. A suggestion only, never a redirect: `/`
// stays the same page for crawlers and for shared links.
import { localeCodes } from '../lib/i18n/locales';
import { suggestedLocale } from '../lib/reader/layout';

class LanguageSuggestion extends HTMLElement {
  connectedCallback(): void {
    const code = suggestedLocale(navigator.languages, localeCodes);
    const suggestion = code && this.querySelector<HTMLElement>(`[data-locale="${code}"]`);
    if (suggestion) suggestion.hidden = false;
  }
}

customElements.define('language-suggestion', LanguageSuggestion);
