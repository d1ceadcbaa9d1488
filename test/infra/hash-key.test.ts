import type { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  actionsOf,
  dynamicReferenceTo,
  environmentOf,
  logicalId,
  PRODUCTION,
  policyStatementsOf,
  type Synthesized,
  secretIdOf,
  synth,
} from './support/synth.ts';

let s: Synthesized;
let template: Template;
beforeAll(() => {
  s = synth(PRODUCTION);
  template = s.template;
});

const hashKeySecretId = (t: Template): string => secretIdOf(t, 'HashKey');

describe('the duplicate guard’s hash key', () => {
  it('is a generated Secrets Manager secret, never a value in the template', () => {
    const secret = template.toJSON().Resources[hashKeySecretId(template)];
    expect(secret.Properties.GenerateSecretString).toMatchObject({
      PasswordLength: 64,
      ExcludePunctuation: true,
    });
    expect(secret.Properties.SecretString).toBeUndefined();
  });

  it('reaches the submit, notify, re-send and staff functions as a dynamic reference, resolved by CloudFormation', () => {
    // The staff function's erase removes the confirmation claim, kept under a keyed hash of the address.
    for (const fn of [s.service.submit, s.service.notify, s.service.resend, s.service.staff])
      expect(environmentOf(template, logicalId(s.service, fn.lambda)).HASH_KEY).toEqual(
        dynamicReferenceTo(hashKeySecretId(template)),
      );
  });

  it('reaches no function that does not hash, and no role may read the secret', () => {
    for (const fn of [s.service.monthlyReport, s.service.overdue])
      expect(environmentOf(template, logicalId(s.service, fn.lambda)).HASH_KEY).toBeUndefined();
    for (const roleId of Object.keys(template.findResources('AWS::IAM::Role')))
      expect(actionsOf(policyStatementsOf(template, roleId))).not.toContain('secretsmanager:GetSecretValue');
  });
});
