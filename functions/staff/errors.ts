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

/** A 4xx page: 400 bad request, 403 not allowed, 404 not found (also for another team's work). */
export class StaffProblem extends Error {
  override name = 'StaffProblem';
  readonly statusCode: 400 | 403 | 404 | 405 | 413;
  readonly title: string;

  constructor(statusCode: StaffProblem['statusCode'], title: string, message: string) {
    super(message);
    this.statusCode = statusCode;
    this.title = title;
  }
}

export const notFound = () =>
  new StaffProblem(404, 'Page not found', 'There is nothing at this address, or it is not for your team.');

export const forbidden = (message: string) => new StaffProblem(403, 'You cannot do this', message);

export const badRequest = (message: string) => new StaffProblem(400, 'There is a problem', message);
