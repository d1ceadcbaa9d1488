import { type DynamoDBDocumentClient, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { caseLookup } from '../contract/lookup-keys.ts';
import { TABLE_SHAPE } from '../contract/service-contract.ts';
import type { StepEntry } from '../progress/types.ts';
import { isConditionFailure } from './condition-failure.ts';

const { partitionKey: PK } = TABLE_SHAPE;

/** A change to a submission's progress: a new entry (or none, to assign only), its status and assignee. */
export interface ProgressChange {
  entry?: StepEntry;
  status: string;
  /** Who it is assigned to afterwards; undefined leaves it unassigned. */
  assignee: string | undefined;
  /** The case's team, and whether its status afterwards closes it: what its look-up key follows. */
  team: string;
  closed: boolean;
  /** What the record held when it was read: the write fails if either has changed since. */
  expected: { steps: number; assignee: string | undefined };
}

export type ProgressWriteResult = 'saved' | 'changed';

/**
 * One conditional UpdateItem: append the entry, set status, assignee and look-up key (lookup-keys.ts
 * caseLookup: My work's index), only if the record still has the number of entries and the assignee
 * it was read with. Two people recording at once cannot both win, and nothing is half-saved (the
 * entry, status, assignee and look-up key land together or not at all).
 */
export const writeProgress = async (
  db: DynamoDBDocumentClient,
  tableName: string,
  reference: string,
  change: ProgressChange,
): Promise<ProgressWriteResult> => {
  const names: Record<string, string> = {
    '#pk': PK.name,
    '#steps': 'steps',
    '#status': 'status',
    '#assignee': 'assignee',
    '#lookup': 'lookup',
  };
  const values: Record<string, unknown> = { ':status': change.status };
  const set = ['#status = :status'];
  const conditions = ['attribute_exists(#pk)'];
  if (change.entry) {
    set.push('#steps = list_append(if_not_exists(#steps, :none), :entry)');
    values[':none'] = [];
    values[':entry'] = [change.entry];
  }
  if (change.expected.steps === 0) conditions.push('(attribute_not_exists(#steps) OR size(#steps) = :zero)');
  else conditions.push('size(#steps) = :count');
  values[change.expected.steps === 0 ? ':zero' : ':count'] = change.expected.steps;
  if (change.expected.assignee === undefined) conditions.push('attribute_not_exists(#assignee)');
  else {
    conditions.push('#assignee = :was');
    values[':was'] = change.expected.assignee;
  }
  const lookup = caseLookup(change);
  if (lookup) {
    set.push('#lookup = :lookup');
    values[':lookup'] = lookup;
  }
  const remove = [...(change.assignee === undefined ? ['#assignee'] : []), ...(lookup ? [] : ['#lookup'])];
  if (change.assignee !== undefined) {
    set.unshift('#assignee = :assignee');
    values[':assignee'] = change.assignee;
  }
  const update = `SET ${set.join(', ')}${remove.length ? ` REMOVE ${remove.join(', ')}` : ''}`;
  try {
    await db.send(
      new UpdateCommand({
        TableName: tableName,
        Key: { [PK.name]: reference },
        UpdateExpression: update,
        ConditionExpression: conditions.join(' AND '),
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
      }),
    );
    return 'saved';
  } catch (error) {
    if (isConditionFailure(error)) return 'changed'; // Someone else changed it, or it was erased.
    throw error;
  }
};
