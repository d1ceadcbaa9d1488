import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import {
  AllowedMethods,
  CacheCookieBehavior,
  CacheHeaderBehavior,
  CachePolicy,
  CacheQueryStringBehavior,
  Distribution,
  Function as EdgeFunction,
  FunctionCode,
  FunctionEventType,
  FunctionRuntime,
  HttpVersion,
  OriginProtocolPolicy,
  OriginRequestCookieBehavior,
  OriginRequestHeaderBehavior,
  OriginRequestPolicy,
  OriginRequestQueryStringBehavior,
  OriginSslPolicy,
  PriceClass,
  SecurityPolicyProtocol,
  SSLMethod,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { HttpOrigin, S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { type CfnPolicy, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { rules } from 'cdk-nag';
import { Construct, type IConstruct } from 'constructs';
import { formPagePrefixes } from '../../functions/contract/form-pages.ts';
import {
  API_PREFIX,
  PATHS,
  RETURN_SESSION,
  STAFF_PREFIX,
  STAFF_SESSION,
} from '../../functions/contract/service-contract.ts';
import { CASE_API } from '../../functions/contract/webhooks.ts';
import type { Language } from '../../functions/i18n/languages.ts';
import { acknowledge } from '../acknowledge.ts';
import { sitePageFunctionCode } from '../cloudfront/site-pages.ts';
import { figuresBehaviours } from './case-review-figures.ts';
import { securityHeadersPolicy } from './security-headers.ts';

/**
 * The status codes CloudFront can give a custom error page (its developer guide, "Create a custom
 * error page for specific HTTP status codes"): 429 is not one, so WAF words its own 429
 * (waf-stack.ts, tooManyPage) and the site's script words any 429 itself.
 */
export const CLOUDFRONT_ERROR_PAGE_CODES = [400, 403, 404, 405, 414, 416, 500, 501, 502, 503, 504] as const;

/**
 * The site's page for failures people can meet on the API or the workspace. CloudFront's error
 * pages apply to every behaviour, and the API's own errors are already pages for a browser that
 * asked for HTML (respond-to-errors.ts), so only these are mapped.
 */
export const ERROR_PAGES = ([500, 502, 503, 504] as const).map((status) => ({
  status,
  page: `${PATHS.serviceProblem}index.html`,
}));

/** The CloudFront path patterns of the form pages, each language's own (patterns are literal). */
export const formPagePatterns = (languages: readonly Language[]): string[] =>
  formPagePrefixes(languages).map((prefix) => `${prefix}*`);

/** The request headers the forms API reads (functions/http, functions/handlers/submit-app.ts). */
export const API_REQUEST_HEADERS = [
  'Content-Type',
  'Accept',
  'User-Agent',
  'CloudFront-Viewer-Address',
  // Where a browser says a post came from: another site's is refused (functions/http/cross-site.ts).
  'Origin',
  'Sec-Fetch-Site',
] as const;

/** What the staff workspace reads: the forms API's headers. Cookies travel in the cookie allow list (STAFF_COOKIES). */
export const STAFF_REQUEST_HEADERS = API_REQUEST_HEADERS;

/** The workspace's session cookie and the cookie that binds a sign-in to its browser. */
export const STAFF_COOKIES = [STAFF_SESSION.cookie, STAFF_SESSION.loginCookie] as const;

/**
 * The case API's cache key: its Authorization header. CloudFront forwards Authorization only when
 * it is in the cache key (an origin request policy may not name it), and a policy whose TTLs are
 * all 0 may have no key, so the longest TTL is 1 s. Nothing is kept: the minimum is 0, so
 * CloudFront obeys the function's Cache-Control: no-store; and were anything kept, the token is in
 * the key, so no client could be given another's answer.
 */
export const CASE_API_CACHE = {
  headers: ['Authorization'],
  minTtlSeconds: 0,
  defaultTtlSeconds: 0,
  maxTtlSeconds: 1,
} as const;

export interface SiteDistributionProps {
  /** The built static site (absolute path); it must hold index.html and 404.html. */
  readonly siteDir: string;
  /**
   * The API's host (its origin domain, or execute-api without one), served on the same origin
   * under /api/* (and the staff workspace under /staff/*): no CORS.
   */
  readonly apiOriginHost: string;
  /** Headers CloudFront adds to every request to the API (the origin-verify secret), never to S3. */
  readonly apiOriginHeaders: Record<string, string>;
  /** The site's own host name and its ACM certificate (us-east-1); else the cloudfront.net name. */
  readonly domain?: { readonly name: string; readonly certificateArn: string };
  /** A CLOUDFRONT-scope WAF web ACL (from the us-east-1 stack). */
  readonly webAclArn?: string;
  readonly accessLogs: { readonly cloudFront: boolean; readonly retentionDays: number };
  readonly logRetention: RetentionDays;
  /** The languages the site is published in (config.languages): each has its own form pages. */
  readonly languages: readonly Language[];
}

/**
 * One origin for people: the Astro site from a private bucket (origin access control only) and
 * the forms API under /api/*, behind CloudFront with HTTPS, security headers and directory-style
 * page addresses.
 */
export class SiteDistribution extends Construct {
  readonly distribution: Distribution;
  /** The API's origin (with the origin-verify header): other constructs add their behaviours to it (ReturnPages). */
  readonly apiOrigin: HttpOrigin;
  readonly siteBucket: Bucket;
  readonly logBucket: Bucket;

  constructor(scope: Construct, id: string, props: SiteDistributionProps) {
    super(scope, id);
    const stack = Stack.of(this);

    // S3's own access logs for the site bucket name CloudFront, not people; CloudFront's logs
    // (viewer IPs) land here only when switched on. Both expire.
    this.logBucket = new Bucket(this, 'AccessLogs', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      // CloudFront standard logging still writes with ACLs.
      objectOwnership: props.accessLogs.cloudFront
        ? ObjectOwnership.BUCKET_OWNER_PREFERRED
        : ObjectOwnership.BUCKET_OWNER_ENFORCED,
      lifecycleRules: [{ expiration: Duration.days(props.accessLogs.retentionDays) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });

    this.siteBucket = new Bucket(this, 'Site', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      serverAccessLogsBucket: this.logBucket,
      serverAccessLogsPrefix: 'site-bucket/',
      removalPolicy: RemovalPolicy.RETAIN,
    });

    const directoryIndex = new EdgeFunction(this, 'DirectoryIndex', {
      comment: 'Serves /page and /page/ from /page/index.html, and a page the site lacks from /404.html',
      runtime: FunctionRuntime.JS_2_0,
      code: FunctionCode.fromInline(sitePageFunctionCode('directory-index.js', props.siteDir)),
    });
    const notFoundStatus = new EdgeFunction(this, 'NotFoundStatus', {
      comment: 'Answers 404 when /404.html stands in for a missing page',
      runtime: FunctionRuntime.JS_2_0,
      code: FunctionCode.fromInline(sitePageFunctionCode('not-found-status.js', props.siteDir)),
    });
    const sitePageFunctions = [
      { function: directoryIndex, eventType: FunctionEventType.VIEWER_REQUEST },
      { function: notFoundStatus, eventType: FunctionEventType.VIEWER_RESPONSE },
    ];

    // Without User-Agent CloudFront sends "Amazon CloudFront", and the duplicate guard could not
    // tell browsers apart. CloudFront-Viewer-Address is the viewer's IP as CloudFront saw it (the
    // first X-Forwarded-For entry can be set by the viewer). Never Host: API Gateway needs its own.
    const apiRequests = new OriginRequestPolicy(this, 'ApiRequests', {
      comment: 'What the forms API reads: query string, Content-Type, Accept, User-Agent, viewer address',
      queryStringBehavior: OriginRequestQueryStringBehavior.all(),
      headerBehavior: OriginRequestHeaderBehavior.allowList(...API_REQUEST_HEADERS),
      // Slice 21-access: only the return code's cookie, which the confirmation page shows once and clears.
      cookieBehavior: OriginRequestCookieBehavior.allowList(RETURN_SESSION.codeCookie),
    });

    // The staff workspace: its two cookies (sign-in binding and session; no other cookie reaches
    // it), the query string (the sign-in callback's code and state, the inbox's filters) and the
    // headers it checks for cross-site posts. Never Host, as for the API.
    const staffRequests = new OriginRequestPolicy(this, 'StaffRequests', {
      comment:
        'What the staff workspace reads: its cookies, query string, Origin, Sec-Fetch-Site and the API headers',
      queryStringBehavior: OriginRequestQueryStringBehavior.all(),
      headerBehavior: OriginRequestHeaderBehavior.allowList(...STAFF_REQUEST_HEADERS),
      cookieBehavior: OriginRequestCookieBehavior.allowList(...STAFF_COOKIES),
    });

    // The origin-verify secret goes to this origin only. A viewer's own x-origin-verify never
    // reaches the API: it is not in the origin request policy's list.
    const apiOrigin = new HttpOrigin(props.apiOriginHost, {
      protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY,
      originSslProtocols: [OriginSslPolicy.TLS_V1_2],
      customHeaders: props.apiOriginHeaders,
    });
    this.apiOrigin = apiOrigin;

    const caseApiCache = new CachePolicy(this, 'CaseApiCache', {
      comment:
        'Case API: forwards Authorization (in the key); the function answers no-store, so nothing is kept',
      headerBehavior: CacheHeaderBehavior.allowList(...CASE_API_CACHE.headers),
      queryStringBehavior: CacheQueryStringBehavior.none(),
      cookieBehavior: CacheCookieBehavior.none(),
      minTtl: Duration.seconds(CASE_API_CACHE.minTtlSeconds),
      defaultTtl: Duration.seconds(CASE_API_CACHE.defaultTtlSeconds),
      maxTtl: Duration.seconds(CASE_API_CACHE.maxTtlSeconds),
      enableAcceptEncodingGzip: true,
      enableAcceptEncodingBrotli: true,
    });

    const apiHeaders = securityHeadersPolicy(this, 'ApiHeaders', {
      comment: 'Security headers for the forms and case APIs; answers are never cached',
      noStore: true,
    });

    const siteOrigin = S3BucketOrigin.withOriginAccessControl(this.siteBucket);
    // Form pages are never kept: not in a shared cache, nor in the browser's back/forward cache,
    // so Back after "Exit this page" cannot bring a filled-in form up again on a shared device.
    const formPageHeaders = securityHeadersPolicy(this, 'FormPageHeaders', {
      comment: 'Security headers for the form pages; never stored, so Back cannot restore answers',
      noStore: true,
    });
    const formPages = Object.fromEntries(
      formPagePatterns(props.languages).map((pattern) => [
        pattern,
        {
          origin: siteOrigin,
          viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
          allowedMethods: AllowedMethods.ALLOW_GET_HEAD,
          cachePolicy: CachePolicy.CACHING_OPTIMIZED,
          responseHeadersPolicy: formPageHeaders,
          functionAssociations: sitePageFunctions,
          compress: true,
        },
      ]),
    );

    this.distribution = new Distribution(this, 'Distribution', {
      comment: `${stack.stackName} site, forms API and staff workspace`,
      defaultRootObject: 'index.html',
      defaultBehavior: {
        origin: siteOrigin,
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        allowedMethods: AllowedMethods.ALLOW_GET_HEAD,
        cachePolicy: CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: securityHeadersPolicy(this, 'SiteHeaders', {
          comment: 'Security headers for the site',
        }),
        functionAssociations: sitePageFunctions,
        compress: true,
      },
      additionalBehaviors: {
        // Issue 23: the published Case Review figures, under the form's address: first, since
        // CloudFront takes the first pattern that matches and the form's (/case-review*) would.
        ...figuresBehaviours(this, apiOrigin, props.languages),
        ...formPages,
        // The case API (issue 24) before /api/*, which CloudFront would match first: case systems
        // send an OAuth token in Authorization, and /api/*'s caching-disabled policy cannot forward
        // it. GET and HEAD only; HTTPS only, so a token never travels in the clear.
        [`${CASE_API.prefix}*`]: {
          origin: apiOrigin,
          viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
          allowedMethods: AllowedMethods.ALLOW_GET_HEAD,
          cachePolicy: caseApiCache,
          originRequestPolicy: apiRequests,
          responseHeadersPolicy: apiHeaders,
          compress: true,
        },
        // HTTPS only, never a redirect: a plain-HTTP post would already have sent its answers in
        // the clear, and a redirected POST loses its body.
        [`${API_PREFIX}*`]: {
          origin: apiOrigin,
          viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
          allowedMethods: AllowedMethods.ALLOW_ALL,
          cachePolicy: CachePolicy.CACHING_DISABLED,
          originRequestPolicy: apiRequests,
          responseHeadersPolicy: apiHeaders,
          compress: true,
        },
        // The staff workspace's pages, on the same origin so its cookies can be __Host- and
        // SameSite=Strict. Never cached; the security headers (frame-ancestors 'none' included)
        // replace whatever the function sends.
        [`${STAFF_PREFIX}*`]: {
          origin: apiOrigin,
          viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
          allowedMethods: AllowedMethods.ALLOW_ALL,
          cachePolicy: CachePolicy.CACHING_DISABLED,
          originRequestPolicy: staffRequests,
          responseHeadersPolicy: securityHeadersPolicy(this, 'StaffHeaders', {
            comment: 'Security headers for the staff workspace; its pages are never cached',
            noStore: true,
          }),
          compress: true,
        },
      },
      // No 403 or 404 here: error responses apply to every behaviour, and the API's and the
      // workspace's own 403 and 404 pages must pass through. A missing page is handled by the
      // site behaviours' functions instead. Errors are never cached.
      errorResponses: ERROR_PAGES.map(({ status, page }) => ({
        httpStatus: status,
        responseHttpStatus: status,
        responsePagePath: page,
        ttl: Duration.seconds(0),
      })),
      httpVersion: HttpVersion.HTTP2_AND_3,
      priceClass: PriceClass.PRICE_CLASS_100,
      ...(props.domain
        ? {
            domainNames: [props.domain.name],
            certificate: Certificate.fromCertificateArn(this, 'Certificate', props.domain.certificateArn),
            minimumProtocolVersion: SecurityPolicyProtocol.TLS_V1_2_2021,
            sslSupportMethod: SSLMethod.SNI,
          }
        : {}),
      ...(props.webAclArn ? { webAclId: props.webAclArn } : {}),
      ...(props.accessLogs.cloudFront
        ? {
            enableLogging: true,
            logBucket: this.logBucket,
            logFilePrefix: 'cloudfront/',
            logIncludesCookies: false,
          }
        : {}),
    });

    // The copy runs as a role that may only log to its own group (no AWSLambdaBasicExecutionRole);
    // BucketDeployment adds the bucket and invalidation permissions it needs.
    const deployLogs = new LogGroup(this, 'DeployLogs', {
      retention: props.logRetention,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    const deployRole = new Role(this, 'DeployRole', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: 'Copies the built site into the site bucket and invalidates CloudFront',
    });
    deployLogs.grantWrite(deployRole);
    new BucketDeployment(this, 'Deploy', {
      sources: [Source.asset(props.siteDir)],
      destinationBucket: this.siteBucket,
      distribution: this.distribution,
      distributionPaths: ['/*'],
      prune: true,
      memoryLimit: 512,
      role: deployRole,
      logGroup: deployLogs,
    });

    // The handler is a singleton function created at stack level, outside this construct.
    const deployHandler = stack.node.children.find((c) =>
      c.node.id.startsWith('Custom::CDKBucketDeployment'),
    );
    this.acknowledgeFindings(props, deployRole, deployHandler);
  }

  private acknowledgeFindings(
    props: SiteDistributionProps,
    deployRole: Role,
    deployHandler: IConstruct | undefined,
  ) {
    acknowledge(
      this.distribution,
      'AwsSolutions-CFR1',
      'No geo restriction: people may refer themselves from abroad or through a VPN or mobile network that geolocates elsewhere; abuse is handled by the WAF rate limit, not by country.',
    );
    if (!props.webAclArn) {
      acknowledge(
        this.distribution,
        'AwsSolutions-CFR2',
        'WAF switched off in the deploy settings (deploy.waf.enabled=false), e.g. for a short-lived test deployment; production keeps it on (docs/deploy.md).',
      );
    }
    if (!props.accessLogs.cloudFront) {
      acknowledge(
        this.distribution,
        'AwsSolutions-CFR3',
        'CloudFront standard logs would store each viewer IP next to paths such as POST /api/forms/referral and confirmation references, linking people to special-category referrals. Off by default; deploy.accessLogs.cloudFront turns them on where a DPIA allows. WAF metrics, API access logs (no IPs) and alarms cover operations.',
      );
    }
    if (!props.domain) {
      acknowledge(
        this.distribution,
        'AwsSolutions-CFR4',
        'No custom domain yet (siteUrl is local): the *.cloudfront.net certificate does not let the minimum protocol be set. With siteUrl and deploy.certificateArn set, the distribution uses TLSv1.2_2021 (asserted in test/infra).',
      );
    }

    const deployPolicy = deployRole.node.tryFindChild('DefaultPolicy')?.node.defaultChild as
      | CfnPolicy
      | undefined;
    const wildcards = deployPolicy ? rules.iam.IAMNoWildcardPermissions(deployPolicy) : [];
    acknowledge(
      deployRole,
      Array.isArray(wildcards) ? wildcards.map((finding) => `AwsSolutions-IAM5[${finding}]`) : [],
      "BucketDeployment's own grants: read the site build from the CDK asset bucket, sync (put, prune) the site bucket's objects, and create CloudFront invalidations, which have no resource-level ARN here. Deploy-time only; no personal data in either bucket.",
    );
    if (deployHandler) {
      acknowledge(
        deployHandler,
        ['AwsSolutions-L1', 'Serverless-LambdaLatestVersion'],
        "CDK's BucketDeployment handler (Python, with the AWS CLI layer) picks its own runtime; it moves to newer runtimes with aws-cdk-lib upgrades.",
      );
      acknowledge(
        deployHandler,
        ['Serverless-LambdaDLQ', 'Serverless-LambdaTracing'],
        'Deploy-time custom resource invoked synchronously by CloudFormation, which reports its failure and rolls the deployment back; tracing would show only an S3 copy.',
      );
    }
  }
}
