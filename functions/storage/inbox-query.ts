import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { TABLE_SHAPE } from '../contract/service-contract.ts';
import { RECEIVED } from '../progress/types.ts';
import { queryPages } from './query-pages.ts';

const { byTeamIndex, timeToLiveAttribute } = TABLE_SHAPE;

/** What the inbox lists of a submission: never an answer. */
export interface InboxRow {
  reference: string;
  formId: string;
  createdAt: string;
  team: string;
  urgent: string[];
  /** The furthest standing step; absent means received. */
  status?: string;
  assignee?: string;
}

/** Where the next page starts: after this row in the chosen order. */
export interface InboxCursor {
  createdAt: string;
  reference: string;
}

export interface InboxQuery {
  teams: string[];
  order: 'newest' | 'oldest';
  formId?: string;
  urgentOnly?: boolean;
  /** Only these statuses; 'received' also matches records with no status (from before steps). */
  statuses?: string[];
  /** Only those assigned to this `sub`; null for those assigned to nobody. */
  assignee?: string | null;
  /** Records past their retention that TTL has not removed yet are left out. */
  liveAt: Date;
}

const FIELDS = ['reference', 'formId', 'createdAt', 'team', 'urgent', 'status', 'assignee'];

/** Newest first compares descending; a tie on the time is broken by the reference. */
const comparer = (order: InboxQuery['order']) => (a: InboxCursor, b: InboxCursor) => {
  const byTime = a.createdAt.localeCompare(b.createdAt) || a.reference.localeCompare(b.reference);
  return order === 'newest' ? -byTime : byTime;
};

/**
 * One team's submissions in order from the by-team index (a Query, never a Scan), after the
 * cursor, with the filters applied by DynamoDB; read lazily, 100 at a time.
 */
async function* teamRows(
  db: DynamoDBDocumentClient,
  tableName: string,
  team: string,
  query: InboxQuery,
  after?: InboxCursor,
): AsyncGenerator<InboxRow> {
  const newest = query.order === 'newest';
  const names: Record<string, string> = { '#team': byTeamIndex.partitionKey.name };
  const values: Record<string, unknown> = { ':team': team };
  let keyCondition = '#team = :team';
  if (after) {
    names['#created'] = byTeamIndex.sortKey.name;
    // Inclusive, so rows sharing the cursor's time are not lost; those at or before it are skipped below.
    keyCondition += newest ? ' AND #created <= :after' : ' AND #created >= :after';
    values[':after'] = after.createdAt;
  }
  // Suspected submissions share the index but are not the team's until an operator releases them.
  const filters = ['#expires > :live', '#kind = :submission'];
  names['#kind'] = TABLE_SHAPE.kindAttribute;
  values[':submission'] = TABLE_SHAPE.kinds.submission;
  names['#expires'] = timeToLiveAttribute;
  values[':live'] = Math.floor(query.liveAt.getTime() / 1000);
  if (query.formId) {
    filters.push('#form = :form');
    names['#form'] = 'formId';
    values[':form'] = query.formId;
  }
  if (query.urgentOnly) {
    filters.push('size(#urgent) > :none');
    names['#urgent'] = 'urgent';
    values[':none'] = 0;
  }
  if (query.statuses) {
    names['#status'] = 'status';
    const listed = query.statuses.map((status, i) => {
      values[`:s${i}`] = status;
      return `:s${i}`;
    });
    const none = query.statuses.includes(RECEIVED) ? 'attribute_not_exists(#status) OR ' : '';
    filters.push(`(${none}#status IN (${listed.join(', ')}))`);
  }
  if (query.assignee !== undefined) {
    names['#assignee'] = 'assignee';
    if (query.assignee === null) filters.push('attribute_not_exists(#assignee)');
    else {
      filters.push('#assignee = :assignee');
      values[':assignee'] = query.assignee;
    }
  }
  FIELDS.forEach((field, i) => {
    names[`#p${i}`] = field;
  });
  const later = comparer(query.order);
  const pages = queryPages<InboxRow>(db, {
    TableName: tableName,
    IndexName: byTeamIndex.indexName,
    KeyConditionExpression: keyCondition,
    FilterExpression: filters.join(' AND '),
    ProjectionExpression: FIELDS.map((_, i) => `#p${i}`).join(', '),
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: values,
    ScanIndexForward: !newest,
    Limit: 100,
  });
  for await (const page of pages) {
    for (const item of page) {
      if (after && later(item, after) <= 0) continue;
      yield { ...item, urgent: item.urgent ?? [] };
    }
  }
}

/**
 * Every team's rows merged into one order, lazily: what a person with several teams (or an admin,
 * with all of them) sees as one inbox.
 */
export async function* inboxRows(
  db: DynamoDBDocumentClient,
  tableName: string,
  query: InboxQuery,
  after?: InboxCursor,
): AsyncGenerator<InboxRow> {
  const streams = query.teams.map((team) => teamRows(db, tableName, team, query, after));
  const heads = await Promise.all(streams.map((s) => s.next()));
  const first = comparer(query.order);
  for (;;) {
    let pick = -1;
    heads.forEach((head, i) => {
      if (head.done) return;
      const best = heads[pick];
      if (pick === -1 || (best && !best.done && first(head.value, best.value) < 0)) pick = i;
    });
    const chosen = heads[pick];
    if (pick === -1 || !chosen || chosen.done) return;
    yield chosen.value;
    heads[pick] = await (streams[pick] as AsyncGenerator<InboxRow>).next();
  }
}
