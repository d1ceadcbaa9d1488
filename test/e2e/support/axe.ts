import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';

/** WCAG 2.0, 2.1 and 2.2 at A and AA, the level the accessibility statement claims. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe on the page as it is now; returns readable violations ([] when there are none). */
export const axeViolations = async (page: Page): Promise<string[]> => {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
};

/**
 * axe needs JavaScript in the page, so a page seen with JavaScript off (such as the handler's
 * answer to a plain post, which cannot be fetched again) is checked as a snapshot: its HTML served
 * at its own address, with the site's scripts answered empty so it looks as it did without them.
 */
export const axeViolationsWithoutJs = async (browser: Browser, page: Page): Promise<string[]> => {
  const html = await page.content();
  const url = page.url();
  const context = await browser.newContext({ viewport: page.viewportSize() ?? undefined });
  try {
    await context.route('**/*.js', (route) => route.fulfill({ contentType: 'text/javascript', body: '' }));
    // A predicate, not the address itself: Playwright reads a string as a glob, where the `?` of a
    // query (a page reached by POST-redirect-GET) is a wildcard and the page would not match.
    const page = url.split('#')[0];
    await context.route(
      (address) => address.href === page,
      (route) => route.fulfill({ contentType: 'text/html', body: html }),
    );
    const snapshot = await context.newPage();
    await snapshot.goto(url, { waitUntil: 'load' });
    return await axeViolations(snapshot);
  } finally {
    await context.close();
  }
};
