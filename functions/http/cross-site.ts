/**
 * Whether a browser says a request came from another site. Sec-Fetch-Site is read first; Origin
 * only without it, and "null" is no answer (pages with a no-referrer policy make browsers send it
 * even for their own posts). A client that sends neither (a server, curl) is not a browser being
 * used by another site, and is served.
 */
export const fromAnotherSite = (
  headers: { 'sec-fetch-site'?: string | undefined; origin?: string | undefined },
  siteUrl: string,
): boolean => {
  const site = headers['sec-fetch-site'];
  if (site !== undefined) return site !== 'same-origin' && site !== 'none';
  const origin = headers.origin;
  return origin !== undefined && origin !== 'null' && origin !== new URL(siteUrl).origin;
};
