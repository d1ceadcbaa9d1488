/** Problems the workspace answers with a page of its own, never a 500 and never another team's data. */

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
