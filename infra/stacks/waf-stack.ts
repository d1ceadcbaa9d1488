import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import { CfnWebACL } from 'aws-cdk-lib/aws-wafv2';
import type { Construct } from 'constructs';
import { API_PREFIX, STAFF_PATHS, STAFF_PREFIX } from '../../functions/contract/service-contract.ts';

export interface WafStackProps extends StackProps {
  /** Form posts one IP address may make in five minutes before WAF answers 429 for a while. */
  readonly postRequestsPerFiveMinutes: number;
  /** Staff workspace posts and sign-in requests one IP address may make in five minutes. */
  readonly staffRequestsPerFiveMinutes: number;
}

const visibility = (metricName: string): CfnWebACL.VisibilityConfigProperty => ({
  cloudWatchMetricsEnabled: true,
  metricName,
  sampledRequestsEnabled: true,
});

const byteMatch = (
  fieldToMatch: CfnWebACL.FieldToMatchProperty,
  positionalConstraint: 'STARTS_WITH' | 'EXACTLY',
  searchString: string,
): CfnWebACL.StatementProperty => ({
  byteMatchStatement: {
    fieldToMatch,
    positionalConstraint,
    searchString,
    textTransformations: [{ priority: 0, type: 'NONE' }],
  },
});

const TOO_MANY = 'too-many-submissions';
const TOO_MANY_STAFF = 'too-many-staff-requests';

/**
 * What the staff rule counts: every POST under /staff/ (actions, sign-out) and every request to
 * the sign-in and callback addresses, whatever the method (each one starts or finishes a sign-in
 * and writes to the staff table). Reading pages while signed in is not counted.
 */
export const STAFF_RATE_LIMITED_PATHS = [STAFF_PATHS.signIn, STAFF_PATHS.callback] as const;

/**
 * The CloudFront web ACL. CLOUDFRONT-scope ACLs can only live in us-east-1, hence a stack of its
 * own; the service stack reads its ARN through a cross-region reference.
 */
export class WafStack extends Stack {
  readonly webAclArn: string;

  constructor(scope: Construct, id: string, props: WafStackProps) {
    super(scope, id, props);

    const acl = new CfnWebACL(this, 'WebAcl', {
      scope: 'CLOUDFRONT',
      description:
        'Restorative forms: limits form posts and staff sign-ins per address and filters common attacks',
      defaultAction: { allow: {} },
      visibilityConfig: visibility('restorative-forms'),
      customResponseBodies: {
        [TOO_MANY]: {
          contentType: 'TEXT_PLAIN',
          content:
            'Too many forms have been sent from your network. Please wait a few minutes and try again.',
        },
        [TOO_MANY_STAFF]: {
          contentType: 'TEXT_PLAIN',
          content:
            'Too many sign-ins or changes have come from your network. Please wait a few minutes and try again.',
        },
      },
      rules: [
        {
          name: 'LimitFormPostsPerIp',
          priority: 0,
          action: { block: { customResponse: { responseCode: 429, customResponseBodyKey: TOO_MANY } } },
          statement: {
            rateBasedStatement: {
              limit: props.postRequestsPerFiveMinutes,
              evaluationWindowSec: 300,
              aggregateKeyType: 'IP',
              scopeDownStatement: {
                andStatement: {
                  statements: [
                    byteMatch({ uriPath: {} }, 'STARTS_WITH', API_PREFIX),
                    byteMatch({ method: {} }, 'EXACTLY', 'POST'),
                  ],
                },
              },
            },
          },
          visibilityConfig: visibility('limit-form-posts-per-ip'),
        },
        {
          name: 'LimitStaffRequestsPerIp',
          priority: 1,
          action: {
            block: { customResponse: { responseCode: 429, customResponseBodyKey: TOO_MANY_STAFF } },
          },
          statement: {
            rateBasedStatement: {
              limit: props.staffRequestsPerFiveMinutes,
              evaluationWindowSec: 300,
              aggregateKeyType: 'IP',
              scopeDownStatement: {
                andStatement: {
                  statements: [
                    byteMatch({ uriPath: {} }, 'STARTS_WITH', STAFF_PREFIX),
                    {
                      orStatement: {
                        statements: [
                          byteMatch({ method: {} }, 'EXACTLY', 'POST'),
                          ...STAFF_RATE_LIMITED_PATHS.map((path) =>
                            byteMatch({ uriPath: {} }, 'EXACTLY', path),
                          ),
                        ],
                      },
                    },
                  ],
                },
              },
            },
          },
          visibilityConfig: visibility('limit-staff-requests-per-ip'),
        },
        {
          name: 'AWSManagedRulesCommonRuleSet',
          priority: 2,
          overrideAction: { none: {} },
          statement: {
            managedRuleGroupStatement: {
              vendorName: 'AWS',
              name: 'AWSManagedRulesCommonRuleSet',
              // The group blocks bodies over 8 KB; a referral's free-text answers may be longer
              // (the API itself refuses bodies over 64 KB), so that rule only counts.
              ruleActionOverrides: [{ name: 'SizeRestrictions_BODY', actionToUse: { count: {} } }],
            },
          },
          visibilityConfig: visibility('aws-common-rule-set'),
        },
      ],
    });

    this.webAclArn = acl.attrArn;
    new CfnOutput(this, 'WebAclArn', { value: acl.attrArn });
  }
}
