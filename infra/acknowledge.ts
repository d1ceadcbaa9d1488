import { Validations } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';

/**
 * Records why a cdk-nag finding does not apply to a construct (and everything under it). Each
 * finding is acknowledged by its full id, e.g. AwsSolutions-IAM5[Resource::*]: cdk-nag 3 has no
 * prefix matching, so a new kind of finding on the same construct still fails synth.
 */
export const acknowledge = (scope: IConstruct, ids: string | readonly string[], reason: string): void => {
  for (const id of typeof ids === 'string' ? [ids] : ids) Validations.of(scope).acknowledge({ id, reason });
};
