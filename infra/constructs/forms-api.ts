import { RemovalPolicy, Stack } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import {
  ApiMapping,
  DomainName,
  EndpointType,
  HttpApi,
  HttpMethod,
  HttpStage,
  LogGroupLogDestination,
  SecurityPolicy,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { API_ROUTES } from '../../functions/contract/service-contract.ts';
import { acknowledge } from '../acknowledge.ts';

/** The routes functions/handlers/submit.ts answers (it matches the same API_ROUTES itself). */
export const FORM_ROUTES = API_ROUTES.map((route) => ({
  path: route.path,
  methods: route.methods.map((method) => HttpMethod[method]),
}));

/**
 * Access log fields: ids, the route template, status and timings. No source IP, user agent, path
 * or query string, which could tie a person to a form or a reference.
 */
export const ACCESS_LOG_FORMAT = JSON.stringify({
  requestId: '$context.requestId',
  requestTime: '$context.requestTimeEpoch',
  routeKey: '$context.routeKey',
  status: '$context.status',
  responseLength: '$context.responseLength',
  responseLatency: '$context.responseLatency',
  integrationStatus: '$context.integrationStatus',
  integrationLatency: '$context.integrationLatency',
  integrationError: '$context.integrationErrorMessage',
  error: '$context.error.message',
});

export interface FormsApiProps {
  readonly handler: IFunction;
  readonly throttle: { readonly rateLimit: number; readonly burstLimit: number };
  readonly logRetention: RetentionDays;
  /** deploy.apiOrigin: the API's own host name and its regional certificate. */
  readonly origin?: { readonly domainName: string; readonly certificateArn: string };
}

/**
 * The HTTP API behind CloudFront's /api/* and /staff/*: explicit stage throttling and JSON access
 * logs. With an origin domain, the execute-api address is switched off, so the API answers only
 * at that name (CloudFront's origin); calls to execute-api get nothing from API Gateway, never
 * reach a function and never count against the stage's throttle.
 */
export class FormsApi extends Construct {
  readonly api: HttpApi;
  readonly stage: HttpStage;
  /** The host CloudFront sends API requests to. */
  readonly originHost: string;
  readonly originDomain: DomainName | undefined;

  constructor(scope: Construct, id: string, props: FormsApiProps) {
    super(scope, id);

    this.api = new HttpApi(this, 'Api', {
      description: 'Restorative forms API (reached through CloudFront under /api/*)',
      createDefaultStage: false,
      ...(props.origin ? { disableExecuteApiEndpoint: true } : {}),
    });

    const accessLogs = new LogGroup(this, 'AccessLogs', {
      retention: props.logRetention,
      removalPolicy: RemovalPolicy.DESTROY,
    });

    this.stage = new HttpStage(this, 'DefaultStage', {
      httpApi: this.api,
      stageName: '$default',
      autoDeploy: true,
      throttle: { rateLimit: props.throttle.rateLimit, burstLimit: props.throttle.burstLimit },
      accessLogSettings: {
        destination: new LogGroupLogDestination(accessLogs),
        format: AccessLogFormat.custom(ACCESS_LOG_FORMAT),
      },
    });

    if (props.origin) {
      this.originDomain = new DomainName(this, 'OriginDomain', {
        domainName: props.origin.domainName,
        certificate: Certificate.fromCertificateArn(this, 'OriginCertificate', props.origin.certificateArn),
        endpointType: EndpointType.REGIONAL,
        securityPolicy: SecurityPolicy.TLS_1_2,
      });
      new ApiMapping(this, 'OriginMapping', {
        api: this.api,
        domainName: this.originDomain,
        stage: this.stage,
      });
      this.originHost = props.origin.domainName;
    } else {
      const stack = Stack.of(this);
      this.originHost = `${this.api.apiId}.execute-api.${stack.region}.${stack.urlSuffix}`;
    }

    const integration = new HttpLambdaIntegration('Forms', props.handler);
    for (const route of FORM_ROUTES) {
      this.api.addRoutes({ path: route.path, methods: route.methods, integration });
    }
    acknowledge(
      this.api,
      'AwsSolutions-APIG4',
      "Public self-referral and feedback forms: people send them without an account. Abuse is limited by the WAF rate limits on every /api/* request and on form posts, stage throttling and the handler's spam checks. Requests that skip CloudFront (to the custom domain) are refused by the function's origin check, but still count against stage throttling (docs/deploy.md).",
    );
  }
}
