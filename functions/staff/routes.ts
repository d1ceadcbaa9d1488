import { STAFF_PATHS } from '../contract/service-contract.ts';
import { StaffProblem } from './errors.ts';

export type StaffRoute =
  | { name: 'inbox' }
  | { name: 'sign-in' }
  | { name: 'callback' }
  | { name: 'sign-out' }
  | { name: 'signed-out' }
  | { name: 'audit' }
  | { name: 'submission'; reference: string };

const EXACT: Record<string, { route: StaffRoute; method: 'GET' | 'POST' }> = {
  [STAFF_PATHS.inbox]: { route: { name: 'inbox' }, method: 'GET' },
  '/staff': { route: { name: 'inbox' }, method: 'GET' },
  [STAFF_PATHS.signIn]: { route: { name: 'sign-in' }, method: 'GET' },
  [STAFF_PATHS.callback]: { route: { name: 'callback' }, method: 'GET' },
  [STAFF_PATHS.signOut]: { route: { name: 'sign-out' }, method: 'POST' },
  [STAFF_PATHS.signedOut]: { route: { name: 'signed-out' }, method: 'GET' },
  [STAFF_PATHS.audit]: { route: { name: 'audit' }, method: 'GET' },
};

const SUBMISSION = /^\/staff\/submissions\/([^/]{1,40})\/?$/;

const notFound = () =>
  new StaffProblem(404, 'Page not found', 'There is nothing at this address, or it is not for your team.');

const allow = (method: string, allowed: 'GET' | 'POST') => {
  // HEAD is a GET without the body; browsers never send it to these pages, so it is refused too.
  if (method !== allowed) throw new StaffProblem(405, 'There is a problem', `Use ${allowed} here.`);
};

/** The workspace page a request is for; 404 for any other address, 405 for the wrong method. */
export const matchStaffRoute = (method: string, path: string): StaffRoute => {
  const exact = EXACT[path];
  if (exact) {
    allow(method, exact.method);
    return exact.route;
  }
  const submission = SUBMISSION.exec(path);
  if (submission) {
    allow(method, 'GET');
    let reference: string;
    try {
      reference = decodeURIComponent(submission[1] ?? '');
    } catch {
      throw notFound();
    }
    return { name: 'submission', reference };
  }
  throw notFound();
};
