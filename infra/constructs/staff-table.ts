import { StreamViewType } from 'aws-cdk-lib/aws-dynamodb';
import type { Construct } from 'constructs';
import { STAFF_TABLE_SHAPE } from '../../functions/contract/service-contract.ts';
import { attribute, globalIndex, KeptTable } from './submission-table.ts';

/**
 * The staff table, built from STAFF_TABLE_SHAPE (as the local twin builds it): sessions, sign-ins
 * in progress and the audit trail, under its own rotating customer-managed key. Its stream feeds
 * the audit archive (infra/constructs/audit-archive.ts), which keeps every audit entry where no one
 * can change it. Like the submissions table it outlives the stack, because the audit trail is the
 * record of who saw and erased which submission.
 */
export class StaffTable extends KeptTable {
  constructor(scope: Construct, id: string) {
    super(scope, id, 'Encrypts the staff table (sessions and audit trail), its index, stream and backups', {
      partitionKey: attribute(STAFF_TABLE_SHAPE.partitionKey),
      sortKey: attribute(STAFF_TABLE_SHAPE.sortKey),
      globalSecondaryIndexes: [globalIndex(STAFF_TABLE_SHAPE.byActorIndex)],
      // Sessions and sign-ins expire in minutes to hours, audit entries after years.
      timeToLiveAttribute: STAFF_TABLE_SHAPE.timeToLiveAttribute,
      dynamoStream: StreamViewType[STAFF_TABLE_SHAPE.streamViewType],
    });
  }
}
