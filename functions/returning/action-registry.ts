/**
 * What a signed-back-in person can do, by name: the /return/ router looks the action up here after
 * checking the session and that the case's form offers it (ReturningSpec).
 */

import { add } from './actions/add.ts';
import { contact } from './actions/contact.ts';
import { evidence } from './actions/evidence.ts';
import { withdraw } from './actions/withdraw.ts';
import type { ReturnAction, ReturnActionName } from './actions.ts';

export const RETURN_ACTIONS: Partial<Record<ReturnActionName, ReturnAction>> = {
  add,
  contact,
  withdraw,
  evidence,
};
