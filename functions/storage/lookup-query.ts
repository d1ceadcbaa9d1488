import { type DynamoDBDocumentClient, QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
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
  /** Slice 21-team: when the team was last told of an addition, and when the person withdrew. */
  updateNotifiedAt?: string;
  withdrawnAt?: string;
}

/** The open cases under one look-up key: the oldest few, those with a follow-up due, and how many. */
export interface LookupSummary {
  oldest: LookupRow[];
  due: LookupRow[];
  count: number;
}

const FIELDS = [
  'reference',
  'formId',
  'createdAt',
  'team',
  'urgent',
  'status',
  'assignee',
  // Slice 21-team: the marks of a case the person added to (staff/update-marks.ts).
  'updateNotifiedAt',
  'withdrawnAt',
];

type Item = Omit<LookupRow, 'followUpOn' | 'urgent'> & { urgent?: string[]; followUp?: { on?: string } };

const toRow = ({ followUp, urgent, ...row }: Item): LookupRow => ({
  ...row,
  urgent: urgent ?? [],
  ...(followUp?.on ? { followUpOn: followUp.on } : {}),
});

/**
 * A Query of one key on the look-up index, oldest first, projecting the listed fields only (or,
 * for a count, nothing), with the follow-up's day compared when `dueBy` is given.
 */
const lookupQuery = (tableName: string, key: string, liveAt: Date, dueBy?: string) => {
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
  const values: Record<string, unknown> = {
    ':key': key,
    ':live': Math.floor(liveAt.getTime() / 1000),
    ':submission': kinds.submission,
    ...(dueBy ? { ':dueBy': dueBy } : {}),
  };
  return {
    TableName: tableName,
    IndexName: byLookupIndex.indexName,
    KeyConditionExpression: '#lookup = :key',
    // Records past their retention that TTL has not removed yet are left out.
    FilterExpression: `#expires > :live AND #kind = :submission${dueBy ? ' AND #followUp.#on <= :dueBy' : ''}`,
    ProjectionExpression: [...FIELDS.map((_, i) => `#p${i}`), '#followUp.#on'].join(', '),
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: values,
    ScanIndexForward: true,
  } satisfies QueryCommandInput;
};

/** The oldest `limit` open cases under a key: reads only as far as it needs. */
const oldest = async (
  db: DynamoDBDocumentClient,
  tableName: string,
  key: string,
  liveAt: Date,
  limit: number,
) => {
  const rows: LookupRow[] = [];
  for await (const page of queryPages<Item>(db, {
    ...lookupQuery(tableName, key, liveAt),
    Limit: limit + 5,
  })) {
    rows.push(...page.map(toRow));
    if (rows.length >= limit) break;
  }
  return rows.slice(0, limit);
};

/**
 * The follow-ups due by `dueBy` under a key, and how many open cases it holds, in one pass that
 * returns only the due ones: DynamoDB filters the rest out and counts what it looked at.
 */
const dueAndCount = async (
  db: DynamoDBDocumentClient,
  tableName: string,
  key: string,
  liveAt: Date,
  dueBy: string,
) => {
  const [due, count] = await Promise.all([
    (async () => {
      const rows: LookupRow[] = [];
      for await (const page of queryPages<Item>(db, lookupQuery(tableName, key, liveAt, dueBy)))
        rows.push(...page.map(toRow));
      return rows;
    })(),
    countOf(db, tableName, key, liveAt),
  ]);
  return { due, count };
};

/** How many open cases a key holds: a COUNT query (no items come back, so nothing is projected). */
const countOf = async (db: DynamoDBDocumentClient, tableName: string, key: string, liveAt: Date) => {
  const {
    ProjectionExpression: _,
    ExpressionAttributeNames: names,
    ...rest
  } = lookupQuery(tableName, key, liveAt);
  const { '#followUp': _f, '#on': _o, ...used } = names;
  for (const name of Object.keys(used)) if (name.startsWith('#p')) delete used[name];
  let count = 0;
  let start: Record<string, unknown> | undefined;
  do {
    const page = await db.send(
      new QueryCommand({
        ...rest,
        ExpressionAttributeNames: used,
        Select: 'COUNT',
        ExclusiveStartKey: start,
      }),
    );
    count += page.Count ?? 0;
    start = page.LastEvaluatedKey;
  } while (start);
  return count;
};

/**
 * One look-up key's open cases for My work (lookup-keys.ts: MINE#{sub} or UNASSIGNED#{team}), from
 * the look-up index only (Queries, never a Scan): the oldest `limit`, those with a follow-up due by
 * `dueBy`, and the count. Only the listed fields are projected: the follow-up's day, never its text.
 */
export const lookupSummary = async (
  db: DynamoDBDocumentClient,
  tableName: string,
  key: string,
  options: { liveAt: Date; limit: number; dueBy: string },
): Promise<LookupSummary> => {
  const [first, rest] = await Promise.all([
    oldest(db, tableName, key, options.liveAt, options.limit),
    dueAndCount(db, tableName, key, options.liveAt, options.dueBy),
  ]);
  return { oldest: first, ...rest };
};
