// CloudFront Function (cloudfront-js-2.0), viewer response, /evidence-upload only. A page without
// script posts a file straight to storage; when storage refuses it, that person would see S3's own
// XML error. For a navigation (never the script's upload, which reads S3's answer itself) this
// answers 303 to the Add evidence page it came from (English unless the Welsh one), saying why in
// UPLOAD_REFUSED's parameter: 400 is the size range (too big, or empty), anything else "try again".
// BACK is filled in from the contract (infra/cloudfront/upload-refused.ts).
var BACK = null;

function isNavigation(headers) {
  var mode = headers['sec-fetch-mode'];
  if (mode) return mode.value === 'navigate';
  var accept = headers.accept;
  return !!accept && accept.value.indexOf('text/html') !== -1;
}

// biome-ignore lint/correctness/noUnusedVariables: CloudFront calls `handler` by name.
function handler(event) {
  var response = event.response;
  var headers = event.request.headers || {};
  if (response.statusCode < 400 || !isNavigation(headers)) return response;
  var referer = headers.referer ? headers.referer.value : '';
  var from = referer.replace(/^https?:\/\/[^/]+/, '').split('?')[0];
  var page = from === BACK.cy ? BACK.cy : BACK.en;
  var why = response.statusCode === 400 ? BACK.size : BACK.failed;
  response.statusCode = 303;
  response.statusDescription = 'See Other';
  response.headers = {
    // biome-ignore lint/style/useTemplate: plain concatenation, as the other CloudFront Functions here.
    location: { value: page + '?' + BACK.param + '=' + why },
    'cache-control': { value: 'no-store' },
  };
  return response;
}
