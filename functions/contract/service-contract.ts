/**
 * The service contract: the facts that the handlers, the CDK stack, the local twin and the site
 * must agree on, written once, in four small modules so each bundle takes only what it uses (the
 * browser script imports paths.ts alone). Import from here, except in the browser script.
 */

export * from './audit-trail.ts';
export * from './counted-logs.ts';
export * from './files.ts';
export * from './paths.ts';
export * from './security.ts';
export * from './stream.ts';
export * from './tables.ts';
