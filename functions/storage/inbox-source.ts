import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { type InboxCursor, type InboxQuery, type InboxRow, inboxRows } from './inbox-query.ts';

/** The inbox reader bound to a table, as the workspace's dependencies take it. */
export const inboxSource =
  (db: DynamoDBDocumentClient, tableName: string) =>
  (query: InboxQuery, after?: InboxCursor): AsyncIterable<InboxRow> =>
    inboxRows(db, tableName, query, after);
