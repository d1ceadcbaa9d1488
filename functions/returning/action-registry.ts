/**
 * What a signed-back-in person can do, by name: the /return/ router looks the action up here after
 * checking the session and that the case's form offers it (ReturningSpec).
 */
import type { ReturnAction, ReturnActionName } from './actions.ts';

export const RETURN_ACTIONS: Partial<Record<ReturnActionName, ReturnAction>> = {};
