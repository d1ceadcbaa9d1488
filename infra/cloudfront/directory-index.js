// CloudFront Function (cloudfront-js-2.0), viewer request, site behaviours only; page-file.js is
// put before it (infra/cloudfront/site-pages.ts). Serves /page and /page/ from /page/index.html,
// and a page the site lacks from /404.html: S3 would answer 403 for it (CloudFront may not list the
// bucket), and mapping 403 for the whole distribution would also swallow the API's own 403s.
// biome-ignore lint/correctness/noUnusedVariables: CloudFront calls `handler` by name.
function handler(event) {
  var request = event.request;
  var file = pageFile(request.uri);
  request.uri = isMissingPage(file) ? '/404.html' : file;
  return request;
}
