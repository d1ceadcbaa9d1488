import { type DynamoDBDocumentClient, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { TABLE_SHAPE } from '../contract/service-contract.ts';
import type { StepEntry } from '../progress/types.ts';
import type { TimelineEntry } from '../timeline/types.ts';
import { isConditionFailure } from './condition-failure.ts';
import type { ProgressWriteResult } from './progress-write.ts';

const { partitionKey: PK } = TABLE_SHAPE;

/** A contact attempt or note to add to a case's timeline, with a step to record in the same write. */
export interface TimelineAppend {
  entry: TimelineEntry;
  /**
   * First contact recorded from a "spoke" attempt: the step and the status it brings, under the
   * steps' own condition (the record still has the number of steps it was read with).
   */
  step?: { entry: StepEntry; status: string; expectedSteps: number };
}

/**
 * One UpdateItem that appends the entry to the timeline. Its only condition is that the record is
 * there (not erased): no count of entries, so two people logging at once both keep theirs, since
 * DynamoDB applies each list_append to the list as it stands. With a step, the step's condition
 * holds too, and the attempt, the step and the status land together or not at all.
 */
export const appendTimeline = async (
  db: DynamoDBDocumentClient,
  tableName: string,
  reference: string,
  change: TimelineAppend,
): Promise<ProgressWriteResult> => {
  const names: Record<string, string> = { '#pk': PK.name, '#timeline': 'timeline' };
  const values: Record<string, unknown> = { ':none': [], ':entry': [change.entry] };
  const set = ['#timeline = list_append(if_not_exists(#timeline, :none), :entry)'];
  const conditions = ['attribute_exists(#pk)'];
  if (change.step) {
    Object.assign(names, { '#steps': 'steps', '#status': 'status' });
    Object.assign(values, { ':step': [change.step.entry], ':status': change.step.status });
    set.push('#steps = list_append(if_not_exists(#steps, :none), :step)', '#status = :status');
    if (change.step.expectedSteps === 0)
      conditions.push('(attribute_not_exists(#steps) OR size(#steps) = :count)');
    else conditions.push('size(#steps) = :count');
    values[':count'] = change.step.expectedSteps;
  }
  try {
    await db.send(
      new UpdateCommand({
        TableName: tableName,
        Key: { [PK.name]: reference },
        UpdateExpression: `SET ${set.join(', ')}`,
        ConditionExpression: conditions.join(' AND '),
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
      }),
    );
    return 'saved';
  } catch (error) {
    if (isConditionFailure(error)) return 'changed'; // Erased, or (with a step) someone recorded one first.
    throw error;
  }
};
