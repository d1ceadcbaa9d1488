import { hashKeyOf, readRuntime } from '../config/runtime.ts';
import { serviceConfig } from '../config/service-config.ts';
import { makeDocumentClient } from '../storage/dynamodb-client.ts';
import { DynamoSubmissionStore } from '../storage/dynamodb-store.ts';
import { systemClock } from '../time/clock.ts';
import { makeSubmitHandler } from './submit-app.ts';

// Created once per Lambda instance: configuration is checked and clients connected at cold start.
const runtime = readRuntime();
const store = new DynamoSubmissionStore(makeDocumentClient(runtime), runtime.TABLE_NAME);

/** Lambda entry point for API Gateway HTTP API (payload v2): GET and POST /api/forms/… */
export const handler = makeSubmitHandler({
  config: serviceConfig,
  store,
  now: systemClock,
  hashKey: hashKeyOf(runtime),
  originSecret: runtime.ORIGIN_VERIFY_SECRET,
});
