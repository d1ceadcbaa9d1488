// CloudFront Function (cloudfront-js-2.0), viewer response, site behaviours only; page-file.js is
// put before it (infra/cloudfront/site-pages.ts). When /404.html stood in for a missing page, the
// answer is a 404, not a 200, so browsers, crawlers and people's history see it was not found. It
// decides from the address alone, the same way the viewer-request function did, whether it sees
// the viewer's address or the rewritten one.
// biome-ignore lint/correctness/noUnusedVariables: CloudFront calls `handler` by name.
function handler(event) {
  var response = event.response;
  if (response.statusCode === 200 && isMissingPage(pageFile(event.request.uri))) {
    response.statusCode = 404;
    response.statusDescription = 'Not Found';
  }
  return response;
}
