/** Part of the service contract (service-contract.ts): the one browser security policy, and staff sessions. */

/**
 * The one Content Security Policy, as directives. The site serves only same-origin JS and CSS
 * files: no inline script or style (the Astro build must not inline them), no fonts (the pages
 * use the system font), nothing from other origins, and nothing may frame the pages.
 */
export const CSP_DIRECTIVES: readonly (readonly [string, string])[] = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  ['img-src', "'self'"],
  ['font-src', "'none'"],
  ['connect-src', "'self'"],
  ['form-action', "'self'"],
  ['frame-ancestors', "'none'"],
  ['base-uri', "'none'"],
  ['object-src', "'none'"],
];

/** Directives browsers ignore (with a console warning) when the policy comes in a meta element. */
const HEADER_ONLY_DIRECTIVES = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

const policyText = (directives: readonly (readonly [string, string])[]) =>
  directives.map(([name, value]) => `${name} ${value}`).join('; ');

/** The policy as CloudFront sends it in the Content-Security-Policy header. */
export const CONTENT_SECURITY_POLICY = policyText(CSP_DIRECTIVES);

/**
 * The same policy for the pages' meta element, so the local twin and the browser tests enforce it
 * too: every directive but those a meta element cannot carry (the header still sends them).
 */
export const META_CONTENT_SECURITY_POLICY = policyText(
  CSP_DIRECTIVES.filter(([name]) => !HEADER_ONLY_DIRECTIVES.has(name)),
);

/**
 * Cross-origin isolation: no other site's window keeps a handle on ours (a page opened from the
 * forms cannot reach back, nor can one that opened them), and no other site may load our responses.
 */
export const CROSS_ORIGIN_HEADERS = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
} as const;

/** The forms need no device features. */
export const PERMISSIONS_POLICY =
  'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()';

/** The staff session: an httpOnly cookie naming a server-side session, and how long it lasts. */
export const STAFF_SESSION = {
  cookie: '__Host-staff-session',
  /** Binds a sign-in to the browser that started it; Lax, as the provider redirects back cross-site. */
  loginCookie: '__Host-staff-sign-in',
  idleSeconds: 30 * 60,
  absoluteSeconds: 10 * 60 * 60,
  /** How long a started sign-in may take at the provider. */
  signInSeconds: 10 * 60,
} as const;

/** The group (Cognito group, or the local provider's) whose members see every team's work. */
export const ADMIN_GROUP = 'admins';

/**
 * A team's leads are in the group "<team>-lead" (e.g. restorative-justice-lead): they see the
 * team's work as its members do, and its progress report too.
 */
export const LEAD_GROUP_SUFFIX = '-lead';

/** The ID token claim that lists a person's groups: Cognito's name, which the local provider uses too. */
export const GROUPS_CLAIM = 'cognito:groups';

// --- Slice 21-access: the way back in (issue 21) ---

/**
 * A returning person's session: an httpOnly, SameSite=Strict, Secure cookie scoped to its
 * language's /return/ pages names a server-side item that ends after 15 minutes unused.
 */
export const RETURN_SESSION = {
  cookie: 'return-session',
  idleSeconds: 15 * 60,
  /**
   * Carries the new return code from the submit answer to the confirmation page, once: httpOnly,
   * scoped to the confirmation's address, cleared by the page that shows it, a few minutes at most.
   */
  codeCookie: 'return-code',
  codeCookieSeconds: 10 * 60,
} as const;

/**
 * How many wrong return codes before a wait: per reference (whether or not it exists) and per
 * address, each counted over the wait, which runs from the last wrong code.
 */
export const RETURN_LIMITS = {
  perReference: 5,
  perAddress: 20,
  waitSeconds: 60 * 60,
  /** A wrong code is answered this much later than a right one, to slow guessing. */
  failureDelayMs: 1_000,
} as const;

/**
 * Issue 21: the one-time sign-in link by email. Its token is good for 15 minutes, once. Every
 * request is counted (each may send an email): per reference, so nobody can fill a safe inbox,
 * and per address; within an hour. Every request is answered after the same time, whether or not
 * an email went, so the answer's speed never says whether a reference or address matched.
 */
export const RETURN_LINK = {
  validSeconds: 15 * 60,
  perReference: 3,
  perAddress: 10,
  waitSeconds: 60 * 60,
  answerMs: 1_500,
} as const;
