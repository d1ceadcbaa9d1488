import { readRuntime } from '../config/runtime.ts';
import { notificationDeps } from './notification-deps.ts';
import { makeNotifyHandler } from './notify-app.ts';

/** Lambda entry point for the table's stream (INSERT of submissions, and MODIFY when a person adds to one: contract/stream.ts). */
export const handler = makeNotifyHandler(notificationDeps(readRuntime()));
