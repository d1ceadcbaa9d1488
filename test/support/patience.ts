/**
 * How long a test waits for something that must happen (an email sent, a record marked, a process
 * gone) before it calls it a failure: long enough for a build server busy with other work. How
 * fast it happens is measured by `npm run bench`, never bounded here: a test fails only when the
 * behaviour is wrong, not when the machine is slow.
 */
export const PATIENCE_MS = 60_000;

/** A test's own limit when it waits (once or more) for PATIENCE_MS. */
export const PATIENT_TEST_MS = 3 * PATIENCE_MS;
