import { type Clock, systemClock } from '../functions/time/clock.ts';

/** The environment variable a test sets to run the ops tools or the twin at a time of its choosing. */
export const CLOCK_VARIABLE = 'SERVICE_CLOCK';

/**
 * The clock for a process started on this machine (the ops tools, the twin): the system clock, or,
 * when SERVICE_CLOCK names a moment (e.g. 2026-11-20T12:00:00Z), a clock that reads that moment at
 * start and runs on from there, so a test can start a separate process on the day it means.
 *
 * Only these local entry points read it. No Lambda handler does, nor anything they import: on AWS
 * an environment variable is configuration a deployer (or a mistake) can set, and a handler that
 * believed it would stamp submissions, retention expiries and audit entries with a made-up time.
 */
export const clockFromEnvironment = (env: NodeJS.ProcessEnv): Clock => {
  const setting = env[CLOCK_VARIABLE];
  if (!setting) return systemClock;
  const start = Date.parse(setting);
  if (Number.isNaN(start))
    throw new Error(`${CLOCK_VARIABLE} must be a moment like 2026-11-20T12:00:00Z, not "${setting}".`);
  return clockStartingAt(new Date(start));
};

/** A clock that reads `moment` now and runs on from there (a twin or test on the day it means). */
export const clockStartingAt = (moment: Date): Clock => {
  const offset = moment.getTime() - Date.now();
  return () => new Date(Date.now() + offset);
};
