import { type DynamoDBDocumentClient, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { TABLE_SHAPE } from '../contract/service-contract.ts';
import type { AdditionChange } from '../returning/actions.ts';
import { isConditionFailure } from './condition-failure.ts';

const { partitionKey: PK, kindAttribute: KIND, kinds, timeToLiveAttribute: TTL } = TABLE_SHAPE;

/**
 * One UpdateItem that appends a returning person's addition to their case, with the retention,
 * withdrawal and Case Review notice it brings. No condition on the list's length: DynamoDB applies
 * each list_append to the list as it stands, so two additions at the same moment are both kept, in
 * the order they land. The condition is only that the case is still an ordinary submission within
 * its retention: an erased one is not brought back as a stub holding only additions, and an expired
 * one TTL has not swept yet is not given a new life. 'gone' then, and nothing is written.
 */
export const appendAddition = async (
  db: DynamoDBDocumentClient,
  tableName: string,
  reference: string,
  change: AdditionChange,
): Promise<'saved' | 'gone'> => {
  const names: Record<string, string> = {
    '#pk': PK.name,
    '#kind': KIND,
    '#expires': TTL,
    '#additions': 'additions',
  };
  const values: Record<string, unknown> = {
    ':none': [],
    ':addition': [change.addition],
    ':submission': kinds.submission,
    ':now': Math.floor(Date.parse(change.addition.at) / 1000),
    ':expiresAt': change.expiresAt,
  };
  const set = [
    '#additions = list_append(if_not_exists(#additions, :none), :addition)',
    '#expires = :expiresAt',
  ];
  for (const field of ['withdrawnAt', 'caseReviewNoticeAt'] as const) {
    const value = change[field];
    if (value === undefined) continue;
    names[`#${field}`] = field;
    values[`:${field}`] = value;
    set.push(`#${field} = :${field}`);
  }
  try {
    await db.send(
      new UpdateCommand({
        TableName: tableName,
        Key: { [PK.name]: reference },
        UpdateExpression: `SET ${set.join(', ')}`,
        ConditionExpression: 'attribute_exists(#pk) AND #kind = :submission AND #expires > :now',
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
      }),
    );
    return 'saved';
  } catch (error) {
    if (isConditionFailure(error)) return 'gone';
    throw error;
  }
};
