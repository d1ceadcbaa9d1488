import { GetAccountCommand, GetEmailIdentityCommand, SESv2Client } from '@aws-sdk/client-sesv2';
import { parseConfig } from '../../functions/config/parse-config.ts';
import type { ServiceConfig } from '../../functions/config/schema.ts';
import { checkDataRegion } from '../../infra/data-region.ts';
import { type DeploySettings, parseDeploySettings } from '../../infra/deploy-settings.ts';

/** One finding: passed, failed (deploying would fail or be wrong), or not checked (and how to). */
export interface Finding {
  readonly status: 'ok' | 'fail' | 'unchecked';
  readonly what: string;
}

export interface PreflightInput {
  readonly config: unknown;
  /** cdk.json's "deploy", and a -c deploy=... value merged over it, as synth does. */
  readonly fileSettings: unknown;
  readonly settings?: unknown;
  /** Resolves a host name; rejects when it does not resolve. */
  readonly lookup: (host: string) => Promise<unknown>;
  /** Whether AWS credentials can be found (the SDK's default chain). */
  readonly hasCredentials: () => Promise<boolean>;
  readonly ses?: (region: string) => Pick<SESv2Client, 'send'>;
}

const ok = (what: string): Finding => ({ status: 'ok', what });
const fail = (what: string): Finding => ({ status: 'fail', what });
const unchecked = (what: string): Finding => ({ status: 'unchecked', what });

const resolves = (input: PreflightInput, host: string) =>
  input.lookup(host).then(
    () => true,
    () => false,
  );

/** Cognito prefix domains are unique in a region across every account: a taken one fails the deployment. */
const cognitoPrefix = async (input: PreflightInput, settings: DeploySettings): Promise<Finding> => {
  const prefix = settings.staff.domainPrefix;
  if (!prefix) return ok('Cognito sign-in domain: derived from the stack, so unique to it.');
  const host = `${prefix}.auth.${settings.region}.amazoncognito.com`;
  if (await resolves(input, host)) {
    return fail(
      `Cognito sign-in domain ${host} is in use: if this stack does not have it yet, choose another deploy.staff.domainPrefix.`,
    );
  }
  if (!(await resolves(input, `cognito-idp.${settings.region}.amazonaws.com`))) {
    return unchecked(`Cognito sign-in domain ${host}: no DNS answers here (offline?), so not checked.`);
  }
  return ok(`Cognito sign-in domain ${host} is free.`);
};

const errorName = (error: unknown) => (error as { name?: string }).name ?? 'Error';

/** An SES identity for the sender's domain that CloudFormation did not create stops it creating one. */
const sesIdentity = async (
  input: PreflightInput,
  config: ServiceConfig,
  region: string,
): Promise<Finding> => {
  const domain = config.senderEmail.split('@')[1] as string;
  const ses = input.ses?.(region) ?? new SESv2Client({ region });
  try {
    await ses.send(new GetEmailIdentityCommand({ EmailIdentity: domain }));
    return fail(
      `SES identity ${domain} already exists in ${region}: the stack creates it, so deploying fails ("already exists") unless this stack made it. Delete it (aws sesv2 delete-email-identity --email-identity ${domain}) or deploy to an account without it.`,
    );
  } catch (error) {
    if (errorName(error) === 'NotFoundException')
      return ok(`No SES identity for ${domain} in ${region} yet: the stack will create it.`);
    return unchecked(`SES identity for ${domain}: ${errorName(error)}, so not checked.`);
  }
};

/** A service control policy that denies us-east-1 stops the WAF stack (and CDK bootstrap there). */
const usEast1Allowed = async (input: PreflightInput): Promise<Finding> => {
  const ses = input.ses?.('us-east-1') ?? new SESv2Client({ region: 'us-east-1' });
  try {
    await ses.send(new GetAccountCommand({}));
    return ok('us-east-1 answers (the WAF stack lives there).');
  } catch (error) {
    const message = (error as Error).message ?? '';
    if (/service control policy|explicit deny/i.test(message)) {
      return fail(
        `us-east-1 is denied by an organisation policy: the WAF stack cannot deploy there (${message}). Ask for an exception or set deploy.waf.enabled to false.`,
      );
    }
    return unchecked(
      `us-east-1: ${errorName(error)} from SES GetAccount, so not known whether it is allowed.`,
    );
  }
};

/**
 * What can be checked before `cdk deploy`: the configuration offline, then, with AWS credentials,
 * what only the account can say. What it cannot check it says, with how to check it by hand.
 */
export const preflight = async (input: PreflightInput): Promise<Finding[]> => {
  let config: ServiceConfig;
  let settings: DeploySettings;
  try {
    config = parseConfig(input.config);
    settings = parseDeploySettings(input.settings, input.fileSettings);
    checkDataRegion(config, settings);
  } catch (error) {
    return [fail((error as Error).message)];
  }
  const findings: Finding[] = [ok('config/service.json and the deploy settings are valid.')];
  findings.push(await cognitoPrefix(input, settings));
  if (settings.certificateArn) {
    findings.push(
      unchecked(
        `Certificate ${settings.certificateArn}: check it is ISSUED (not PENDING_VALIDATION): aws acm describe-certificate --certificate-arn ${settings.certificateArn} --region us-east-1 --query Certificate.Status`,
      ),
    );
  }
  if (!(await input.hasCredentials())) {
    findings.push(
      unchecked(
        'No AWS credentials found, so not checked: an existing SES identity for the sender domain, and whether an organisation policy allows us-east-1. Sign in (aws sso login) and run npm run preflight again.',
      ),
    );
    return findings;
  }
  findings.push(await sesIdentity(input, config, settings.region));
  if (settings.waf.enabled) findings.push(await usEast1Allowed(input));
  return findings;
};
