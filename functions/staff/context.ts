import type { StaffDeps } from './deps.ts';
import type { StaffFrame } from './frame.ts';
import type { SignedIn } from './guards.ts';
import type { StaffRequest } from './request.ts';

/** What an action for the signed out is given (sign-in, its callback, the signed-out page). */
export interface OpenContext {
  req: StaffRequest;
  deps: StaffDeps;
}

/** What an action behind sign-in is given, once its row's guards have passed. */
export interface MemberContext extends OpenContext {
  signedIn: SignedIn;
  /** Who is signed in, their anti-forgery token and the links they may follow: every page's frame. */
  frame: StaffFrame;
  /** The submission reference a pattern row names (decoded); '' for a row without one. */
  reference: string;
}
