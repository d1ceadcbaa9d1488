/**
 * Settings of the public site. They are shared by the
 * static pages and the pages the submit handler renders, so both point at the same places.
 */

// Where "Exit this page" takes people is configuration (config/service.json `exitPageUrl`):
// this module is also bundled into the browser script, so it must not import the configuration.

/**
 * Stable asset addresses. The handler's pages are rendered in Lambda without the site's build
 * manifest, so the assets cannot carry content hashes; the CDN revalidates them instead.
 */
export const ASSETS = {
  stylesheet: '/assets/site.css',
  script: '/assets/site.js',
  /** A tiny blocking script that marks the body as JavaScript-enabled before the first paint. */
  jsEnabled: '/assets/js-enabled.js',
  favicon: '/favicon.svg',
} as const;

export const PATHS = {
  home: '/',
  about: '/restorative-justice/',
  onlineSafety: '/online-safety/',
  privacy: '/privacy/',
  accessibility: '/accessibility/',
  form: (formId: string) => `/${formId}/`,
  submit: (formId: string) => `/api/forms/${formId}`,
  confirmation: (formId: string, reference: string) =>
    `/api/forms/${formId}/confirmation?reference=${encodeURIComponent(reference)}`,
} as const;

/**
 * Content Security Policy for every page, also sent as a meta element so the local twin and the
 * browser tests enforce it: no inline scripts or styles, nothing from other origins.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'none'",
  "connect-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "object-src 'none'",
].join('; ');
