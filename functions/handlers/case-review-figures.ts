import { readRuntime } from '../config/runtime.ts';
import { serviceConfig } from '../config/service-config.ts';
import { makeDocumentClient } from '../storage/dynamodb-client.ts';
import { DynamoSubmissionStore } from '../storage/dynamodb-store.ts';
import { systemClock } from '../time/clock.ts';
import { makeFiguresHandler } from './case-review-figures-app.ts';

// Created once per Lambda instance: configuration is checked and clients made at cold start.
const runtime = readRuntime();
const config = { ...serviceConfig, siteUrl: runtime.SITE_URL ?? serviceConfig.siteUrl };

/**
 * Lambda entry point for the published ASB Case Review figures (API Gateway HTTP API, payload v2):
 * /case-review/figures/ and each year's CSV. It only queries the by-form index and reads the
 * erased tallies (TALLY# keys): counts, never a case.
 */
export const handler = makeFiguresHandler({
  config,
  store: new DynamoSubmissionStore(makeDocumentClient(runtime), runtime.TABLE_NAME),
  now: systemClock,
  originSecret: runtime.ORIGIN_VERIFY_SECRET,
});
