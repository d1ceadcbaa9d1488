import { DeleteCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { STAFF_TABLE_SHAPE } from '../contract/service-contract.ts';
import { SESSION_PREFIX, SESSION_SORT_KEY } from './dynamodb-staff-store.ts';
import { TableAdapter } from './table-adapter.ts';

const { partitionKey: PK, sortKey: SK } = STAFF_TABLE_SHAPE;

/**
 * Ends every workspace session of one member of staff, for the operator tools: someone taken out
 * of a team or the admins group keeps what their session granted at sign-in until it ends, so
 * removing them from the group is followed by this. A Scan of the staff table, which holds only
 * live sessions, sign-ins under way and audit entries; the staff function has no Scan permission.
 */
export class DynamoSessionRevocation extends TableAdapter {
  /**
   * Deletes the sessions whose member has this subject or email address; returns how many. An
   * email address is matched whatever its case (Jo@Example.org is jo@example.org), which a
   * DynamoDB filter cannot do, so every session's member is read and compared here.
   */
  async endSessionsOf(who: string): Promise<number> {
    const email = who.trim().toLowerCase();
    const theirs = (item: Record<string, unknown>) => {
      const member = item.member as { sub?: unknown; email?: unknown } | undefined;
      return (
        member?.sub === who || (typeof member?.email === 'string' && member.email.toLowerCase() === email)
      );
    };
    let ended = 0;
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await this.client.send(
        new ScanCommand({
          TableName: this.tableName,
          FilterExpression: 'begins_with(#pk, :session)',
          ExpressionAttributeNames: { '#pk': PK.name, '#member': 'member', '#sub': 'sub', '#email': 'email' },
          ExpressionAttributeValues: { ':session': SESSION_PREFIX },
          ProjectionExpression: '#pk, #member.#sub, #member.#email',
          ExclusiveStartKey: startKey,
        }),
      );
      for (const item of (page.Items ?? []).filter(theirs)) {
        await this.client.send(
          new DeleteCommand({
            TableName: this.tableName,
            Key: { [PK.name]: item[PK.name], [SK.name]: SESSION_SORT_KEY },
          }),
        );
        ended += 1;
      }
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    return ended;
  }
}
