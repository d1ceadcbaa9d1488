import { Duration } from 'aws-cdk-lib';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import {
  AllowedMethods,
  type BehaviorOptions,
  CacheCookieBehavior,
  CachedMethods,
  CacheHeaderBehavior,
  CachePolicy,
  CacheQueryStringBehavior,
  type IOrigin,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import type { TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import {
  CASE_REVIEW_FIGURES_PATHS,
  CASE_REVIEW_FIGURES_ROUTE,
  TABLE_SHAPE,
} from '../../functions/contract/service-contract.ts';
import type { Language } from '../../functions/i18n/languages.ts';
import { acknowledge } from '../acknowledge.ts';
import type { OriginVerify } from './origin-verify.ts';
import { addPrefixRoutes, prefixRoutes } from './prefix-routes.ts';
import { securityHeadersPolicy } from './security-headers.ts';
import { ServiceFunction } from './service-function.ts';

/** Each language's figures prefix: /case-review/figures/, /cy/case-review/figures/. */
export const figuresPrefixes = (languages: readonly Language[]): string[] =>
  languages.map((language) => CASE_REVIEW_FIGURES_PATHS.prefix(language));

/** The API routes to the figures function: the page and everything under it (each year's CSV). GET and HEAD only. */
export const figuresRoutes = (languages: readonly Language[]) =>
  prefixRoutes(figuresPrefixes(languages), CASE_REVIEW_FIGURES_ROUTE.methods);

/** How long CloudFront and browsers keep the figures: the function's own Cache-Control says the same. */
export const FIGURES_CACHE_SECONDS = 300;

/**
 * The CloudFront behaviours to the figures function, one per language. The site distribution puts
 * them ahead of the form pages' (`/case-review*`), since CloudFront takes the first pattern that
 * matches. The figures are aggregate counts, the same for everyone: cached five minutes, keyed on
 * the path alone (no cookie, header or query string reaches the function).
 */
export const figuresBehaviours = (
  scope: Construct,
  apiOrigin: IOrigin,
  languages: readonly Language[],
): Record<string, BehaviorOptions> => {
  const cachePolicy = new CachePolicy(scope, 'FiguresCache', {
    comment: 'The published Case Review figures: aggregate counts, kept five minutes, keyed on the path',
    defaultTtl: Duration.seconds(FIGURES_CACHE_SECONDS),
    maxTtl: Duration.seconds(FIGURES_CACHE_SECONDS),
    minTtl: Duration.seconds(0),
    cookieBehavior: CacheCookieBehavior.none(),
    headerBehavior: CacheHeaderBehavior.none(),
    queryStringBehavior: CacheQueryStringBehavior.none(),
    enableAcceptEncodingGzip: true,
    enableAcceptEncodingBrotli: true,
  });
  const responseHeadersPolicy = securityHeadersPolicy(scope, 'FiguresHeaders', {
    comment: 'Security headers for the published Case Review figures',
  });
  return Object.fromEntries(
    figuresPrefixes(languages).map((prefix) => [
      `${prefix}*`,
      {
        origin: apiOrigin,
        // A page, read only: plain HTTP is sent on to HTTPS as the site's pages are.
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        allowedMethods: AllowedMethods.ALLOW_GET_HEAD,
        cachedMethods: CachedMethods.CACHE_GET_HEAD,
        cachePolicy,
        responseHeadersPolicy,
        compress: true,
      },
    ]),
  );
};

export interface CaseReviewFiguresProps {
  readonly api: HttpApi;
  readonly submissions: TableV2;
  readonly originVerify: OriginVerify;
  readonly languages: readonly Language[];
  readonly logRetention: RetentionDays;
  readonly siteUrl: string;
}

/**
 * The published ASB Case Review figures (issue 23): a function of its own behind
 * /case-review/figures/ (and /cy/…), that can only read what the counts need, as the monthly
 * report does: a Query on the by-form index (the applications of a year, read without their
 * answers) and the months' anonymous erased tallies (TALLY# keys). It writes nothing.
 */
export class CaseReviewFigures extends Construct {
  readonly fn: ServiceFunction;

  constructor(scope: Construct, id: string, props: CaseReviewFiguresProps) {
    super(scope, id);
    this.fn = new ServiceFunction(this, 'Function', {
      entry: 'functions/handlers/case-review-figures.ts',
      invokedBy: 'api-gateway',
      description: 'The published ASB Case Review figures: the public page and a CSV per year (counts only)',
      memorySize: 256,
      // Six years, each a Query and twelve tallies: well within this.
      timeout: Duration.seconds(10),
      logRetention: props.logRetention,
      environment: { SITE_URL: props.siteUrl },
    });
    this.fn.useTable(props.submissions, {
      grants: [
        { actions: ['dynamodb:Query'], index: TABLE_SHAPE.byFormIndex.indexName },
        {
          actions: ['dynamodb:GetItem'],
          conditions: {
            'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [`${TABLE_SHAPE.erasedTallyPrefix}*`] },
          },
        },
      ],
    });
    props.originVerify.checkedBy(this.fn);

    const integration = new HttpLambdaIntegration('Figures', this.fn.lambda);
    addPrefixRoutes(this, props.api, integration, figuresRoutes(props.languages));
    acknowledge(
      this,
      'AwsSolutions-APIG4',
      'The published Case Review figures are public by law (Anti-social Behaviour, Crime and Policing Act 2014, Schedule 4): aggregate counts, no sign-in; only through CloudFront (the origin-verify secret) and its WAF.',
    );
  }
}
