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
