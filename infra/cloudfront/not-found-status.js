// CloudFront Function (cloudfront-js-2.0), viewer response, site behaviours only.
// directory-index.js serves a page that does not exist from /404.html; this makes that answer a
// 404 rather than a 200, so browsers, crawlers and people's history see it was not found.
// biome-ignore lint/correctness/noUnusedVariables: CloudFront calls `handler` by name.
function handler(event) {
  var response = event.response;
  var request = event.request;
  var headers = request.headers || {};
  var marked = headers['x-page-not-found'];
  if (response.statusCode === 200 && (request.uri === '/404.html' || marked)) {
    response.statusCode = 404;
    response.statusDescription = 'Not Found';
  }
  return response;
}
