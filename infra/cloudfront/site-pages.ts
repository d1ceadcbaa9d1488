import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Every .html file of the built site, as the addresses CloudFront asks S3 for ('/referral/index.html'). */
export const sitePages = (siteDir: string): string[] =>
  readdirSync(siteDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => `/${file.split(path.sep).join('/')}`)
    .sort();

const source = (file: string) => readFileSync(new URL(`./${file}`, import.meta.url), 'utf8');

/**
 * A site behaviour's CloudFront Function as deployed: page-file.js (with the built site's pages
 * filled in, when `siteDir` is given) before the handler file.
 */
export const sitePageFunctionCode = (
  handlerFile: 'directory-index.js' | 'not-found-status.js',
  siteDir?: string,
): string => {
  const shared = source('page-file.js');
  const placeholder = 'var PAGES = null;';
  if (!shared.includes(placeholder)) throw new Error(`page-file.js has no "${placeholder}"`);
  const pages = siteDir ? `var PAGES = ${JSON.stringify(sitePages(siteDir))};` : placeholder;
  return `${shared.replace(placeholder, pages)}\n${source(handlerFile)}`;
};
