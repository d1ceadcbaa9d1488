import { ConfigError } from '../functions/config/parse-config.ts';
import type { ServiceConfig } from '../functions/config/schema.ts';
import type { DeploySettings } from './deploy-settings.ts';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The site's own host name comes from siteUrl in config/service.json (the address the emails
 * link to), never typed again. A local siteUrl deploys on the cloudfront.net name; a real one
 * needs an HTTPS address and its certificate, or the links in emails would not work.
 */
export const siteDomain = (
  config: Pick<ServiceConfig, 'siteUrl'>,
  settings: Pick<DeploySettings, 'certificateArn'>,
): { name: string; certificateArn: string } | undefined => {
  const url = new URL(config.siteUrl);
  if (LOCAL_HOSTS.has(url.hostname)) {
    if (settings.certificateArn) {
      throw new ConfigError(
        `deploy.certificateArn is set but siteUrl (${config.siteUrl}) is local: set siteUrl in config/service.json to the site's address`,
      );
    }
    return undefined;
  }
  if (url.protocol !== 'https:') {
    throw new ConfigError(`siteUrl (${config.siteUrl}) must start with https:// for a deployment`);
  }
  if (!settings.certificateArn) {
    throw new ConfigError(
      `siteUrl is ${config.siteUrl}: set deploy.certificateArn to an ACM certificate for ${url.hostname} in us-east-1`,
    );
  }
  return { name: url.hostname, certificateArn: settings.certificateArn };
};

/**
 * The API's own origin address (deploy.apiOrigin). A deployment on a real address must have one,
 * so that the execute-api address, which skips CloudFront and its WAF, is switched off; a test
 * deployment on cloudfront.net may go without. Its certificate must be in the service's region
 * (API Gateway's regional domains use certificates there, unlike CloudFront).
 */
export const apiOrigin = (
  config: Pick<ServiceConfig, 'siteUrl'>,
  settings: Pick<DeploySettings, 'certificateArn' | 'apiOrigin' | 'region'>,
): { domainName: string; certificateArn: string } | undefined => {
  const site = siteDomain(config, settings);
  const origin = settings.apiOrigin;
  if (!origin) {
    if (site) {
      throw new ConfigError(
        `siteUrl is ${config.siteUrl}: set deploy.apiOrigin (a host name for the API and an ACM certificate for it in ${settings.region}), so the API cannot be called around CloudFront`,
      );
    }
    return undefined;
  }
  if (origin.certificateArn.split(':')[3] !== settings.region) {
    throw new ConfigError(
      `deploy.apiOrigin.certificateArn must be a certificate in ${settings.region}, the service's region`,
    );
  }
  if (site && origin.domainName === site.name) {
    throw new ConfigError("deploy.apiOrigin.domainName must differ from the site's own host name");
  }
  return { domainName: origin.domainName, certificateArn: origin.certificateArn };
};
