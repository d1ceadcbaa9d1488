import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { type InboxCursor, type InboxQuery, type InboxRow, inboxCount, inboxRows } from './inbox-query.ts';

/** The inbox's reads bound to a table, as the workspace's dependencies take them. */
export interface InboxSource {
  /** The rows in order after the cursor, read lazily. */
  rows: (query: InboxQuery, after?: InboxCursor) => AsyncIterable<InboxRow>;
  /** How many match; with `before`, how many come before that row. */
  count: (query: InboxQuery, before?: InboxCursor) => Promise<number>;
}

export const inboxSource = (db: DynamoDBDocumentClient, tableName: string): InboxSource => ({
  rows: (query, after) => inboxRows(db, tableName, query, after),
  count: (query, before) => inboxCount(db, tableName, query, before),
});
