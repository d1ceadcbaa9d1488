import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { findKey } from '../contract/lookup-keys.ts';
import { TABLE_SHAPE } from '../contract/service-contract.ts';
import type { SubmissionRecord } from '../submissions/record.ts';
import { batchGetAll } from './batch-get.ts';
import type { InboxRow } from './inbox-query.ts';
import { queryPages } from './query-pages.ts';

const { partitionKey: PK, kindAttribute: KIND, kinds, byLookupIndex, timeToLiveAttribute: TTL } = TABLE_SHAPE;

/**
 * The key of a submission's nth search token item: FIND#{reference}#{n}; those an addition brings
 * are FIND#{reference}#{addition id}.{n}, so they never meet the ones made at submit.
 */
export const findTokenKey = (reference: string, n: number | string): string =>
  `${TABLE_SHAPE.findTokenPrefix}${reference}#${n}`;

/**
 * One item per token, in the look-up index under FIND#{token}: it names its submission and team,
 * and expires with it (so TTL removes both). It carries no answer, only the keyed hash.
 */
export const findTokenItems = (
  record: Pick<SubmissionRecord, 'reference' | 'team' | 'createdAt' | 'expiresAt'>,
  tokens: readonly string[],
  /** Set for an addition's tokens (its id), so their keys are its own. */
  addition?: string,
) =>
  tokens.map((token, n) => ({
    [PK.name]: findTokenKey(record.reference, addition === undefined ? n : `${addition}.${n}`),
    [KIND]: kinds.findToken,
    [byLookupIndex.partitionKey.name]: findKey(token),
    [byLookupIndex.sortKey.name]: record.createdAt,
    reference: record.reference,
    team: record.team,
    [TTL]: record.expiresAt,
  }));

/** A search: the token to look for in each team (a member's teams), and when "still kept" is judged. */
export interface FindQuery {
  tokens: readonly { team: string; token: string }[];
  liveAt: Date;
}

/** The most cases one search lists: a search that finds more is too wide to be useful. */
export const FIND_LIMIT = 100;

const ROW_FIELDS = ['reference', 'formId', 'createdAt', 'team', 'urgent', 'status', 'assignee', KIND, TTL];

/**
 * The cases these tokens find: a Query on the look-up index per team (never a Scan), then the
 * records themselves (their inbox fields only, never an answer), kept only when they are ordinary
 * submissions, still within their retention and in the team the token was made for. Newest first.
 */
export const findCases = async (
  db: DynamoDBDocumentClient,
  tableName: string,
  query: FindQuery,
): Promise<InboxRow[]> => {
  const live = Math.floor(query.liveAt.getTime() / 1000);
  const hits = await Promise.all(
    query.tokens.map(async ({ team, token }) => {
      const found: { reference: string; team: string }[] = [];
      for await (const page of queryPages<{ reference: string; team: string }>(db, {
        TableName: tableName,
        IndexName: byLookupIndex.indexName,
        KeyConditionExpression: '#lookup = :key',
        FilterExpression: '#expires > :live',
        ProjectionExpression: '#reference, #team',
        ExpressionAttributeNames: {
          '#lookup': byLookupIndex.partitionKey.name,
          '#expires': TTL,
          '#reference': 'reference',
          '#team': 'team',
        },
        ExpressionAttributeValues: { ':key': findKey(token), ':live': live },
        ScanIndexForward: false,
        Limit: FIND_LIMIT,
      })) {
        found.push(...page.filter((hit) => hit.team === team));
        if (found.length >= FIND_LIMIT) break;
      }
      return found;
    }),
  );
  const teamOf = new Map(hits.flat().map((hit) => [hit.reference, hit.team]));
  const references = [...teamOf.keys()].slice(0, FIND_LIMIT);
  const names = Object.fromEntries(ROW_FIELDS.map((f, i) => [`#p${i}`, f]));
  const items = await batchGetAll(
    db,
    tableName,
    references.map((reference) => ({ [PK.name]: reference })),
    { expression: Object.keys(names).join(', '), names },
  );
  return items
    .filter((item) => item[KIND] === kinds.submission && Number(item[TTL]) > live)
    .filter((item) => teamOf.get(String(item.reference)) === item.team)
    .map(({ [KIND]: _kind, [TTL]: _expires, ...row }) => ({ ...row, urgent: row.urgent ?? [] }) as InboxRow)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || a.reference.localeCompare(b.reference));
};
