import { Duration } from 'aws-cdk-lib';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import {
  AllowedMethods,
  CachePolicy,
  type Distribution,
  OriginRequestCookieBehavior,
  OriginRequestHeaderBehavior,
  OriginRequestPolicy,
  OriginRequestQueryStringBehavior,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import type { HttpOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import type { TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import {
  ADDITION_ATTRIBUTES,
  RETURN_PATHS,
  RETURN_ROUTE,
  RETURN_SESSION,
  STAFF_TABLE_SHAPE,
  TABLE_SHAPE,
} from '../../functions/contract/service-contract.ts';
import type { Language } from '../../functions/i18n/languages.ts';
import { acknowledge } from '../acknowledge.ts';
import type { EmailSending } from './email-sending.ts';
import type { HashKey } from './hash-key.ts';
import type { OriginVerify } from './origin-verify.ts';
import { addPrefixRoutes, prefixRoutes } from './prefix-routes.ts';
import { securityHeadersPolicy } from './security-headers.ts';
import { ServiceFunction } from './service-function.ts';
import { API_REQUEST_HEADERS } from './site-distribution.ts';

/** Each language's /return/ prefix (RETURN_PATHS.prefix): /return/, /cy/return/. */
export const returnPrefixes = (languages: readonly Language[]): string[] =>
  languages.map((language) => RETURN_PATHS.prefix(language));

/** The API routes to the return function: every page under each language's prefix, and the prefix. */
export const returnRoutes = (languages: readonly Language[]) =>
  prefixRoutes(returnPrefixes(languages), RETURN_ROUTE.methods);

/** The return function may write only its own items in the submissions table, and these attributes of a case. */
export const RETURN_WRITABLE_KEYS = [
  `${TABLE_SHAPE.returnSessionPrefix}*`,
  `${TABLE_SHAPE.returnLimitPrefix}*`,
  // The one-time sign-in links' tokens (keyed hashes), taken once each.
  `${TABLE_SHAPE.returnLinkPrefix}*`,
];
/** What an addition changes on a case: its home is the contract, beside the writes that use it. */
export { ADDITION_ATTRIBUTES };

export interface ReturnPagesProps {
  readonly api: HttpApi;
  readonly submissions: TableV2;
  readonly staffTable: TableV2;
  readonly hashKey: HashKey;
  readonly originVerify: OriginVerify;
  readonly distribution: Distribution;
  readonly apiOrigin: HttpOrigin;
  readonly languages: readonly Language[];
  readonly logRetention: RetentionDays;
  readonly siteUrl: string;
  /** Issue 21: the one-time sign-in link is sent through this identity and configuration set. */
  readonly email: EmailSending;
  readonly senderEmail: string;
}

/**
 * The way back in (issue 21): its own small function behind /return/ and /cy/return/ (CloudFront
 * behaviours to the API origin, API routes), with only what it needs: reading a case, its own
 * session, wrong-code and sign-in link items, appending an addition, adding audit entries, and
 * sending the one-time sign-in link.
 */
export class ReturnPages extends Construct {
  readonly fn: ServiceFunction;

  constructor(scope: Construct, id: string, props: ReturnPagesProps) {
    super(scope, id);
    this.fn = new ServiceFunction(this, 'Function', {
      entry: 'functions/handlers/return.ts',
      invokedBy: 'api-gateway',
      description:
        'Coming back: sign-in with reference and return code, where a case stands, and what a person can add',
      memorySize: 512,
      // A refusal waits a second on purpose (RETURN_LIMITS.failureDelayMs).
      timeout: Duration.seconds(10),
      logRetention: props.logRetention,
      environment: {
        SITE_URL: props.siteUrl,
        SES_CONFIGURATION_SET: props.email.configurationSet.configurationSetName,
      },
    });
    // Issue 21: the one-time sign-in link, from the confirmation's own address and nothing else,
    // and, as the confirmation, never to an address on the account's suppression list.
    this.fn.allow(props.email.sendStatement(props.senderEmail));
    this.fn.allow(props.email.suppressionReadStatement());
    this.fn.useTable(props.submissions, {
      grants: [
        // A case without its answers (a projection), a session, a count of wrong codes.
        { actions: ['dynamodb:GetItem'] },
        {
          actions: ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem'],
          conditions: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': RETURN_WRITABLE_KEYS } },
        },
        {
          actions: ['dynamodb:UpdateItem'],
          conditions: {
            'ForAllValues:StringEquals': { 'dynamodb:Attributes': [...ADDITION_ATTRIBUTES] },
            StringEqualsIfExists: { 'dynamodb:ReturnValues': ['NONE'] },
          },
        },
        // Evidence sent later (issue 22): each upload claimed once, in the write that attaches it;
        // and a contact change's new details' search tokens, written with it.
        {
          actions: ['dynamodb:PutItem'],
          conditions: {
            'ForAllValues:StringLike': {
              'dynamodb:LeadingKeys': [
                `${TABLE_SHAPE.uploadClaimPrefix}*`,
                `${TABLE_SHAPE.findTokenPrefix}*`,
              ],
            },
          },
        },
      ],
    });
    // Every attempt is audited: adding entries (AUDIT#…) and nothing else in the staff table.
    this.fn.useTable(
      props.staffTable,
      {
        grants: [
          {
            actions: ['dynamodb:PutItem'],
            conditions: {
              'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [`${STAFF_TABLE_SHAPE.auditPrefix}*`] },
            },
          },
        ],
      },
      'STAFF_TABLE_NAME',
    );
    props.hashKey.usedBy(this.fn);
    props.originVerify.checkedBy(this.fn);

    const integration = new HttpLambdaIntegration('Return', this.fn.lambda);
    addPrefixRoutes(this, props.api, integration, returnRoutes(props.languages));
    acknowledge(
      this,
      'AwsSolutions-APIG4',
      'A returning person has no account: the return function checks the reference and return code itself (a keyed hash, 5 wrong codes per reference and 20 per address then an hour, every attempt audited) and then a server-side session named by an httpOnly SameSite=Strict cookie; the WAF limits /return/ per address.',
    );

    // Its session cookie and nothing else; the headers it reads (cross-site posts, the address).
    const requests = new OriginRequestPolicy(this, 'Requests', {
      comment: 'What the return pages read: their session cookie, the query string, and the API headers',
      queryStringBehavior: OriginRequestQueryStringBehavior.all(),
      headerBehavior: OriginRequestHeaderBehavior.allowList(...API_REQUEST_HEADERS),
      cookieBehavior: OriginRequestCookieBehavior.allowList(RETURN_SESSION.cookie),
    });
    const headers = securityHeadersPolicy(this, 'Headers', {
      comment: 'Security headers for the return pages; never stored, so Back after Exit shows nothing',
      noStore: true,
    });
    for (const prefix of returnPrefixes(props.languages)) {
      props.distribution.addBehavior(`${prefix}*`, props.apiOrigin, {
        viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
        allowedMethods: AllowedMethods.ALLOW_ALL,
        cachePolicy: CachePolicy.CACHING_DISABLED,
        originRequestPolicy: requests,
        responseHeadersPolicy: headers,
        compress: true,
      });
    }
  }
}
