import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromRoot } from '../../infra/paths.ts';

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
