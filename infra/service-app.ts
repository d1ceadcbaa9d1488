import { existsSync } from 'node:fs';
import path from 'node:path';
import { Annotations, type App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import { ConfigError } from '../functions/config/parse-config.ts';
import type { ServiceConfig } from '../functions/config/schema.ts';
import { checkDataRegion } from './data-region.ts';
import type { DeploySettings } from './deploy-settings.ts';
import { fromRoot } from './paths.ts';
import { apiOrigin, siteDomain } from './site-domain.ts';
import { ServiceStack } from './stacks/service-stack.ts';
import { WafStack } from './stacks/waf-stack.ts';

const builtSite = (dir: string): string => {
  if (!existsSync(path.join(dir, 'index.html'))) {
    throw new ConfigError(
      `No built site at ${dir} (no index.html). Build the site first (npm run synth does), or set deploy.siteDir.`,
    );
  }
  return dir;
};

export interface ServiceApp {
  readonly service: ServiceStack;
  readonly waf: WafStack | undefined;
}

/**
 * Adds the service's stacks to an app, with cdk-nag's AwsSolutions and Serverless packs: synth
 * fails on any finding that is not acknowledged (with its reason) next to the resource.
 */
export const addServiceStacks = (
  app: App,
  { config, settings }: { config: ServiceConfig; settings: DeploySettings },
): ServiceApp => {
  checkDataRegion(config, settings);
  const account = settings.account ?? process.env.CDK_DEFAULT_ACCOUNT;
  const domain = siteDomain(config, settings);
  const origin = apiOrigin(config, settings);
  const siteDir = builtSite(fromRoot(settings.siteDir));

  const waf = settings.waf.enabled
    ? new WafStack(app, `${settings.stackPrefix}-Waf`, {
        env: { account, region: 'us-east-1' },
        description: 'Restorative forms: CloudFront web ACL (CLOUDFRONT scope lives in us-east-1)',
        config,
        apiRequestsPerFiveMinutes: settings.waf.apiRequestsPerFiveMinutes,
        postRequestsPerFiveMinutes: settings.waf.postRequestsPerFiveMinutes,
        staffRequestsPerFiveMinutes: settings.waf.staffRequestsPerFiveMinutes,
        returnRequestsPerFiveMinutes: settings.waf.returnRequestsPerFiveMinutes,
      })
    : undefined;

  const service = new ServiceStack(app, `${settings.stackPrefix}-Service`, {
    env: { account, region: settings.region },
    description: 'Restorative forms: site, forms API, submissions, email, staff workspace and alarms',
    crossRegionReferences: waf !== undefined,
    config,
    settings,
    siteDir,
    ...(domain ? { domain } : {}),
    ...(origin ? { apiOrigin: origin } : {}),
    ...(waf ? { webAclArn: waf.webAclArn } : {}),
  });

  if (!origin) {
    Annotations.of(service).addWarningV2(
      'restorative:api-origin',
      'No deploy.apiOrigin: the API keeps its execute-api address, which can be called around CloudFront and its WAF (fine for a short-lived test deployment only).',
    );
  }
  if (!existsSync(path.join(siteDir, '404.html'))) {
    Annotations.of(service).addWarningV2(
      'restorative:site-404',
      `${siteDir} has no 404.html: unknown addresses will show CloudFront's own error instead of the site's page.`,
    );
  }

  Validations.of(app).addPlugins(new AwsSolutionsChecks(app), new ServerlessChecks(app));
  return { service, waf };
};
