import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { BatchWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { inject } from 'vitest';
import { serviceConfig } from '../../../functions/config/service-config.ts';
import { ensureStaffTable } from '../../../functions/storage/ensure-tables.ts';
import { LOCAL_REGION } from '../../../local/local-credentials.ts';
import type { Connection } from '../../../ops/connection.ts';
import { type OpsContext, openContext } from '../../../ops/context.ts';
import type { OpsIo } from '../../../ops/run.ts';
import { NOW } from '../../unit/ops/known-submissions.ts';

/** Writes items straight into the table, 25 at a time. */
export const seed = async (
  documents: DynamoDBDocumentClient,
  tableName: string,
  items: readonly object[],
): Promise<void> => {
  for (let i = 0; i < items.length; i += 25) {
    await documents.send(
      new BatchWriteCommand({
        RequestItems: { [tableName]: items.slice(i, i + 25).map((Item) => ({ PutRequest: { Item } })) },
      }),
    );
  }
};

/** A fresh staff table on the shared DynamoDB Local, for the audit trail `erase` writes to. */
export const freshStaffTable = async (client: DynamoDBClient): Promise<string> => {
  const name = `test-staff-${randomUUID()}`;
  await ensureStaffTable(client, name);
  return name;
};

/** The connection a test table on the shared stand-ins is reached by (as if named with --table). */
export const testConnection = (tableName: string): Connection => ({
  tableName,
  region: LOCAL_REGION,
  endpoint: inject('dynamoEndpoint'),
  sesEndpoint: inject('sesEndpoint'),
  local: false,
});

/** A context on the test table with the data set's clock. */
export const testContext = (tableName: string, now: () => Date = () => NOW): OpsContext =>
  openContext(testConnection(tableName), { now, config: serviceConfig });

const collector = () => {
  let text = '';
  const stream = new Writable({
    write(chunk, _encoding, done) {
      text += String(chunk);
      done();
    },
  });
  return { stream, text: () => text };
};

/** A terminal in memory: what the tools printed, and scripted answers to their questions. */
export const memoryIo = (answers: { interactive?: boolean; answer?: boolean } = {}) => {
  const out = collector();
  const err = collector();
  const asked: string[] = [];
  const io: OpsIo = {
    stdout: out.stream,
    stderr: err.stream,
    interactive: answers.interactive ?? false,
    liveProgress: false,
    ask: async (question) => {
      asked.push(question);
      return answers.answer ?? false;
    },
  };
  return { io, stdout: out.text, stderr: err.text, asked };
};

/** Flags that point the real CLI at a test table (and a staff table, for erase). */
export const connectionArgs = (tableName: string, staffTableName?: string): string[] => [
  '--table',
  tableName,
  ...(staffTableName ? ['--staff-table', staffTableName] : []),
  '--endpoint',
  inject('dynamoEndpoint'),
  '--ses-endpoint',
  inject('sesEndpoint'),
];
