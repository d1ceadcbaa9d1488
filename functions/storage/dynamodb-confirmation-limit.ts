import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { TABLE_SHAPE } from '../contract/service-contract.ts';
import { isConditionFailure } from './condition-failure.ts';
import type { ConfirmationLimit } from './confirmation-limit.ts';
import { TableAdapter } from './table-adapter.ts';

const {
  partitionKey: PK,
  kindAttribute: KIND,
  kinds,
  referenceAttribute: REFERENCE,
  timeToLiveAttribute: TTL,
  confirmationLimitPrefix,
} = TABLE_SHAPE;

export const confirmationLimitKey = (addressHash: string): string =>
  `${confirmationLimitPrefix}${addressHash}`;

/**
 * One item per address hash, with a TTL. It has no formId or team, so neither index holds it, and
 * its kind is not a submission, so the stream filter keeps it from the notifier.
 */
export class DynamoConfirmationLimit extends TableAdapter implements ConfirmationLimit {
  async claim(addressHash: string, reference: string, now: Date, until: number): Promise<boolean> {
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: {
            [PK.name]: confirmationLimitKey(addressHash),
            [KIND]: kinds.confirmationLimit,
            [REFERENCE]: reference,
            [TTL]: until,
          },
          // An expired claim (TTL not yet swept) no longer counts; the same submission may claim again.
          ConditionExpression: 'attribute_not_exists(#pk) OR #expires < :now OR #reference = :reference',
          ExpressionAttributeNames: { '#pk': PK.name, '#expires': TTL, '#reference': REFERENCE },
          ExpressionAttributeValues: { ':now': Math.floor(now.getTime() / 1000), ':reference': reference },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }
}
