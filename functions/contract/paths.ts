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
  /** Slice 22-evidence: POST for one presigned upload and its ticket. */
  uploads: (formId: string) => `/api/forms/${encodeURIComponent(formId)}/uploads`,
  /**
   * Slice 22-evidence: where the browser sends a file, on the site's own origin (CloudFront passes
   * it to the bucket; the twin to its local S3), so the pages' CSP stays 'self' for forms and fetches.
   */
  evidenceUpload: '/evidence-upload',
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
  // Slice 23-case-review.
  /** Enter an ASB Case Review application for someone, taken by phone, on paper or in person (GET, POST). */
  enterApplication: staff('case-review/new'),
  /** Write a letter to a Case Review applicant (GET the form, POST it), and read one sent, to print. */
  letters: (reference: string) => `${submission(reference)}/letters`,
  letter: (reference: string, id: string) => `${submission(reference)}/letter?id=${encodeURIComponent(id)}`,
  /** Slice 22-evidence: one evidence file (GET): audited, then a download link good for 5 minutes. */
  file: (reference: string, fileId: string) => `${submission(reference)}/files/${encodeURIComponent(fileId)}`,
  // Slice 24-hand-off: each webhook endpoint's recent deliveries and failures, for admins.
  deliveries: staff('deliveries'),
} as const;

export type HttpMethodName = 'GET' | 'POST';

export interface ApiRoute {
  /** What the handler does here. */
  name: 'list-forms' | 'form' | 'confirmation' | 'uploads';
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
  // Slice 22-evidence: a presigned upload and its ticket, for a form with a file question.
  { name: 'uploads', path: '/api/forms/{formId}/uploads', methods: ['POST'] },
];

// --- Slice 21-access: the way back in (issue 21) ---

/** Where a person signs back in to what they sent, in English; each language under its own prefix. */
export const RETURN_PREFIX = '/return/';

/** A public page's address in a language: English at the root, Welsh under /cy/, as every public page. */
const inLanguage = (language: string, path: string) => `${language === 'en' ? '' : `/${language}`}${path}`;

/** The /return/ pages in a language: Welsh is /cy/return/…. */
const returnPath = (language: string, rest = '') => inLanguage(language, `${RETURN_PREFIX}${rest}`);

export const RETURN_PATHS = {
  /** Sign in (GET the form, POST reference and code); signed in, where the case stands. */
  start: (language = 'en') => returnPath(language),
  /** What they can do: add, evidence, contact, withdraw (RETURN_ACTIONS), the Case Review; GET the page, POST it. */
  action: (name: string, language = 'en') => returnPath(language, `${encodeURIComponent(name)}`),
  /** Exit this page on every /return/ page: ends the session, then on to the exit site. */
  exit: (language = 'en') => returnPath(language, 'exit'),
  /** Ends the session and says so. */
  signOut: (language = 'en') => returnPath(language, 'sign-out'),
  /** The prefix a language's session cookie is scoped to (the cookie's Path). */
  prefix: (language = 'en') => returnPath(language),
  /** Issue 21: ask for a one-time link by email (GET the form, POST reference and a safe address). */
  emailLink: (language = 'en') => returnPath(language, 'email-link'),
  /** Issue 21: the emailed link (GET shows one Continue button, POST signs in; ?token=…). */
  link: (language = 'en') => returnPath(language, 'link'),
} as const;

/** The /return/ function's routes (API Gateway), for each language's prefix: the page itself and below it. */
export const RETURN_ROUTE = { methods: ['GET', 'POST'] } as const;

// --- Issue 23: figures (the ASB Case Review figures the Act asks to be published) ---

/** The public figures page, in English; each language under its own prefix (/cy/case-review/figures/). */
export const CASE_REVIEW_FIGURES_PREFIX = '/case-review/figures/';

const figuresPath = (language: string, rest = '') =>
  inLanguage(language, `${CASE_REVIEW_FIGURES_PREFIX}${rest}`);

export const CASE_REVIEW_FIGURES_PATHS = {
  /** The page: a table per year, newest first, each with its CSV. */
  page: (language = 'en') => figuresPath(language),
  /** One year's counts as CSV, for the year (April to March, and the partnership's own) starting in `startYear`. */
  csv: (startYear: number, language = 'en') => figuresPath(language, `${startYear}.csv`),
  /** Everything under it goes to the figures function (CloudFront's behaviour, the twin's router). */
  prefix: (language = 'en') => figuresPath(language),
} as const;

/** The figures function's routes: read only (HEAD too, as CloudFront's behaviour lets it through). */
export const CASE_REVIEW_FIGURES_ROUTE = { methods: ['GET', 'HEAD'] } as const;
