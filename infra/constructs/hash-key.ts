import { RemovalPolicy } from 'aws-cdk-lib';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { acknowledge } from '../acknowledge.ts';
import type { ServiceFunction } from './service-function.ts';

/**
 * The key for keyed hashes (functions/security/keyed-hash.ts): the duplicate guard hashes the
 * browser's address with it, so the guard cannot be reversed into an IP address by trying them
 * all, and the notifier the email addresses it limits to one confirmation a day. Like the origin-verify secret, functions get it as a CloudFormation dynamic reference, so it
 * is never in the template or cdk.out and the functions need no Secrets Manager client or
 * permission at run time; it reaches only the functions named with `usedBy`.
 */
export class HashKey extends Construct {
  readonly secret: Secret;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.secret = new Secret(this, 'Secret', {
      description: 'Key for the keyed hashes of the duplicate guard (HASH_KEY); never leaves the functions',
      generateSecretString: { passwordLength: 64, excludePunctuation: true, includeSpace: false },
      removalPolicy: RemovalPolicy.DESTROY,
    });
    acknowledge(
      this.secret,
      'AwsSolutions-SMG4',
      'The hash key only keys duplicate guards that expire within a day, and functions read it when CloudFormation deploys them, so a rotation Lambda would change a value nothing re-reads. A new key (replace the secret and deploy) costs at most a duplicate caught by neither guard on a retry that spans the deployment.',
    );
  }

  /** Gives a function the key (functions/config/runtime.ts, HASH_KEY). */
  usedBy(fn: ServiceFunction): void {
    fn.lambda.addEnvironment('HASH_KEY', this.secret.secretValue.unsafeUnwrap());
  }
}
