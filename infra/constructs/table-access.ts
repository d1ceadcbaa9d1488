import type { TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';

type DynamoAction = `dynamodb:${string}`;

/** A set of item actions on the table, or on one of its indexes, with optional IAM conditions. */
export interface TableGrant {
  readonly actions: readonly DynamoAction[];
  /** Grant on this index (e.g. Query on byFormAndDate) instead of the table. */
  readonly index?: string;
  readonly conditions?: Record<string, Record<string, unknown>>;
}

export interface TableAccess {
  readonly grants: readonly TableGrant[];
}

const WRITES = new Set<string>([
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:BatchWriteItem',
]);

/**
 * Explicit statements for the grants, plus the use of the table's customer-managed key: reading
 * needs Decrypt; writing also needs Encrypt and GenerateDataKey. Nothing else, no wildcards.
 */
export const tableAccessStatements = (table: TableV2, access: TableAccess): PolicyStatement[] => {
  const statements = access.grants.map(
    (grant) =>
      new PolicyStatement({
        actions: [...grant.actions],
        resources: [grant.index ? `${table.tableArn}/index/${grant.index}` : table.tableArn],
        ...(grant.conditions ? { conditions: grant.conditions } : {}),
      }),
  );
  if (table.encryptionKey) {
    const writes = access.grants.some((g) => g.actions.some((a) => WRITES.has(a)));
    statements.push(
      new PolicyStatement({
        actions: [
          'kms:Decrypt',
          'kms:DescribeKey',
          ...(writes ? ['kms:Encrypt', 'kms:GenerateDataKey'] : []),
        ],
        resources: [table.encryptionKey.keyArn],
      }),
    );
  }
  return statements;
};
