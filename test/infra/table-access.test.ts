import { App, Stack } from 'aws-cdk-lib';
import { describe, expect, it } from 'vitest';
import { SubmissionTable } from '../../infra/constructs/submission-table.ts';
import { tableAccessStatements } from '../../infra/constructs/table-access.ts';

const statementsFor = (grants: Parameters<typeof tableAccessStatements>[1]['grants']) => {
  const stack = new Stack(new App(), 'Test');
  const { table } = new SubmissionTable(stack, 'Submissions');
  return tableAccessStatements(table, { grants }).map((st) => stack.resolve(st.toStatementJson()));
};

describe('table access statements', () => {
  it('need only Decrypt and DescribeKey on the key for reads', () => {
    const [, key] = statementsFor([{ actions: ['dynamodb:GetItem'] }]);
    expect(key.Action).toEqual(['kms:Decrypt', 'kms:DescribeKey']);
  });

  it('add Encrypt and GenerateDataKey for writes', () => {
    const [, key] = statementsFor([{ actions: ['dynamodb:PutItem'] }]);
    expect(key.Action).toEqual(['kms:Decrypt', 'kms:DescribeKey', 'kms:Encrypt', 'kms:GenerateDataKey']);
  });

  it('can target one index, e.g. Query on byFormAndDate for a report', () => {
    const [query] = statementsFor([{ actions: ['dynamodb:Query'], index: 'byFormAndDate' }]);
    expect(query.Resource).toEqual({
      'Fn::Join': [
        '',
        [{ 'Fn::GetAtt': [expect.stringMatching(/^SubmissionsTable/), 'Arn'] }, '/index/byFormAndDate'],
      ],
    });
  });
});
