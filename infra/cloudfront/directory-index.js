// CloudFront Function (cloudfront-js-2.0), viewer request, site behaviours only.
// Astro builds directory-style pages (/referral/index.html); the S3 origin has no index documents,
// so /referral and /referral/ are rewritten to that file. Paths with a file extension pass through.
// PAGES is every .html file of the built site, filled in at synth (infra/cloudfront/site-pages.ts):
// a page that is not there is served from /404.html and marked, so the viewer-response function
// (not-found-status.js) answers 404. S3 would answer 403 for it (CloudFront may not list the
// bucket), and mapping 403 for the whole distribution would also swallow the API's own 403s.
var PAGES = null;
// biome-ignore lint/correctness/noUnusedVariables: CloudFront calls `handler` by name.
function handler(event) {
  var request = event.request;
  var uri = request.uri;
  if (uri.endsWith('/')) {
    request.uri = `${uri}index.html`;
  } else if (uri.slice(uri.lastIndexOf('/') + 1).indexOf('.') === -1) {
    request.uri = `${uri}/index.html`;
  }
  if (PAGES && request.uri.endsWith('.html') && PAGES.indexOf(request.uri) === -1) {
    request.uri = '/404.html';
    request.headers['x-page-not-found'] = { value: '1' };
  }
  return request;
}
