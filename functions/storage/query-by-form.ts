import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { TABLE_SHAPE } from '../contract/service-contract.ts';
import { createdAtBounds, type DateRange } from '../time/date-range.ts';
import { queryPages } from './query-pages.ts';

const { byFormIndex } = TABLE_SHAPE;

export interface QueryOptions {
  /**
   * Attribute paths to read, e.g. ['reference', 'answers.hopes']; everything when absent. Asking
   * only for what is needed keeps free-text answers out of memory for lists and reports.
   */
  fields?: readonly string[];
  /** Items per page; smaller pages let a long export show progress. */
  pageSize?: number;
  /**
   * Leave out items whose retention ended before this moment. DynamoDB's TTL deletes expired items
   * some time after expiry (often within days), and until then a Query still returns them.
   */
  liveAt?: Date;
  /**
   * Which kind of item: submissions (the default), or those kept apart as suspected of coming
   * from a bot, which only the operator tools ask for.
   */
  kind?: 'submission' | 'suspected';
}

/** Expression names for every path segment: answers can be named like reserved words ("name", "role"). */
const nameFields = (fields: readonly string[], names: Record<string, string>): string => {
  const aliases = new Map<string, string>();
  const alias = (segment: string): string => {
    let name = aliases.get(segment);
    if (!name) {
      name = `#f${aliases.size}`;
      aliases.set(segment, name);
      names[name] = segment;
    }
    return name;
  };
  return fields.map((path) => path.split('.').map(alias).join('.')).join(', ');
};

/**
 * One form's submissions created in a date range, oldest first, page by page, from the by-form
 * index (a Query, never a Scan). Items are as stored, or only the requested fields.
 */
export async function* queryByForm<T = Record<string, unknown>>(
  db: DynamoDBDocumentClient,
  tableName: string,
  formId: string,
  range: DateRange,
  options: QueryOptions = {},
): AsyncGenerator<T[]> {
  const { from, to } = createdAtBounds(range);
  const names: Record<string, string> = {
    '#form': byFormIndex.partitionKey.name,
    '#created': byFormIndex.sortKey.name,
  };
  const projection = options.fields ? nameFields(options.fields, names) : undefined;
  const values: Record<string, unknown> = { ':form': formId, ':from': from, ':to': to };
  names['#kind'] = TABLE_SHAPE.kindAttribute;
  values[':kind'] = options.kind ?? TABLE_SHAPE.kinds.submission;
  const filters: string[] = ['#kind = :kind'];
  if (options.liveAt) {
    names['#expires'] = TABLE_SHAPE.timeToLiveAttribute;
    values[':live'] = Math.floor(options.liveAt.getTime() / 1000);
    filters.push('#expires > :live');
  }
  yield* queryPages<T>(db, {
    TableName: tableName,
    IndexName: byFormIndex.indexName,
    KeyConditionExpression: '#form = :form AND #created BETWEEN :from AND :to',
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: values,
    ...(projection ? { ProjectionExpression: projection } : {}),
    FilterExpression: filters.join(' AND '),
    ...(options.pageSize ? { Limit: options.pageSize } : {}),
  });
}

/** Every matching item of one form, in one list (for lists and reports, not for big exports). */
export const allByForm = async <T = Record<string, unknown>>(
  ...args: Parameters<typeof queryByForm>
): Promise<T[]> => {
  const items: T[] = [];
  for await (const page of queryByForm<T>(...args)) items.push(...page);
  return items;
};
