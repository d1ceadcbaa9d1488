import type { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { PRODUCTION, synth } from './support/synth.ts';

let template: Template;
beforeAll(() => {
  template = synth(PRODUCTION).template;
});

/** Every action any IAM policy in the stack allows. */
const allowedActions = () =>
  Object.values(template.findResources('AWS::IAM::Policy')).flatMap((policy) =>
    (policy.Properties.PolicyDocument.Statement as { Effect: string; Action: string | string[] }[])
      .filter((s) => s.Effect === 'Allow')
      .flatMap((s) => (Array.isArray(s.Action) ? s.Action : [s.Action])),
  );

describe('what the restore drill stands on (docs/deploy.md, "Restore drill")', () => {
  it('keeps 35 days of point-in-time recovery on both tables, which are kept on teardown', () => {
    const tables = Object.values(template.findResources('AWS::DynamoDB::GlobalTable'));
    expect(tables).toHaveLength(2);
    for (const table of tables) {
      expect(table.DeletionPolicy).toBe('Retain');
      for (const replica of table.Properties.Replicas) {
        expect(replica.PointInTimeRecoverySpecification).toEqual({ PointInTimeRecoveryEnabled: true });
        expect(replica.DeletionProtectionEnabled).toBe(true);
      }
    }
  });

  it('gives no role in the stack a way to restore, export, drop or switch off recovery of a table', () => {
    const forbidden = [
      'dynamodb:RestoreTableToPointInTime',
      'dynamodb:ExportTableToPointInTime',
      'dynamodb:UpdateContinuousBackups',
      'dynamodb:DeleteTable',
      'dynamodb:UpdateTable',
      'dynamodb:*',
      '*',
    ];
    expect(allowedActions().filter((action) => forbidden.includes(action))).toEqual([]);
  });
});
