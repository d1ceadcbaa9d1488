// CloudFront Function (cloudfront-js-2.0), viewer request, site behaviour only.
// Astro builds directory-style pages (/referral/index.html); the S3 origin has no index documents,
// so /referral and /referral/ are rewritten to that file. Paths with a file extension pass through.
// biome-ignore lint/correctness/noUnusedVariables: CloudFront calls `handler` by name.
function handler(event) {
  var request = event.request;
  var uri = request.uri;
  if (uri.endsWith('/')) {
    request.uri = `${uri}index.html`;
  } else if (uri.slice(uri.lastIndexOf('/') + 1).indexOf('.') === -1) {
    request.uri = `${uri}/index.html`;
  }
  return request;
}
