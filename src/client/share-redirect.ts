// A share page reached with words to quote (?text=…, see quoteShareUrl): go on to the article at
// those words at once, before the meta refresh would go to the passage alone.
import { carriedDestination } from '../lib/cite/quote';

const link = document.querySelector<HTMLAnchorElement>('a[data-destination]');
if (link) {
  const destination = link.getAttribute('href') ?? '';
  const target = carriedDestination(destination, location.search);
  if (target !== destination) location.replace(target);
}
