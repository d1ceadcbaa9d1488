/**
 * Problems the workspace answers with a page of its own, never a 500 and never another team's
 * data. Two shapes only: a problem with the request as a whole is thrown as a StaffProblem (a page
 * with a title and a reason), and a problem with what someone typed is a FieldError shown on the
 * form itself, in its error summary and beside the field.
 */

export type { FieldError } from '../forms/field-error.ts';

/** Not signed in, or the session has ended: the person is asked to sign in and brought back. */
export class SignInNeeded extends Error {
  override name = 'SignInNeeded';
  readonly returnTo: string;
  readonly ended: boolean;

  constructor(returnTo: string, ended: boolean) {
    super('Sign in to continue');
    this.returnTo = returnTo;
    this.ended = ended;
  }
}

/**
 * A 4xx page: 400 bad request (and refused forgeries), 404 not found (also for another team's
 * work). No 403: CloudFront answers every 403 from any origin with the site's 404 page (S3 says
 * 403 for a missing file), which would hide the workspace's own explanation.
 */
export class StaffProblem extends Error {
  override name = 'StaffProblem';
  readonly statusCode: 400 | 404 | 405 | 413;
  readonly title: string;

  constructor(statusCode: StaffProblem['statusCode'], title: string, message: string) {
    super(message);
    this.statusCode = statusCode;
    this.title = title;
  }
}

export const notFound = () =>
  new StaffProblem(404, 'Page not found', 'There is nothing at this address, or it is not for your team.');

export const forbidden = (message: string) => new StaffProblem(400, 'You cannot do this', message);

export const badRequest = (message: string) => new StaffProblem(400, 'There is a problem', message);

export const methodNotAllowed = (allowed: readonly string[]) =>
  new StaffProblem(405, 'There is a problem', `Use ${allowed.join(' or ')} here.`);

export const tooLarge = () => new StaffProblem(413, 'There is a problem', 'That is too much to send.');
