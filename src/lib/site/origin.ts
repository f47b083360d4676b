/**
 * The site's public origin: the one place to change the domain (canonical links, cards, feeds,
 * sitemap, `npm run link`). `SITE_URL` overrides it for a build.
 */
export const siteOrigin: string = process.env['SITE_URL'] ?? 'https://parallel-editions.example.org';
