import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { TABLE_SHAPE } from '../contract/service-contract.ts';
import { queryPages } from './query-pages.ts';

const { byLookupIndex, timeToLiveAttribute, kindAttribute, kinds } = TABLE_SHAPE;

/** What My work reads of an open case: never an answer, never what a follow-up is for. */
export interface LookupRow {
  reference: string;
  formId: string;
  createdAt: string;
  team: string;
  urgent: string[];
  /** The furthest standing step; absent means received. */
  status?: string;
  assignee?: string;
  /** The follow-up's day (YYYY-MM-DD, London), if one is set. */
  followUpOn?: string;
}

const FIELDS = ['reference', 'formId', 'createdAt', 'team', 'urgent', 'status', 'assignee'];

type Item = Omit<LookupRow, 'followUpOn' | 'urgent'> & { urgent?: string[]; followUp?: { on?: string } };

/**
 * The open cases under one look-up key (lookup-keys.ts: MINE#{sub} or UNASSIGNED#{team}), oldest
 * first, from the look-up index (a Query, never a Scan). Only the listed fields are projected: the
 * follow-up's day, never its text. Records past their retention that TTL has not removed yet are left out.
 */
export async function* lookupRows(
  db: DynamoDBDocumentClient,
  tableName: string,
  key: string,
  liveAt: Date,
): AsyncGenerator<LookupRow> {
  const names: Record<string, string> = {
    '#lookup': byLookupIndex.partitionKey.name,
    '#expires': timeToLiveAttribute,
    '#kind': kindAttribute,
    '#followUp': 'followUp',
    '#on': 'on',
  };
  FIELDS.forEach((field, i) => {
    names[`#p${i}`] = field;
  });
  const pages = queryPages<Item>(db, {
    TableName: tableName,
    IndexName: byLookupIndex.indexName,
    KeyConditionExpression: '#lookup = :key',
    FilterExpression: '#expires > :live AND #kind = :submission',
    ProjectionExpression: [...FIELDS.map((_, i) => `#p${i}`), '#followUp.#on'].join(', '),
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: {
      ':key': key,
      ':live': Math.floor(liveAt.getTime() / 1000),
      ':submission': kinds.submission,
    },
    ScanIndexForward: true,
  });
  for await (const page of pages)
    for (const { followUp, urgent, ...row } of page)
      yield { ...row, urgent: urgent ?? [], ...(followUp?.on ? { followUpOn: followUp.on } : {}) };
}
