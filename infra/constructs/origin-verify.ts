import { RemovalPolicy } from 'aws-cdk-lib';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { ORIGIN_VERIFY_HEADER } from '../../functions/http/origin-check.ts';
import { acknowledge } from '../acknowledge.ts';
import type { ServiceFunction } from './service-function.ts';

export interface OriginVerifyProps {
  /** deploy.originVerify.generation: raising it replaces the secret, which rotates it. */
  readonly generation: number;
}

/**
 * A secret only CloudFront and the submit function know. An HTTP API can have neither a WAF nor a
 * resource policy, so its execute-api address would let anyone skip CloudFront's WAF; CloudFront
 * sends this secret in the x-origin-verify header and the function refuses requests without it.
 *
 * Both get it as a CloudFormation dynamic reference ({{resolve:secretsmanager:…}}): CloudFormation
 * reads the value at deploy time, so it is never in the template or cdk.out, and the function
 * needs no Secrets Manager client or permission at run time.
 */
export class OriginVerify extends Construct {
  readonly secret: Secret;

  constructor(scope: Construct, id: string, props: OriginVerifyProps) {
    super(scope, id);

    // CloudFormation re-reads a dynamic reference only when its text changes, so a new value under
    // the same secret would never reach CloudFront or the function. A new generation is a new
    // secret (a new ARN), which changes both references; the old one is then deleted.
    this.secret = new Secret(this, `Secret${props.generation}`, {
      description: `Sent by CloudFront to the forms API as ${ORIGIN_VERIFY_HEADER} (generation ${props.generation}); the API refuses requests without it`,
      // Letters and digits only: it travels as an HTTP header value.
      generateSecretString: { passwordLength: 48, excludePunctuation: true, includeSpace: false },
      removalPolicy: RemovalPolicy.DESTROY,
    });
    acknowledge(
      this.secret,
      'AwsSolutions-SMG4',
      'CloudFront and the submit function read this origin-verify secret only when CloudFormation deploys them, so a rotation Lambda would change a value neither re-reads. It is rotated by raising deploy.originVerify.generation and deploying, which replaces the secret and updates both (docs/deploy.md).',
    );
  }

  /** The value as a dynamic reference: it resolves inside CloudFormation, never in the template. */
  get reference(): string {
    return this.secret.secretValue.unsafeUnwrap();
  }

  /** Custom headers for CloudFront's API origin (and only that origin: S3 must not see it). */
  get originHeaders(): Record<string, string> {
    return { [ORIGIN_VERIFY_HEADER]: this.reference };
  }

  /** Gives the function the value to compare with (functions/config/runtime.ts). */
  checkedBy(fn: ServiceFunction): void {
    fn.lambda.addEnvironment('ORIGIN_VERIFY_SECRET', this.reference);
  }
}
