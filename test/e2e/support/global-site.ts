import { buildSiteOnce } from './site-build.ts';

/**
 * The browser tests' global setup: the site is built once, before any test file starts, so files
 * running side by side never build it at the same time (astro build empties site/dist first).
 * Run in vitest's own process, whose id is every worker's parent id: buildSiteOnce in the files
 * then finds its marker and builds nothing.
 */
export default function setup(): void {
  buildSiteOnce(process.pid);
}
