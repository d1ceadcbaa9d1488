/**
 * The service contract: the facts that the handlers, the CDK stack, the local twin and the site
 * must agree on, written once. Nothing here imports anything, so the browser script, the Lambda
 * bundles and the CDK app can all take what they need from it.
 */

// ---------------------------------------------------------------------------------------------
// Addresses

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

/** Everything under this prefix goes to the API (CloudFront's behaviour, the twin's router). */
export const API_PREFIX = '/api/';

/** The public pages, and the API addresses pages and scripts link to. */
export const PATHS = {
  home: '/',
  about: '/restorative-justice/',
  onlineSafety: '/online-safety/',
  privacy: '/privacy/',
  accessibility: '/accessibility/',
  form: (formId: string) => `/${formId}/`,
  forms: '/api/forms',
  submit: (formId: string) => `/api/forms/${encodeURIComponent(formId)}`,
  confirmation: (formId: string, reference: string) =>
    `/api/forms/${encodeURIComponent(formId)}/confirmation?reference=${encodeURIComponent(reference)}`,
} as const;

/** The staff workspace: server-rendered pages on the same origin, behind sign-in. */
export const STAFF_PREFIX = '/staff/';

export const STAFF_PATHS = {
  inbox: '/staff/',
  signIn: '/staff/sign-in',
  callback: '/staff/callback',
  signOut: '/staff/sign-out',
  signedOut: '/staff/signed-out',
  submission: (reference: string) => `/staff/submissions/${encodeURIComponent(reference)}`,
  erase: (reference: string) => `/staff/submissions/${encodeURIComponent(reference)}/erase`,
  export: '/staff/export',
  audit: '/staff/audit',
} as const;

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

/** The ID token claim that lists a person's groups: Cognito's name, which the local provider uses too. */
export const GROUPS_CLAIM = 'cognito:groups';

export type HttpMethodName = 'GET' | 'POST';

export interface ApiRoute {
  /** What the handler does here. */
  name: 'list-forms' | 'form' | 'confirmation';
  /** API Gateway's route template: `{name}` is one path segment. */
  path: string;
  methods: readonly HttpMethodName[];
}

/** The staff workspace's one route: every /staff/ page goes to the staff function. */
export const STAFF_ROUTE = { path: '/staff/{proxy+}', methods: ['GET', 'POST'] } as const;

/** The API's routes: API Gateway is given exactly these, and the handler matches against them. */
export const API_ROUTES: readonly ApiRoute[] = [
  { name: 'list-forms', path: '/api/forms', methods: ['GET'] },
  { name: 'form', path: '/api/forms/{formId}', methods: ['GET', 'POST'] },
  { name: 'confirmation', path: '/api/forms/{formId}/confirmation', methods: ['GET'] },
];

// ---------------------------------------------------------------------------------------------
// Browser security policy

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

/** The forms need no device features. */
export const PERMISSIONS_POLICY =
  'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()';

// ---------------------------------------------------------------------------------------------
// The table

/**
 * The table's shape, defined once: the CDK stack and the local twin both build the table from it,
 * and the storage adapter names attributes through it. Submissions are keyed by their reference;
 * duplicate-guard items share the table (pk GUARD#…) and carry no formId, so the by-form index
 * holds submissions only.
 */
export const TABLE_SHAPE = {
  partitionKey: { name: 'pk', type: 'S' },
  byFormIndex: {
    indexName: 'byFormAndDate',
    partitionKey: { name: 'formId', type: 'S' },
    sortKey: { name: 'createdAt', type: 'S' },
  },
  /** The staff inbox: one team's submissions, newest or oldest first. */
  byTeamIndex: {
    indexName: 'byTeamAndDate',
    partitionKey: { name: 'team', type: 'S' },
    sortKey: { name: 'createdAt', type: 'S' },
  },
  timeToLiveAttribute: 'expiresAt',
  /** What kind of item this is: a submission or a duplicate guard. */
  kindAttribute: 'kind',
  kinds: { submission: 'submission', guard: 'guard' },
  /** On a guard item: the reference of the submission it guards. */
  referenceAttribute: 'reference',
  /** The notifier reads new items from the stream; only the new image is needed. */
  streamViewType: 'NEW_IMAGE',
} as const;

export const LOCAL_TABLE_NAME = 'restorative-submissions';

/**
 * The staff table: sessions, sign-ins in progress and the audit trail, apart from the submissions
 * so that audit entries survive a submission's erasure and outlive its retention, and so that the
 * staff function writes nothing where the submissions are. Items are keyed pk + sk:
 * SESSION#{hash} / SESSION, SIGNIN#{state} / SIGNIN, AUDIT#{reference} / {at}#{id} (with actor, at
 * for the by-actor index).
 */
export const STAFF_TABLE_SHAPE = {
  partitionKey: { name: 'pk', type: 'S' },
  sortKey: { name: 'sk', type: 'S' },
  byActorIndex: {
    indexName: 'byActor',
    partitionKey: { name: 'actor', type: 'S' },
    sortKey: { name: 'at', type: 'S' },
  },
  timeToLiveAttribute: 'expiresAt',
} as const;

export const LOCAL_STAFF_TABLE_NAME = 'restorative-staff';

// ---------------------------------------------------------------------------------------------
// The stream to the notifier

/** The event source mapping's filter: only inserted submissions reach the notifier. */
export const NOTIFY_FILTER = {
  eventName: 'INSERT',
  attribute: TABLE_SHAPE.kindAttribute,
  value: TABLE_SHAPE.kinds.submission,
} as const;

/** A stream record as both Lambda's event and the SDK's stream client describe it. */
interface StreamRecordLike {
  eventName?: string | undefined;
  dynamodb?: { NewImage?: Record<string, { S?: string | undefined } | undefined> | undefined } | undefined;
}

/** True when a stream record passes NOTIFY_FILTER (the twin's poller and the handler apply it). */
export const passesNotifyFilter = (record: StreamRecordLike): boolean =>
  record.eventName === NOTIFY_FILTER.eventName &&
  record.dynamodb?.NewImage?.[NOTIFY_FILTER.attribute]?.S === NOTIFY_FILTER.value;

/**
 * How stream records reach the notifier, shared by the CDK event source mapping and the local
 * twin's stream poller so both retry the same way. Stream records live 24 hours; a record still
 * failing after these retries is parked (SQS on AWS) and shows in `ops pending`. Ten retries
 * ride out a short SES outage; the six-hour age bounds how long one record can hold up its shard;
 * bisecting a failing batch retries the failing half apart from the rest.
 */
export interface DeliveryPolicy {
  batchSize: number;
  retryAttempts: number;
  maxRecordAgeSeconds: number;
  bisectBatchOnError: boolean;
  startingPosition: 'TRIM_HORIZON' | 'LATEST';
}

export const NOTIFY_DELIVERY = {
  batchSize: 10,
  retryAttempts: 10,
  maxRecordAgeSeconds: 6 * 60 * 60,
  bisectBatchOnError: true,
  /** Where a new mapping starts reading: the oldest record the stream still holds. */
  startingPosition: 'TRIM_HORIZON',
} as const;
