import { readRuntime } from '../config/runtime.ts';
import { serviceConfig } from '../config/service-config.ts';
import { makeDocumentClient } from '../storage/dynamodb-client.ts';
import { DynamoErasedTallies } from '../storage/dynamodb-erased-tallies.ts';
import { systemClock } from '../time/clock.ts';
import { makeTallyHandler } from './tally-app.ts';

// Created once per Lambda instance.
const runtime = readRuntime();

/**
 * Lambda entry point for the table's stream (REMOVE of submissions, filtered by the event source):
 * keeps the anonymous tally of erased and expired submissions. Writes TALLY# and TALLIED# items only.
 */
export const handler = makeTallyHandler({
  config: serviceConfig,
  tallies: new DynamoErasedTallies(makeDocumentClient(runtime), runtime.TABLE_NAME),
  now: systemClock,
});
