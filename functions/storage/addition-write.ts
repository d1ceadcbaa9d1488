import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  type DynamoDBDocumentClient,
  GetCommand,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { TABLE_SHAPE } from '../contract/service-contract.ts';
import type { AdditionChange } from '../returning/actions.ts';
import { extendCaseItems } from './case-items.ts';
import { isConditionFailure } from './condition-failure.ts';
import { findTokenItems } from './find-tokens.ts';

const { partitionKey: PK, kindAttribute: KIND, kinds, timeToLiveAttribute: TTL } = TABLE_SHAPE;

/**
 * Whether the case already holds this addition (its id among additionIds), read alone: the return
 * function is never given the case's answers, so not the whole item a refused write could return.
 */
const alreadyAppended = async (
  db: DynamoDBDocumentClient,
  tableName: string,
  reference: string,
  id: string,
): Promise<boolean> => {
  const { Item } = await db.send(
    new GetCommand({
      TableName: tableName,
      Key: { [PK.name]: reference },
      ProjectionExpression: '#ids',
      ExpressionAttributeNames: { '#ids': 'additionIds' },
      ConsistentRead: true,
    }),
  );
  return ((Item?.additionIds as string[] | undefined) ?? []).includes(id);
};

/** Why a transaction was refused at the record (its first item), if it was. */
const recordReason = (error: unknown): string | undefined =>
  error instanceof TransactionCanceledException ? error.CancellationReasons?.[0]?.Code : undefined;

/** How often a transaction crossed by another write to the case (a double click) is tried. */
const TRANSACTION_TRIES = 3;

/**
 * The write of an addition that brings token items, in one transaction. On AWS two at the same
 * moment on one case cancel each other (TransactionConflict), where two UpdateItems would both
 * land: tried again, so a double click is kept once and said saved to both, as without tokens.
 */
const transact = async (db: DynamoDBDocumentClient, command: TransactWriteCommand): Promise<void> => {
  for (let tries = 1; ; tries += 1) {
    try {
      await db.send(command);
      return;
    } catch (error) {
      if (recordReason(error) !== 'TransactionConflict' || tries >= TRANSACTION_TRIES) throw error;
    }
  }
};

/**
 * One UpdateItem that appends a returning person's addition to their case, with the retention,
 * withdrawal and Case Review notice it brings (with a contact change's new details, their search
 * token items too, in one transaction). No condition on the list's length: DynamoDB applies
 * each list_append to the list as it stands, so two additions at the same moment are both kept, in
 * the order they land. The condition is only that the case is still an ordinary submission within
 * its retention: an erased one is not brought back as a stub holding only additions, and an expired
 * one TTL has not swept yet is not given a new life. 'gone' then, and nothing is written. The
 * addition's id is kept in additionIds too, so the same page sent twice is appended once. Then the
 * items that expire with the case (its search tokens and upload claims) take its new expiry
 * (extendCaseItems).
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
    '#ids': 'additionIds',
  };
  const values: Record<string, unknown> = {
    ':none': [],
    ':addition': [change.addition],
    ':ids': [change.addition.id],
    ':id': change.addition.id,
    ':submission': kinds.submission,
    ':now': Math.floor(Date.parse(change.addition.at) / 1000),
    ':expiresAt': change.expiresAt,
  };
  const set = [
    '#additions = list_append(if_not_exists(#additions, :none), :addition)',
    '#ids = list_append(if_not_exists(#ids, :none), :ids)',
    '#expires = :expiresAt',
  ];
  // A contact change's new details: their token items, listed on the record in the same write.
  const tokens = change.find
    ? findTokenItems(
        { reference, ...change.find, expiresAt: change.expiresAt },
        change.find.tokens,
        change.addition.id,
      )
    : [];
  if (tokens.length > 0) {
    names['#findKeys'] = 'findKeys';
    values[':findKeys'] = tokens.map((item) => item[PK.name]);
    set.push('#findKeys = list_append(if_not_exists(#findKeys, :none), :findKeys)');
  }
  for (const field of ['withdrawnAt', 'caseReviewNoticeAt'] as const) {
    const value = change[field];
    if (value === undefined) continue;
    names[`#${field}`] = field;
    values[`:${field}`] = value;
    set.push(`#${field} = :${field}`);
  }
  const update = {
    TableName: tableName,
    Key: { [PK.name]: reference },
    UpdateExpression: `SET ${set.join(', ')}`,
    ConditionExpression:
      'attribute_exists(#pk) AND #kind = :submission AND #expires > :now AND NOT contains(#ids, :id)',
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: values,
  };
  try {
    // With token items, one transaction: the record never lists one that is not there, nor one
    // written for a case erased meanwhile outlives it.
    if (tokens.length === 0) await db.send(new UpdateCommand(update));
    else
      await transact(
        db,
        new TransactWriteCommand({
          TransactItems: [
            { Update: update },
            ...tokens.map((Item) => ({ Put: { TableName: tableName, Item } })),
          ],
        }),
      );
  } catch (error) {
    if (!isConditionFailure(error) && recordReason(error) !== 'ConditionalCheckFailed') throw error;
    // The same page sent twice (a double click, a refresh of the page after): kept once, and saved.
    if (!(await alreadyAppended(db, tableName, reference, change.addition.id))) return 'gone';
  }
  // The case's search tokens and upload claims are kept as long as the case (again on a repeat, in case the first
  // stopped between the two writes).
  await extendCaseItems(db, tableName, reference, change.expiresAt);
  return 'saved';
};
