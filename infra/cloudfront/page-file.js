// Shared by the site behaviours' two CloudFront Functions (cloudfront-js-2.0); site-pages.ts puts
// it before each handler. PAGES is every .html file of the built site, filled in at synth; null
// (as in this file) means "do not check".
var PAGES = null;

// The file S3 holds for an address: Astro builds directory-style pages (/referral/index.html) and
// the S3 origin has no index documents, so /referral and /referral/ are that file. Paths with a
// file extension are files already.
// biome-ignore lint/correctness/noUnusedVariables: the handlers call it once this file is put before them.
function pageFile(uri) {
  if (uri.endsWith('/')) return `${uri}index.html`;
  if (uri.slice(uri.lastIndexOf('/') + 1).indexOf('.') === -1) return `${uri}/index.html`;
  return uri;
}

// A page the built site does not have (an .html file not in PAGES), or the not-found page itself.
// biome-ignore lint/correctness/noUnusedVariables: the handlers call it once this file is put before them.
function isMissingPage(file) {
  return file === '/404.html' || (PAGES !== null && file.endsWith('.html') && PAGES.indexOf(file) === -1);
}
