import type { DynamoDBDocumentClient, QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { TABLE_SHAPE } from '../contract/service-contract.ts';
import type { Language } from '../i18n/languages.ts';
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
  /** Markers that are not urgent (absent on records from before issue 20). */
  markers?: string[];
  /** The language to contact the person in (absent: English). */
  language?: Language;
  /** The furthest standing step; absent means received. */
  status?: string;
  assignee?: string;
  /** Slice 21-team: when the team was last told of an addition, and when the person withdrew. */
  updateNotifiedAt?: string;
  withdrawnAt?: string;
}

/** Where a page starts or ends: a row, in the chosen order. */
export interface InboxCursor {
  createdAt: string;
  reference: string;
}

/** One form's statuses: a form's own step order decides what "reached" means. */
export interface FormStatuses {
  formId: string;
  statuses: string[];
}

export interface InboxQuery {
  teams: string[];
  order: 'newest' | 'oldest';
  formId?: string;
  /** Only those carrying one of these labels in `urgent` (forms/urgency.ts URGENT_LABELS). */
  urgentLabels?: readonly string[];
  /** Now at: only these statuses; 'received' also matches records with no status (from before steps). */
  statuses?: string[];
  /** Reached: only a form's listed statuses, for each form listed (any form not listed is left out). */
  reached?: FormStatuses[];
  /** Only those assigned to this `sub`; null for those assigned to nobody. */
  assignee?: string | null;
  /** Records past their retention that TTL has not removed yet are left out. */
  liveAt: Date;
}

const FIELDS = [
  'reference',
  'formId',
  'createdAt',
  'team',
  'urgent',
  'markers',
  'language',
  'status',
  'assignee',
  // Slice 21-team: the marks of a case the person added to (staff/update-marks.ts).
  'updateNotifiedAt',
  'withdrawnAt',
];

/** Newest first compares descending; a tie on the time is broken by the reference. */
const comparer = (order: InboxQuery['order']) => (a: InboxCursor, b: InboxCursor) => {
  const byTime = a.createdAt.localeCompare(b.createdAt) || a.reference.localeCompare(b.reference);
  return order === 'newest' ? -byTime : byTime;
};

/** Builds one expression's names and values, numbering placeholders so none collide. */
class Expression {
  names: Record<string, string> = {};
  values: Record<string, unknown> = {};
  private n = 0;
  name(attribute: string): string {
    const key = `#${attribute.replace(/\W/g, '')}`;
    this.names[key] = attribute;
    return key;
  }
  value(v: unknown): string {
    this.n += 1;
    const key = `:v${this.n}`;
    this.values[key] = v;
    return key;
  }
  list(vs: readonly unknown[]): string {
    return vs.map((v) => this.value(v)).join(', ');
  }
}

/** The filter every inbox read and count shares: DynamoDB applies it, so a count matches the list. */
const filterOf = (x: Expression, query: InboxQuery): string[] => {
  const status = () => x.name('status');
  const form = () => x.name('formId');
  // Suspected submissions share the index but are not the team's until an operator releases them.
  const filters = [
    `${x.name(timeToLiveAttribute)} > ${x.value(Math.floor(query.liveAt.getTime() / 1000))}`,
    `${x.name(TABLE_SHAPE.kindAttribute)} = ${x.value(TABLE_SHAPE.kinds.submission)}`,
  ];
  if (query.formId) filters.push(`${form()} = ${x.value(query.formId)}`);
  if (query.urgentLabels) {
    const urgent = x.name('urgent');
    const any = query.urgentLabels.map((label) => `contains(${urgent}, ${x.value(label)})`);
    filters.push(any.length > 0 ? `(${any.join(' OR ')})` : `${form()} = ${x.value('')}`);
  }
  if (query.statuses) {
    const none = query.statuses.includes(RECEIVED) ? `attribute_not_exists(${status()}) OR ` : '';
    filters.push(`(${none}${status()} IN (${x.list(query.statuses)}))`);
  }
  if (query.reached) {
    const each = query.reached
      .filter((r) => r.statuses.length > 0)
      .map((r) => `(${form()} = ${x.value(r.formId)} AND ${status()} IN (${x.list(r.statuses)}))`);
    // Nothing can have reached a step no form has: a condition nothing meets.
    filters.push(each.length > 0 ? `(${each.join(' OR ')})` : `${form()} = ${x.value('')}`);
  }
  if (query.assignee !== undefined) {
    const assignee = x.name('assignee');
    filters.push(
      query.assignee === null
        ? `attribute_not_exists(${assignee})`
        : `${assignee} = ${x.value(query.assignee)}`,
    );
  }
  return filters;
};

/**
 * One team's Query on the by-team index (never a Scan), in order, from the cursor (inclusive: rows
 * sharing its time are not lost; the caller skips those at or before it).
 */
const teamQuery = (
  tableName: string,
  team: string,
  query: InboxQuery,
  after?: InboxCursor,
): Omit<QueryCommandInput, 'ExclusiveStartKey'> => {
  const x = new Expression();
  const newest = query.order === 'newest';
  let keyCondition = `${x.name(byTeamIndex.partitionKey.name)} = ${x.value(team)}`;
  if (after)
    keyCondition += ` AND ${x.name(byTeamIndex.sortKey.name)} ${newest ? '<=' : '>='} ${x.value(after.createdAt)}`;
  const filters = filterOf(x, query);
  return {
    TableName: tableName,
    IndexName: byTeamIndex.indexName,
    KeyConditionExpression: keyCondition,
    FilterExpression: filters.join(' AND '),
    ExpressionAttributeNames: x.names,
    ExpressionAttributeValues: x.values,
    ScanIndexForward: !newest,
  };
};

/** One team's rows in order after the cursor, with the filters applied by DynamoDB; read lazily, 100 at a time. */
async function* teamRows(
  db: DynamoDBDocumentClient,
  tableName: string,
  team: string,
  query: InboxQuery,
  after?: InboxCursor,
): AsyncGenerator<InboxRow> {
  const input = teamQuery(tableName, team, query, after);
  const names = { ...input.ExpressionAttributeNames };
  FIELDS.forEach((field, i) => {
    names[`#p${i}`] = field;
  });
  const later = comparer(query.order);
  const pages = queryPages<InboxRow>(db, {
    ...input,
    ExpressionAttributeNames: names,
    ProjectionExpression: FIELDS.map((_, i) => `#p${i}`).join(', '),
    Limit: 100,
  });
  // DynamoDB returns rows sharing a time in no promised order: each such group is put in the
  // comparer's order (by reference) before it is yielded, so cursors and counts agree with the list.
  let group: InboxRow[] = [];
  const ordered = () => group.sort(later).filter((item) => !after || later(item, after) > 0);
  for await (const page of pages) {
    for (const item of page) {
      if (group[0] && group[0].createdAt !== item.createdAt) yield* ordered();
      if (group[0]?.createdAt !== item.createdAt) group = [];
      group.push({ ...item, urgent: item.urgent ?? [] });
    }
  }
  yield* ordered();
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

/** Counts one Query's matches, page by page (Select COUNT: DynamoDB returns no items). */
const countOf = async (db: DynamoDBDocumentClient, input: Omit<QueryCommandInput, 'ExclusiveStartKey'>) => {
  let count = 0;
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await db.send(new QueryCommand({ ...input, Select: 'COUNT', ExclusiveStartKey: startKey }));
    count += page.Count ?? 0;
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return count;
};

/**
 * How many rows match, in all the query's teams; with `before`, only those that come before that
 * row in the chosen order (its place in the list, counting from 0). Query with Select COUNT on
 * the by-team index and the same filter as the list, so the numbers and the rows agree.
 */
export const inboxCount = async (
  db: DynamoDBDocumentClient,
  tableName: string,
  query: InboxQuery,
  before?: InboxCursor,
): Promise<number> => {
  const newest = query.order === 'newest';
  const counts = await Promise.all(
    query.teams.map(async (team) => {
      const input = teamQuery(tableName, team, query);
      if (!before) return countOf(db, input);
      // Before the cursor: a later time (newest first) or an earlier one, by the index's sort key;
      // then those at its very time whose reference comes first. A filter may not name a key.
      const keyed = (operator: string, extra?: string) => ({
        ...input,
        KeyConditionExpression: `${input.KeyConditionExpression} AND #cTime ${operator} :cTime`,
        ...(extra ? { FilterExpression: `${input.FilterExpression} AND ${extra}` } : {}),
        ExpressionAttributeNames: {
          ...input.ExpressionAttributeNames,
          '#cTime': byTeamIndex.sortKey.name,
          ...(extra ? { '#cRef': 'reference' } : {}),
        },
        ExpressionAttributeValues: {
          ...input.ExpressionAttributeValues,
          ':cTime': before.createdAt,
          ...(extra ? { ':cRef': before.reference } : {}),
        },
      });
      const [earlier, tied] = await Promise.all([
        countOf(db, keyed(newest ? '>' : '<')),
        countOf(db, keyed('=', newest ? '#cRef > :cRef' : '#cRef < :cRef')),
      ]);
      return earlier + tied;
    }),
  );
  return counts.reduce((sum, n) => sum + n, 0);
};
