import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { directoryIndexCode } from '../../infra/cloudfront/site-pages.ts';
import { fromRoot } from '../../infra/paths.ts';
import { FIXTURE_SITE } from './support/synth.ts';

interface ViewerRequest {
  uri: string;
  querystring?: Record<string, unknown>;
}

// The CloudFront Function is plain JavaScript with a global `handler`, as CloudFront runs it.
const handler = new Function(
  `${readFileSync(fromRoot('infra/cloudfront/directory-index.js'), 'utf8')}\nreturn handler;`,
)() as (event: { request: ViewerRequest }) => ViewerRequest;

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

interface SiteRequest {
  uri: string;
  headers: Record<string, { value: string }>;
}

// The function as synth builds it for the fixture site (index.html and 404.html).
const sitePagesHandler = new Function(`${directoryIndexCode(FIXTURE_SITE)}\nreturn handler;`)() as (event: {
  request: SiteRequest;
}) => SiteRequest;
const notFoundStatus = new Function(
  `${readFileSync(fromRoot('infra/cloudfront/not-found-status.js'), 'utf8')}\nreturn handler;`,
)() as (event: { request: Partial<SiteRequest>; response: { statusCode: number } }) => {
  statusCode: number;
};

describe('a page the built site lacks (S3 would say 403, which CloudFront no longer maps)', () => {
  it('is served from /404.html and marked', () => {
    for (const uri of ['/no-such-page/', '/no-such-page', '/no-such-page/index.html', '/nope.html']) {
      expect(sitePagesHandler({ request: { uri, headers: {} } })).toEqual({
        uri: '/404.html',
        headers: { 'x-page-not-found': { value: '1' } },
      });
    }
  });

  it('leaves the pages it has and every other file alone', () => {
    expect(sitePagesHandler({ request: { uri: '/', headers: {} } }).uri).toBe('/index.html');
    expect(sitePagesHandler({ request: { uri: '/404.html', headers: {} } }).uri).toBe('/404.html');
    expect(sitePagesHandler({ request: { uri: '/assets/site.css', headers: {} } })).toEqual({
      uri: '/assets/site.css',
      headers: {},
    });
  });

  it('is answered 404, not 200, by the viewer-response function', () => {
    const marked = { uri: '/no-such-page/', headers: { 'x-page-not-found': { value: '1' } } };
    expect(notFoundStatus({ request: marked, response: { statusCode: 200 } }).statusCode).toBe(404);
    expect(notFoundStatus({ request: { uri: '/404.html' }, response: { statusCode: 200 } }).statusCode).toBe(
      404,
    );
    expect(
      notFoundStatus({ request: { uri: '/index.html', headers: {} }, response: { statusCode: 200 } })
        .statusCode,
    ).toBe(200);
  });
});
