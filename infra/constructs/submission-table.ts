import { RemovalPolicy } from 'aws-cdk-lib';
import {
  AttributeType,
  Billing,
  StreamViewType,
  TableEncryptionV2,
  type TablePropsV2,
  TableV2,
} from 'aws-cdk-lib/aws-dynamodb';
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

/**
 * A table of the service: on-demand, point-in-time recovery, encrypted under its own rotating
 * customer-managed key, protected from deletion and kept (with its key) when the stack goes.
 */
export class KeptTable extends Construct {
  readonly table: TableV2;
  readonly key: Key;

  constructor(scope: Construct, id: string, keyDescription: string, props: TablePropsV2) {
    super(scope, id);
    this.key = new Key(this, 'Key', {
      description: keyDescription,
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.table = new TableV2(this, 'Table', {
      ...props,
      billing: Billing.onDemand(),
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      encryption: TableEncryptionV2.customerManagedKey(this.key),
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
  }
}

/**
 * The submissions table, built from TABLE_SHAPE (the same definition the local twin uses), under
 * its own rotating customer-managed key. Both outlive the stack: deleting the stack never deletes
 * people's submissions; see docs/deploy.md for removing them on purpose.
 */
export class SubmissionTable extends KeptTable {
  constructor(scope: Construct, id: string) {
    // The by-form index feeds the monthly report; the by-team index, the staff inbox. Guard items
    // carry neither formId nor team, so both hold submissions only. The sparse look-up index holds
    // open cases by assignee or team, and search token items (FIND#…): only items with `lookup`.
    super(scope, id, 'Encrypts the submissions table, its index, stream and backups', {
      partitionKey: attribute(TABLE_SHAPE.partitionKey),
      globalSecondaryIndexes: [
        globalIndex(TABLE_SHAPE.byFormIndex),
        globalIndex(TABLE_SHAPE.byTeamIndex),
        globalIndex(TABLE_SHAPE.byLookupIndex),
      ],
      timeToLiveAttribute: TABLE_SHAPE.timeToLiveAttribute,
      dynamoStream: StreamViewType[TABLE_SHAPE.streamViewType],
    });
  }
}
