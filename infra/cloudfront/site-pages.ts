import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Every .html file of the built site, as the addresses CloudFront asks S3 for ('/referral/index.html'). */
export const sitePages = (siteDir: string): string[] =>
  readdirSync(siteDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => `/${file.split(path.sep).join('/')}`)
    .sort();

/** The directory-index function's code with the built site's pages filled in. */
export const directoryIndexCode = (siteDir: string): string => {
  const code = readFileSync(new URL('./directory-index.js', import.meta.url), 'utf8');
  const placeholder = 'var PAGES = null;';
  if (!code.includes(placeholder)) throw new Error(`directory-index.js has no "${placeholder}"`);
  return code.replace(placeholder, `var PAGES = ${JSON.stringify(sitePages(siteDir))};`);
};
