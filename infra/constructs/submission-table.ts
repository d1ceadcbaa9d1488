import { RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, Billing, StreamViewType, TableEncryptionV2, TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { Key } from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';
import { TABLE_SHAPE } from '../../functions/contract/service-contract.ts';

const ATTRIBUTE_TYPES = {
  S: AttributeType.STRING,
  N: AttributeType.NUMBER,
  B: AttributeType.BINARY,
} as const;
/** A contract attribute ({name, type: 'S'}) as CDK's attribute. */
export const attribute = (a: { readonly name: string; readonly type: keyof typeof ATTRIBUTE_TYPES }) => ({
  name: a.name,
  type: ATTRIBUTE_TYPES[a.type],
});

interface IndexShape {
  readonly indexName: string;
  readonly partitionKey: Parameters<typeof attribute>[0];
  readonly sortKey: Parameters<typeof attribute>[0];
}

/** A contract index as CDK's global secondary index (all attributes projected). */
export const globalIndex = (index: IndexShape) => ({
  indexName: index.indexName,
  partitionKey: attribute(index.partitionKey),
  sortKey: attribute(index.sortKey),
});

/** A rotating customer-managed key that outlives the stack, for one table. */
export const tableKey = (scope: Construct, description: string) =>
  new Key(scope, 'Key', { description, enableKeyRotation: true, removalPolicy: RemovalPolicy.RETAIN });

/**
 * What every table of the service shares: on-demand, point-in-time recovery, encrypted under its
 * own key, protected from deletion and kept when the stack goes.
 */
export const protectedTable = (key: Key) => ({
  billing: Billing.onDemand(),
  pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
  encryption: TableEncryptionV2.customerManagedKey(key),
  deletionProtection: true,
  removalPolicy: RemovalPolicy.RETAIN,
});

/**
 * The submissions table, built from TABLE_SHAPE (the same definition the local twin uses), under
 * its own rotating customer-managed key. Both outlive the stack: deleting the stack never deletes
 * people's submissions; see docs/deploy.md for removing them on purpose.
 */
export class SubmissionTable extends Construct {
  readonly table: TableV2;
  readonly key: Key;

  constructor(scope: Construct, id: string) {
    super(scope, id);

    this.key = tableKey(this, 'Encrypts the submissions table, its index, stream and backups');

    // The by-form index feeds the monthly report; the by-team index, the staff inbox. Guard items
    // carry neither formId nor team, so both hold submissions only.
    const { byFormIndex, byTeamIndex } = TABLE_SHAPE;
    this.table = new TableV2(this, 'Table', {
      partitionKey: attribute(TABLE_SHAPE.partitionKey),
      globalSecondaryIndexes: [globalIndex(byFormIndex), globalIndex(byTeamIndex)],
      timeToLiveAttribute: TABLE_SHAPE.timeToLiveAttribute,
      dynamoStream: StreamViewType[TABLE_SHAPE.streamViewType],
      ...protectedTable(this.key),
    });
  }
}
