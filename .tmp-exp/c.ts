import { launchBrowser } from '../scripts/lib/browser';
import { serveSite } from '../scripts/lib/serve';
const [browser, server] = await Promise.all([launchBrowser(), serveSite('dist')]);
const page = await browser.newPage();
page.on('console', (m) => console.log('console', m.text()));
for (const [loc, q] of [['ja', 'capex'], ['en', '空売り'], ['ja', '资本支出'], ['en', 'GPU']]) {
  await page.goto(`${server.origin}/${loc}/search/?q=${encodeURIComponent(q!)}`);
  await page.waitForSelector('site-search[data-state="done"]');
  const info = await page.evaluate(() => ({
    concepts: (document.querySelector('[data-search-concepts]') as HTMLElement).hidden ? null : document.querySelector('[data-search-concepts]')!.textContent,
    status: document.querySelector('[data-search-status]')!.textContent,
    counts: [...document.querySelectorAll('[data-count]')].map((s) => s.textContent).join(' '),
    results: [...document.querySelectorAll('.search-result')].slice(0, 8).map((li) => `${(li as HTMLElement).dataset['edition']} ${li.querySelector('mark')?.textContent}`),
  }));
  console.log(loc, q, JSON.stringify(info));
  if (info.concepts) {
    await page.click('[data-search-concepts] button');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('concepts') === 'off' && document.querySelector('site-search')!.getAttribute('data-state') === 'done');
    console.log('  off:', await page.evaluate(() => [document.querySelector('[data-search-concepts]')!.textContent, document.querySelector('[data-search-status]')!.textContent, [...document.querySelectorAll('.search-result')].slice(0, 5).map((li) => `${(li as HTMLElement).dataset['edition']} ${li.querySelector('mark')?.textContent}`)]));
  }
}
await browser.close(); await server.close();
