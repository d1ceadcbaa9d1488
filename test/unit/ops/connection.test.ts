import { describe, expect, it } from 'vitest';
import { resolveConnection } from '../../../ops/connection.ts';
import { OpsError } from '../../../ops/errors.ts';
import { explainError } from '../../../ops/explain-error.ts';

const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:8000'), { code: 'ECONNREFUSED' });

describe('where the tools connect', () => {
  it('uses the local twin when no table is named', () => {
    expect(resolveConnection({}, {})).toEqual({
      tableName: 'restorative-submissions',
      staffTableName: 'restorative-staff',
      region: 'eu-west-2',
      endpoint: 'http://localhost:8000',
      sesEndpoint: 'http://localhost:8005',
      local: true,
    });
  });

  it('finds a twin started on other ports (DYNAMODB_PORT, SES_PORT)', () => {
    expect(resolveConnection({}, { DYNAMODB_PORT: '9100', SES_PORT: '9105' })).toMatchObject({
      endpoint: 'http://localhost:9100',
      sesEndpoint: 'http://localhost:9105',
    });
    // A table named means AWS: the twin's ports do not apply there.
    expect(resolveConnection({ table: 'prod' }, { DYNAMODB_PORT: '9100' }).endpoint).toBeUndefined();
  });

  it('uses AWS, with no endpoints, when a table is named by flag or environment', () => {
    expect(resolveConnection({ table: 'prod-submissions' }, { AWS_REGION: 'eu-west-1' })).toEqual({
      tableName: 'prod-submissions',
      region: 'eu-west-1',
      local: false,
    });
    expect(resolveConnection({}, { OPS_TABLE_NAME: 'prod-submissions' })).toMatchObject({ local: false });
  });

  it('names the staff table (the audit trail erase writes to) only when told, on AWS', () => {
    expect(resolveConnection({ table: 'prod' }, {})).not.toHaveProperty('staffTableName');
    expect(
      resolveConnection({}, { OPS_TABLE_NAME: 'prod', OPS_STAFF_TABLE_NAME: 'prod-staff' }),
    ).toMatchObject({
      staffTableName: 'prod-staff',
    });
    expect(
      resolveConnection({ table: 'prod', staffTable: 'a' }, { OPS_STAFF_TABLE_NAME: 'b' }).staffTableName,
    ).toBe('a');
  });

  it('lets flags win over the environment', () => {
    const c = resolveConnection(
      { table: 'a', region: 'us-east-1', endpoint: 'http://127.0.0.1:9000' },
      { OPS_TABLE_NAME: 'b', AWS_REGION: 'eu-west-1', DYNAMODB_ENDPOINT: 'http://127.0.0.1:1' },
    );
    expect(c).toMatchObject({ tableName: 'a', region: 'us-east-1', endpoint: 'http://127.0.0.1:9000' });
  });

  it('refuses an endpoint that is not a URL', () => {
    expect(() => resolveConnection({ endpoint: 'localhost:8000' }, {})).toThrow('--endpoint must be a URL');
  });
});

describe('error messages', () => {
  const local = resolveConnection({}, {});
  const aws = resolveConnection({ table: 'prod' }, { AWS_REGION: 'eu-west-2' });

  it('points at the twin when the local table cannot be reached', () => {
    expect(explainError(refused, local)).toBe(
      'Cannot reach the table restorative-submissions at http://localhost:8000: is the local twin running? (npm start)',
    );
    const both = Object.assign(new AggregateError([refused, refused]), { code: undefined });
    expect(explainError(both, local)).toContain('is the local twin running?');
  });

  it('names the table and region on AWS', () => {
    expect(explainError(refused, aws)).toBe(
      'Cannot reach the table prod in eu-west-2: check the network, the region and any --endpoint.',
    );
    const missing = Object.assign(new Error('Requested resource not found'), {
      name: 'ResourceNotFoundException',
    });
    expect(explainError(missing, aws)).toBe(
      'There is no table prod in eu-west-2: check --table and --region.',
    );
  });

  it('passes operator errors through and keeps others to one line', () => {
    expect(explainError(new OpsError('Nothing was erased.'), local)).toBe('Nothing was erased.');
    const odd = new TypeError('first line\nsecond line');
    expect(explainError(odd, local)).toBe(
      'Something went wrong: TypeError: first line (set OPS_DEBUG=1 to see the details).',
    );
  });
});
