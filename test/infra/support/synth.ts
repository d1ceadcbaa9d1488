import { readFileSync } from 'node:fs';
import { App, type CfnElement, type Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import rawConfig from '../../../config/service.json' with { type: 'json' };
import { parseConfig } from '../../../functions/config/parse-config.ts';
import { CONTENT_SECURITY_POLICY } from '../../../functions/contract/service-contract.ts';
import { parseDeploySettings } from '../../../infra/deploy-settings.ts';
import { fromRoot } from '../../../infra/paths.ts';
import { addServiceStacks, type ServiceApp } from '../../../infra/service-app.ts';
import type { ServiceStack } from '../../../infra/stacks/service-stack.ts';

/** A tiny stand-in for site/dist, so these tests never depend on (or wait for) a site build. */
export const FIXTURE_SITE = 'test/infra/fixtures/site';

/** What a council's production deployment looks like: its own domain and certificate, WAF on. */
export const PRODUCTION = {
  config: { siteUrl: 'https://referrals.northfield.example.org' },
  deploy: {
    certificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/0a1b2c3d-feed-4bee-8cab-123456789abc',
    apiOrigin: {
      domainName: 'api-origin.referrals.northfield.example.org',
      certificateArn: 'arn:aws:acm:eu-west-2:123456789012:certificate/9f8e7d6c-feed-4bee-8cab-123456789abc',
    },
  },
} as const;

/** A test deployment: local siteUrl, WAF off, CloudFront access logs on. */
export const VARIANT = {
  config: {},
  deploy: { waf: { enabled: false }, accessLogs: { cloudFront: true, retentionDays: 14 } },
} as const;

const cdkContext = JSON.parse(readFileSync(fromRoot('cdk.json'), 'utf8')).context as Record<string, unknown>;

export interface Synthesized extends ServiceApp {
  readonly app: App;
  /** The cloud assembly directory (cdk.out equivalent). */
  readonly outdir: string;
  readonly template: Template;
  readonly wafTemplate: Template | undefined;
}

export interface SynthOptions {
  readonly config?: Record<string, unknown>;
  readonly deploy?: Record<string, unknown>;
  /** Run esbuild for the functions (slower); otherwise CDK skips bundling. */
  readonly bundle?: boolean;
  /** Adds constructs to the service stack before synth (to prove cdk-nag would catch them). */
  readonly alsoAdd?: (stack: ServiceStack) => void;
}

const synthesized = new Map<string, Synthesized>();

/**
 * Synthesizes the app as `cdk synth` would: the same cdk.json context (feature flags and deploy
 * settings) and the same cdk-nag packs, so a finding fails here too. Call once per file (beforeAll).
 * The infra files share one worker (vitest.config.ts, isolate: false), so each distinct app is
 * synthesized once for the whole run and the files read it, never change it; one given constructs
 * to add (`alsoAdd`) is always its own.
 */
export const synth = (options: SynthOptions = {}): Synthesized => {
  if (options.alsoAdd) return synthesizeAfresh(options);
  const key = JSON.stringify([options.config, options.deploy, options.bundle === true]);
  const known = synthesized.get(key);
  if (known) return known;
  const fresh = synthesizeAfresh(options);
  synthesized.set(key, fresh);
  return fresh;
};

const synthesizeAfresh = (options: SynthOptions): Synthesized => {
  const deploy = {
    ...(cdkContext.deploy as Record<string, unknown>),
    siteDir: FIXTURE_SITE,
    ...options.deploy,
  };
  const app = new App({
    context: {
      ...cdkContext,
      deploy,
      // Writes policy-validation-report.json beside the templates, for the schema check's test.
      '@aws-cdk/core:validationReportJson': true,
      // Bundling is skipped unless asked for; when it runs, asset paths are recorded as the CLI does.
      ...(options.bundle ? { 'aws:cdk:enable-asset-metadata': true } : { 'aws:cdk:bundling-stacks': [] }),
    },
  });
  const stacks = addServiceStacks(app, {
    config: parseConfig({ ...rawConfig, ...options.config }),
    settings: parseDeploySettings(deploy),
  });
  options.alsoAdd?.(stacks.service);
  const assembly = app.synth();
  return {
    ...stacks,
    app,
    outdir: assembly.directory,
    template: Template.fromStack(stacks.service),
    wafTemplate: stacks.waf ? Template.fromStack(stacks.waf) : undefined,
  };
};

export const logicalId = (stack: Stack, element: { node: { defaultChild?: unknown } }): string =>
  stack.getLogicalId(element.node.defaultChild as CfnElement);

/**
 * The HTTP API's routes whose key contains `part`: their keys, sorted, and what their integrations
 * call (each integration's IntegrationUri, once each), so a test can hold them to one function.
 */
export const routesMatching = (template: Template, part: string): { keys: string[]; targets: unknown[] } => {
  const routes = Object.values(template.findResources('AWS::ApiGatewayV2::Route')).filter((r) =>
    String(r.Properties.RouteKey).includes(part),
  );
  const integrations = template.findResources('AWS::ApiGatewayV2::Integration');
  const ids = new Set<string>(routes.map((r) => r.Properties.Target['Fn::Join'][1][1].Ref));
  return {
    keys: routes.map((r) => r.Properties.RouteKey as string).sort(),
    targets: [...ids].map((id) => integrations[id]?.Properties.IntegrationUri),
  };
};

/** The CloudFront distribution's configuration (the service stack has one). */
export const distributionOf = (template: Template) =>
  Object.values(template.findResources('AWS::CloudFront::Distribution'))[0]?.Properties.DistributionConfig;

/** The distribution's cache behaviour for a path pattern. */
export const behaviourOf = (template: Template, pattern: string) =>
  distributionOf(template).CacheBehaviors.find((b: { PathPattern: string }) => b.PathPattern === pattern);

/** Every action the IAM policies attached to a role allow, with the statements themselves. */
export const policyStatementsOf = (template: Template, roleLogicalId: string) => {
  const policies = template.findResources('AWS::IAM::Policy');
  return Object.values(policies)
    .filter((p) => (p.Properties.Roles as { Ref: string }[]).some((r) => r.Ref === roleLogicalId))
    .flatMap((p) => p.Properties.PolicyDocument.Statement as PolicyStatementJson[]);
};

export interface PolicyStatementJson {
  Effect: string;
  Action: string | string[];
  Resource: unknown;
  Condition?: Record<string, Record<string, unknown>>;
}

export const actionsOf = (statements: PolicyStatementJson[]): string[] =>
  [...new Set(statements.flatMap((s) => (Array.isArray(s.Action) ? s.Action : [s.Action])))].sort();

/** Every unacknowledged AwsSolutions and Serverless finding in the app, as "rule at path". */
export const nagFindings = (s: Synthesized): string[] =>
  [new AwsSolutionsChecks(), new ServerlessChecks()].flatMap((pack) =>
    pack
      .validateScope(s.app)
      .violations.flatMap((v) => v.violatingResources.map((r) => `${v.ruleName} at ${r.constructPath}`)),
  );

/** The security headers every CloudFront behaviour sends, overriding the origin's. */
export const SECURITY_HEADERS_CONFIG = {
  ContentSecurityPolicy: { ContentSecurityPolicy: CONTENT_SECURITY_POLICY, Override: true },
  StrictTransportSecurity: { AccessControlMaxAgeSec: 31_536_000, IncludeSubdomains: true, Override: true },
  ContentTypeOptions: { Override: true },
  FrameOptions: { FrameOption: 'DENY', Override: true },
  ReferrerPolicy: { ReferrerPolicy: 'no-referrer', Override: true },
};

/** The logical id of the one Secrets Manager secret whose id starts with `prefix`. */
export const secretIdOf = (t: Template, prefix: string): string => {
  const ids = Object.keys(t.findResources('AWS::SecretsManager::Secret')).filter((id) =>
    id.startsWith(prefix),
  );
  if (ids.length !== 1) throw new Error(`expected one ${prefix} secret, found ${ids.length}`);
  return ids[0] as string;
};

/** What `secret.secretValue` renders as: a dynamic reference CloudFormation resolves at deploy time. */
export const dynamicReferenceTo = (secretId: string) => ({
  'Fn::Join': ['', ['{{resolve:secretsmanager:', { Ref: secretId }, ':SecretString:::}}']],
});

/** A function's environment variables, by its logical id. */
export const environmentOf = (t: Template, functionId: string): Record<string, unknown> =>
  t.toJSON().Resources[functionId].Properties.Environment.Variables;
