import type { ServiceConfig } from '../config/schema.ts';
import { STAFF_PATHS } from '../contract/service-contract.ts';
import type { HttpResult } from '../http/responses.ts';
import type { StaffMember } from '../storage/staff-store.ts';
import { ACCESS_TO, type Access, mayUse } from './access.ts';
import { showAudit } from './actions/audit.ts';
import { bulkAssign } from './actions/bulk-assign.ts';
import { showDeliveries } from './actions/deliveries.ts';
import { saveEnteredApplication, showEnterApplication } from './actions/enter-application.ts';
import { eraseSubmission } from './actions/erase.ts';
import { runExport } from './actions/export.ts';
import { downloadFile } from './actions/files.ts';
import { saveFollowUp, showFollowUpForm } from './actions/follow-up.ts';
import { showInbox } from './actions/inbox.ts';
import { sendLetter, showLetter, showLetterForm } from './actions/letters.ts';
import { chooseMorningEmail, showMyWork } from './actions/my-work.ts';
import { assign, recordStep, showStepForm } from './actions/progress.ts';
import { showReport } from './actions/report.ts';
import { showSearch } from './actions/search.ts';
import { finishSignIn, showSignedOut, startSignIn } from './actions/sign-in.ts';
import { signOut } from './actions/sign-out.ts';
import { addNote, logAttempt, showContactForm, showNoteForm } from './actions/timeline.ts';
import { viewSubmission } from './actions/view.ts';
import type { MemberContext, OpenContext } from './context.ts';
import { methodNotAllowed, notFound } from './errors.ts';
import type { NavLink } from './frame.ts';

export type Method = 'GET' | 'POST';

interface RowBase {
  /** An exact path, or a pattern whose first group is the submission's reference. */
  path: string | RegExp;
  /** Other exact paths for the same page. */
  aliases?: readonly string[];
  methods: readonly Method[];
}

/** Pages for anyone: no session is read. */
interface OpenRow extends RowBase {
  access: 'signed-out';
  action: (ctx: OpenContext) => Promise<HttpResult>;
}

/** Pages behind sign-in; `nav` is the link's text in the workspace's navigation, for those who may use it. */
interface MemberRow extends RowBase {
  access: 'member';
  nav?: string;
  action: (ctx: MemberContext) => Promise<HttpResult>;
}

/** Pages for some members only: anyone else's request is audited in these words, then answered 404. */
interface RestrictedRow extends RowBase {
  access: Exclude<Access, 'signed-out' | 'member'>;
  refusal: string;
  nav?: string;
  action: (ctx: MemberContext) => Promise<HttpResult>;
}

export type StaffRouteRow = OpenRow | MemberRow | RestrictedRow;

const REFERENCE = '([^/]{1,40})';
const underSubmission = (tail: string) => new RegExp(`^/staff/submissions/${REFERENCE}${tail}$`);

/**
 * Every page of the workspace, once: its address, methods, who may use it and what it does. The
 * guards (session, anti-forgery token on POST, the role, each refusal audited) run from the row in
 * staff-app.ts; the navigation lists the rows with `nav` to those `mayUse` lets in, in this order.
 * A new page is one row here, one action and one page.
 */
export const STAFF_ROUTES: readonly StaffRouteRow[] = [
  { path: STAFF_PATHS.myWork, methods: ['GET'], access: 'member', nav: 'My work', action: showMyWork },
  { path: STAFF_PATHS.myWork, methods: ['POST'], access: 'member', action: chooseMorningEmail },
  {
    path: STAFF_PATHS.inbox,
    aliases: ['/staff'],
    methods: ['GET'],
    access: 'member',
    nav: 'Inbox',
    action: showInbox,
  },
  { path: STAFF_PATHS.search, methods: ['GET', 'POST'], access: 'member', action: showSearch },
  // Slice 23-case-review: an ASB Case Review application taken by phone, on paper or in person.
  { path: STAFF_PATHS.enterApplication, methods: ['GET'], access: 'member', action: showEnterApplication },
  { path: STAFF_PATHS.enterApplication, methods: ['POST'], access: 'member', action: saveEnteredApplication },
  { path: STAFF_PATHS.bulkAssign, methods: ['POST'], access: 'member', action: bulkAssign },
  { path: STAFF_PATHS.export, methods: ['GET'], access: 'member', nav: 'Export', action: runExport },
  {
    path: STAFF_PATHS.report,
    methods: ['GET'],
    access: ACCESS_TO.report,
    refusal: 'Asked for the progress report (team leads and admins only)',
    nav: 'Report',
    action: showReport,
  },
  {
    path: STAFF_PATHS.audit,
    methods: ['GET'],
    access: ACCESS_TO.audit,
    refusal: 'Asked for the audit trail (admins only)',
    nav: 'Audit trail',
    action: showAudit,
  },
  {
    path: STAFF_PATHS.deliveries,
    methods: ['GET'],
    access: ACCESS_TO.deliveries,
    refusal: 'Asked for the webhook deliveries (admins only)',
    nav: 'Webhooks',
    action: showDeliveries,
  },
  { path: STAFF_PATHS.signIn, methods: ['GET'], access: 'signed-out', action: startSignIn },
  { path: STAFF_PATHS.callback, methods: ['GET'], access: 'signed-out', action: finishSignIn },
  { path: STAFF_PATHS.signedOut, methods: ['GET'], access: 'signed-out', action: showSignedOut },
  { path: STAFF_PATHS.signOut, methods: ['POST'], access: 'member', action: signOut },
  {
    path: underSubmission('/erase'),
    methods: ['GET', 'POST'],
    access: ACCESS_TO.erase,
    refusal: 'Asked to erase it: erasing is for admins only',
    action: eraseSubmission,
  },
  { path: underSubmission('/steps'), methods: ['GET'], access: 'member', action: showStepForm },
  { path: underSubmission('/steps'), methods: ['POST'], access: 'member', action: recordStep },
  { path: underSubmission('/assignee'), methods: ['POST'], access: 'member', action: assign },
  { path: underSubmission('/contact'), methods: ['GET'], access: 'member', action: showContactForm },
  { path: underSubmission('/contact'), methods: ['POST'], access: 'member', action: logAttempt },
  { path: underSubmission('/notes'), methods: ['GET'], access: 'member', action: showNoteForm },
  { path: underSubmission('/notes'), methods: ['POST'], access: 'member', action: addNote },
  { path: underSubmission('/follow-up'), methods: ['GET'], access: 'member', action: showFollowUpForm },
  { path: underSubmission('/follow-up'), methods: ['POST'], access: 'member', action: saveFollowUp },
  // Slice 23-case-review: letters to a Case Review applicant, kept on the case.
  { path: underSubmission('/letters'), methods: ['GET'], access: 'member', action: showLetterForm },
  { path: underSubmission('/letters'), methods: ['POST'], access: 'member', action: sendLetter },
  { path: underSubmission('/letter'), methods: ['GET'], access: 'member', action: showLetter },
  // Slice 22-evidence: a file's 5-minute download link, audited.
  {
    // Any file id: the action finds it among the case's own files, or answers 404.
    path: underSubmission('/files/.+'),
    methods: ['GET'],
    access: 'member',
    action: downloadFile,
  },
  { path: underSubmission('/?'), methods: ['GET'], access: 'member', action: viewSubmission },
];

const decoded = (segment: string): string => {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw notFound(); // A malformed escape names no submission.
  }
};

/** The reference the path names, '' for an exact path, or undefined when the row is not for this path. */
const matchPath = (row: StaffRouteRow, path: string): string | undefined => {
  if (typeof row.path === 'string') return row.path === path || row.aliases?.includes(path) ? '' : undefined;
  const found = row.path.exec(path);
  return found ? decoded(found[1] ?? '') : undefined;
};

export interface MatchedRoute {
  row: StaffRouteRow;
  reference: string;
}

/**
 * The row a request is for: 404 for any other address, 405 for a method no row at this address
 * takes (HEAD too: browsers never send it to these pages). Runs before anything else is read.
 */
export const matchStaffRoute = (method: string, path: string): MatchedRoute => {
  const here = STAFF_ROUTES.flatMap((row) => {
    const reference = matchPath(row, path);
    return reference === undefined ? [] : [{ row, reference }];
  });
  if (here.length === 0) throw notFound();
  const found = here.find(({ row }) => row.methods.includes(method as Method));
  if (!found) {
    const allowed = [...new Set(here.flatMap(({ row }) => row.methods))];
    throw methodNotAllowed(allowed);
  }
  return found;
};

/** The navigation for a member: each row with a link, if they may use it; `current` is the page shown. */
export const navigationFor = (
  member: StaffMember,
  config: ServiceConfig,
  current?: StaffRouteRow,
): NavLink[] =>
  STAFF_ROUTES.flatMap((row) =>
    row.access !== 'signed-out' &&
    row.nav &&
    typeof row.path === 'string' &&
    mayUse(member, row.access, config)
      ? [{ href: row.path, text: row.nav, current: row === current }]
      : [],
  );
