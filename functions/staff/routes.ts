import { STAFF_PATHS } from '../contract/service-contract.ts';
import { notFound, StaffProblem } from './errors.ts';

export type StaffRoute =
  | { name: 'inbox' }
  | { name: 'sign-in' }
  | { name: 'callback' }
  | { name: 'sign-out' }
  | { name: 'signed-out' }
  | { name: 'audit' }
  | { name: 'export' }
  | { name: 'report' }
  | { name: 'erase'; reference: string }
  | { name: 'steps'; reference: string }
  | { name: 'assignee'; reference: string }
  | { name: 'submission'; reference: string };

const EXACT: Record<string, { route: StaffRoute; method: 'GET' | 'POST' }> = {
  [STAFF_PATHS.inbox]: { route: { name: 'inbox' }, method: 'GET' },
  '/staff': { route: { name: 'inbox' }, method: 'GET' },
  [STAFF_PATHS.signIn]: { route: { name: 'sign-in' }, method: 'GET' },
  [STAFF_PATHS.callback]: { route: { name: 'callback' }, method: 'GET' },
  [STAFF_PATHS.signOut]: { route: { name: 'sign-out' }, method: 'POST' },
  [STAFF_PATHS.signedOut]: { route: { name: 'signed-out' }, method: 'GET' },
  [STAFF_PATHS.audit]: { route: { name: 'audit' }, method: 'GET' },
  [STAFF_PATHS.export]: { route: { name: 'export' }, method: 'GET' },
  [STAFF_PATHS.report]: { route: { name: 'report' }, method: 'GET' },
};

const SUBMISSION = /^\/staff\/submissions\/([^/]{1,40})\/?$/;
const ERASE = /^\/staff\/submissions\/([^/]{1,40})\/erase$/;
const STEPS = /^\/staff\/submissions\/([^/]{1,40})\/steps$/;
const ASSIGNEE = /^\/staff\/submissions\/([^/]{1,40})\/assignee$/;

const decoded = (segment: string): string => {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw notFound(); // A malformed escape names no submission.
  }
};

const allow = (method: string, allowed: 'GET' | 'POST') => {
  // HEAD is a GET without the body; browsers never send it to these pages, so it is refused too.
  if (method !== allowed) throw new StaffProblem(405, 'There is a problem', `Use ${allowed} here.`);
};

const getOrPost = (method: string) => {
  if (method !== 'GET' && method !== 'POST')
    throw new StaffProblem(405, 'There is a problem', 'Use GET or POST here.');
};

/** The workspace page a request is for; 404 for any other address, 405 for the wrong method. */
export const matchStaffRoute = (method: string, path: string): StaffRoute => {
  const exact = Object.hasOwn(EXACT, path) ? EXACT[path] : undefined;
  if (exact) {
    allow(method, exact.method);
    return exact.route;
  }
  const erase = ERASE.exec(path);
  if (erase) {
    getOrPost(method);
    return { name: 'erase', reference: decoded(erase[1] ?? '') };
  }
  const steps = STEPS.exec(path);
  if (steps) {
    getOrPost(method);
    return { name: 'steps', reference: decoded(steps[1] ?? '') };
  }
  const assignee = ASSIGNEE.exec(path);
  if (assignee) {
    allow(method, 'POST');
    return { name: 'assignee', reference: decoded(assignee[1] ?? '') };
  }
  const submission = SUBMISSION.exec(path);
  if (submission) {
    allow(method, 'GET');
    return { name: 'submission', reference: decoded(submission[1] ?? '') };
  }
  throw notFound();
};
