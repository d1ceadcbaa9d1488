/** Part of the service contract (service-contract.ts): the addresses. The browser script takes only these. */

/**
 * Stable asset addresses. The handler's pages are rendered in Lambda without the site's build
 * manifest, so the assets cannot carry content hashes; the CDN revalidates them instead.
 */
export const ASSETS = {
  stylesheet: '/assets/site.css',
  /** The staff workspace's extra components, loaded after site.css by its pages only. */
  staffStylesheet: '/assets/staff.css',
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
  /** CloudFront's page for a 5xx from the API or the workspace (WAF words its own 429). */
  serviceProblem: '/service-problem/',
  form: (formId: string) => `/${formId}/`,
  forms: '/api/forms',
  /** The language is added for any but English, so even a post whose body cannot be read is answered in it. */
  submit: (formId: string, language = 'en') =>
    `/api/forms/${encodeURIComponent(formId)}${language === 'en' ? '' : `?lang=${encodeURIComponent(language)}`}`,
  /** The language ("cy") is added for any but English, so the page answers in the form's language. */
  confirmation: (formId: string, reference: string, language = 'en') =>
    `/api/forms/${encodeURIComponent(formId)}/confirmation?reference=${encodeURIComponent(reference)}${language === 'en' ? '' : `&lang=${encodeURIComponent(language)}`}`,
} as const;

/** The staff workspace: server-rendered pages on the same origin, behind sign-in. */
export const STAFF_PREFIX = '/staff/';

/** A workspace address: everything is under STAFF_PREFIX. */
const staff = <P extends string>(path: P) => `${STAFF_PREFIX}${path}` as const;

const submission = (reference: string) => staff(`submissions/${encodeURIComponent(reference)}`);

export const STAFF_PATHS = {
  inbox: STAFF_PREFIX,
  /** The first page after sign-in: my follow-ups, my open cases, new ones nobody has yet. */
  myWork: staff('my-work'),
  /** Find a case: POST `q`, a reference, name, phone, email or postcode (never in the address); GET, the empty box. */
  search: staff('search'),
  /** Assign several cases from the inbox at once (POST). */
  bulkAssign: staff('assign'),
  signIn: staff('sign-in'),
  callback: staff('callback'),
  signOut: staff('sign-out'),
  signedOut: staff('signed-out'),
  submission,
  erase: (reference: string) => `${submission(reference)}/erase`,
  /** Record the next step (GET the form, POST it); `?corrects=ENTRY` to correct an entry. */
  steps: (reference: string) => `${submission(reference)}/steps`,
  /** Change who a submission is assigned to (POST). */
  assignee: (reference: string) => `${submission(reference)}/assignee`,
  /** Log a contact attempt (GET the form, POST it); `?corrects=ENTRY` to correct one. */
  contact: (reference: string) => `${submission(reference)}/contact`,
  /** Add a note (GET the form, POST it); `?corrects=ENTRY` to correct one. */
  notes: (reference: string) => `${submission(reference)}/notes`,
  /** Set or clear the follow-up date and what it is for (GET the form, POST it). */
  followUp: (reference: string) => `${submission(reference)}/follow-up`,
  export: staff('export'),
  audit: staff('audit'),
  /** The progress report, for admins and team leads. */
  report: staff('report'),
  // Slice 24-hand-off: each webhook endpoint's recent deliveries and failures, for admins.
  deliveries: staff('deliveries'),
} as const;

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
