import { describe, expect, it } from 'vitest';
import { sitePageFunctionCode } from '../../infra/cloudfront/site-pages.ts';
import { FIXTURE_SITE } from './support/synth.ts';

interface ViewerRequest {
  uri: string;
  querystring?: Record<string, unknown>;
}

// The CloudFront Function is plain JavaScript with a global `handler`, as CloudFront runs it.
// Without a site (PAGES null), as the first tests use it: only the directory rewrite.
const handler = new Function(`${sitePageFunctionCode('directory-index.js')}\nreturn handler;`)() as (event: {
  request: ViewerRequest;
}) => ViewerRequest;

const rewrite = (uri: string) => handler({ request: { uri } }).uri;

describe('directory-index CloudFront Function', () => {
  it.each([
    ['/', '/index.html'],
    ['/referral/', '/referral/index.html'],
    ['/referral', '/referral/index.html'],
    ['/feedback/thanks/', '/feedback/thanks/index.html'],
  ])('serves %s from %s', (uri, expected) => {
    expect(rewrite(uri)).toBe(expected);
  });

  it.each(['/404.html', '/assets/site.css', '/favicon.svg', '/_astro/page.abc123.js'])(
    'leaves the file %s alone',
    (uri) => {
      expect(rewrite(uri)).toBe(uri);
    },
  );

  it('keeps the rest of the request', () => {
    const request = { uri: '/referral', querystring: { reference: { value: 'RJ-1' } } };
    expect(handler({ request })).toEqual({
      uri: '/referral/index.html',
      querystring: { reference: { value: 'RJ-1' } },
    });
  });
});

// Both functions as synth builds them for the fixture site (index.html and 404.html).
const sitePagesHandler = new Function(
  `${sitePageFunctionCode('directory-index.js', FIXTURE_SITE)}\nreturn handler;`,
)() as (event: { request: ViewerRequest }) => ViewerRequest;
const notFoundStatus = new Function(
  `${sitePageFunctionCode('not-found-status.js', FIXTURE_SITE)}\nreturn handler;`,
)() as (event: { request: ViewerRequest; response: { statusCode: number } }) => { statusCode: number };

describe('a page the built site lacks (S3 would say 403, which CloudFront no longer maps)', () => {
  it('is served from /404.html', () => {
    for (const uri of ['/no-such-page/', '/no-such-page', '/no-such-page/index.html', '/nope.html']) {
      expect(sitePagesHandler({ request: { uri } }).uri).toBe('/404.html');
    }
  });

  it('leaves the pages it has and every other file alone', () => {
    expect(sitePagesHandler({ request: { uri: '/' } }).uri).toBe('/index.html');
    expect(sitePagesHandler({ request: { uri: '/404.html' } }).uri).toBe('/404.html');
    expect(sitePagesHandler({ request: { uri: '/assets/site.css' } }).uri).toBe('/assets/site.css');
  });

  it("is answered 404, not 200, whether the viewer-response function sees the viewer's address or the rewritten one", () => {
    const status = (uri: string) =>
      notFoundStatus({ request: { uri }, response: { statusCode: 200 } }).statusCode;
    expect(status('/no-such-page/')).toBe(404);
    expect(status('/404.html')).toBe(404);
    expect(status('/')).toBe(200);
    expect(status('/index.html')).toBe(200);
    expect(status('/assets/site.css')).toBe(200);
  });
});
