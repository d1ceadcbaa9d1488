import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import { CfnWebACL } from 'aws-cdk-lib/aws-wafv2';
import type { Construct } from 'constructs';
import type { ServiceConfig } from '../../functions/config/schema.ts';
import {
  API_PREFIX,
  PATHS,
  RETURN_PATHS,
  STAFF_PATHS,
  STAFF_PREFIX,
} from '../../functions/contract/service-contract.ts';
import { type Html, html } from '../../functions/html/html.ts';
import { localisedPath } from '../../functions/i18n/languages.ts';
import { localiseConfig } from '../../functions/i18n/localise-config.ts';
import { type SiteKey, tPage } from '../../functions/i18n/page-text.ts';
import { t } from '../../functions/i18n/ui.ts';

export interface WafStackProps extends StackProps {
  /** The service's configuration: its languages, names and phone numbers, for the 429 page. */
  readonly config: ServiceConfig;
  /** Requests of any kind to /api/* one IP address may make in five minutes. */
  readonly apiRequestsPerFiveMinutes: number;
  /** Form posts one IP address may make in five minutes before WAF answers 429 for a while. */
  readonly postRequestsPerFiveMinutes: number;
  /** Staff workspace posts and sign-in requests one IP address may make in five minutes. */
  readonly staffRequestsPerFiveMinutes: number;
  /** Slice 21-access: requests to /return/ (every language) one IP address may make in five minutes. */
  readonly returnRequestsPerFiveMinutes: number;
}

const visibility = (metricName: string): CfnWebACL.VisibilityConfigProperty => ({
  cloudWatchMetricsEnabled: true,
  metricName,
  sampledRequestsEnabled: true,
});

const byteMatch = (
  fieldToMatch: CfnWebACL.FieldToMatchProperty,
  positionalConstraint: 'STARTS_WITH' | 'EXACTLY' | 'CONTAINS',
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
const TOO_MANY_JSON = 'too-many-submissions-json';
const TOO_MANY_STAFF = 'too-many-staff-requests';
const TOO_MANY_RETURN = 'too-many-return-requests';

/**
 * The label the two /api/* rate rules put on a request from an address over its limit. They only
 * count and label; the two rules after them answer 429, with a page for a browser that asked for
 * HTML (a form posted without JavaScript) and JSON, in the API's error shape, for the rest.
 */
export const TOO_MANY_LABEL = 'restorative:too-many-api-requests';

/** WAF's custom bodies may be at most 4 KB. */
export const WAF_BODY_LIMIT = 4096;

const page = (title: string, main: Html): string =>
  String(
    html`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head><body><main>${main}</main></body></html>`,
  );

/**
 * WAF's own page for a browser over the limit (it takes the place of CloudFront's error pages):
 * small, no script, no style, and in every language the deployment offers, a section each, from
 * the catalogues, with the danger notice and a way back to the start.
 */
export const tooManyPage = (config: ServiceConfig): string =>
  page(
    tPage('en', 'tooMany.title'),
    html`${config.languages.map((language) => {
      const local = localiseConfig(config, language);
      const { emergency, nonEmergency } = config.phoneNumbers;
      const say = (key: SiteKey) =>
        tPage(language, key, { emergency, nonEmergency, service: local.serviceName });
      return html`<div lang="${language}"><h1>${say('tooMany.title')}</h1><p>${say('form.tooMany')}</p><p>${say('notice.danger')}</p><p><a href="${localisedPath(PATHS.home, language)}">${say('page.goToStart')}</a></p></div>`;
    })}`,
  );

/** The staff workspace's page over its limit (the workspace is in English). */
export const staffTooManyPage = (): string =>
  page(
    'Too many requests',
    html`<h1>Too many requests</h1><p>Too many sign-ins or changes have come from your network. Please wait a few minutes and try again.</p><p><a href="${STAFF_PREFIX}">Go to the workspace</a></p>`,
  );

/** Requests under any language's /return/ prefix (WAF needs an or-statement for two or more). */
const returnPathsStatement = (languages: readonly string[]): CfnWebACL.StatementProperty => {
  const each = languages.map((language) =>
    byteMatch({ uriPath: {} }, 'STARTS_WITH', RETURN_PATHS.prefix(language)),
  );
  return each.length === 1 && each[0] ? each[0] : { orStatement: { statements: each } };
};

/** The /return/ pages' page over their limit, in every language offered (a sign-in form cannot be the API's JSON). */
export const returnTooManyPage = (config: ServiceConfig): string =>
  page(
    t('en', 'return.tooMany.title'),
    html`${config.languages.map(
      (language) =>
        html`<div lang="${language}"><h1>${t(language, 'return.tooMany.title')}</h1><p>${t(language, 'return.tooMany')}</p><p><a href="${RETURN_PATHS.start(language)}">${t(language, 'return.signIn.title')}</a></p></div>`,
    )}`,
  );

const labelled: CfnWebACL.StatementProperty = {
  labelMatchStatement: { scope: 'LABEL', key: TOO_MANY_LABEL },
};

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
        [TOO_MANY]: { contentType: 'TEXT_HTML', content: tooManyPage(props.config) },
        // For programs; the site's script words a 429 itself, in the page's language.
        [TOO_MANY_JSON]: {
          contentType: 'APPLICATION_JSON',
          content: JSON.stringify({ errors: [{ field: '', message: t('en', 'form.tooMany') }] }),
        },
        [TOO_MANY_STAFF]: { contentType: 'TEXT_HTML', content: staffTooManyPage() },
        [TOO_MANY_RETURN]: { contentType: 'TEXT_HTML', content: returnTooManyPage(props.config) },
      },
      rules: [
        {
          // Every request to the API (lists, schemas, confirmations, posts), not only posts.
          name: 'LimitApiRequestsPerIp',
          priority: 0,
          action: { count: {} },
          ruleLabels: [{ name: TOO_MANY_LABEL }],
          statement: {
            rateBasedStatement: {
              limit: props.apiRequestsPerFiveMinutes,
              evaluationWindowSec: 300,
              aggregateKeyType: 'IP',
              scopeDownStatement: byteMatch({ uriPath: {} }, 'STARTS_WITH', API_PREFIX),
            },
          },
          visibilityConfig: visibility('limit-api-requests-per-ip'),
        },
        {
          name: 'LimitFormPostsPerIp',
          priority: 1,
          action: { count: {} },
          ruleLabels: [{ name: TOO_MANY_LABEL }],
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
          name: 'TooManyApiRequestsPage',
          priority: 2,
          action: { block: { customResponse: { responseCode: 429, customResponseBodyKey: TOO_MANY } } },
          statement: {
            andStatement: {
              statements: [
                labelled,
                {
                  byteMatchStatement: {
                    fieldToMatch: { singleHeader: { Name: 'accept' } },
                    positionalConstraint: 'CONTAINS',
                    searchString: 'text/html',
                    textTransformations: [{ priority: 0, type: 'LOWERCASE' }],
                  },
                },
              ],
            },
          },
          visibilityConfig: visibility('too-many-api-requests-page'),
        },
        {
          name: 'TooManyApiRequests',
          priority: 3,
          action: { block: { customResponse: { responseCode: 429, customResponseBodyKey: TOO_MANY_JSON } } },
          statement: labelled,
          visibilityConfig: visibility('too-many-api-requests'),
        },
        {
          name: 'LimitStaffRequestsPerIp',
          priority: 4,
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
          // Slice 21-access: every request to the way back in, per address, on top of the
          // function's own per-reference and per-address counts of wrong codes.
          name: 'LimitReturnRequestsPerIp',
          priority: 5,
          action: {
            block: { customResponse: { responseCode: 429, customResponseBodyKey: TOO_MANY_RETURN } },
          },
          statement: {
            rateBasedStatement: {
              limit: props.returnRequestsPerFiveMinutes,
              evaluationWindowSec: 300,
              aggregateKeyType: 'IP',
              scopeDownStatement: returnPathsStatement(props.config.languages),
            },
          },
          visibilityConfig: visibility('limit-return-requests-per-ip'),
        },
        {
          name: 'AWSManagedRulesCommonRuleSet',
          priority: 6,
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
