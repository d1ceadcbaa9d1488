import { existsSync, readFileSync } from 'node:fs';
import { Duration, Fn, RemovalPolicy, Stack } from 'aws-cdk-lib';
import {
  AccountRecovery,
  CfnManagedLoginBranding,
  type CfnUserPoolClient,
  CfnUserPoolRiskConfigurationAttachment,
  ClientAttributes,
  FeaturePlan,
  ManagedLoginVersion,
  Mfa,
  OAuthScope,
  ProviderAttribute,
  StandardThreatProtectionMode,
  UserPool,
  type UserPoolClient,
  UserPoolClientIdentityProvider,
  type UserPoolDomain,
  UserPoolIdentityProviderSaml,
  UserPoolIdentityProviderSamlMetadata,
} from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import { ConfigError } from '../../functions/config/parse-config.ts';
import type { ServiceConfig } from '../../functions/config/schema.ts';
import { ADMIN_GROUP, STAFF_PATHS, STAFF_SESSION } from '../../functions/contract/service-contract.ts';
import { html } from '../../functions/html/html.ts';
import { acknowledge } from '../acknowledge.ts';
import type { DeploySettings } from '../deploy-settings.ts';
import { fromRoot } from '../paths.ts';

type StaffSettings = DeploySettings['staff'];

export interface StaffGroup {
  readonly name: string;
  readonly description: string;
  /** Lower wins when a token must name one group's role; only the admins group sets it. */
  readonly precedence?: number;
}

/**
 * The Cognito groups: one per team in config/service.json (a member sees that team's submissions)
 * and the admins group (every team's, erasure, the audit trail). Built from the config on every
 * synth, so a team added or removed there gains or loses its group at the next deployment.
 */
export const staffGroups = (teams: ServiceConfig['teams']): StaffGroup[] => {
  if (Object.hasOwn(teams, ADMIN_GROUP)) {
    throw new ConfigError(
      `teams.${ADMIN_GROUP} in config/service.json: "${ADMIN_GROUP}" is the staff administrators' group; give the team another id`,
    );
  }
  return [
    ...Object.entries(teams).map(([id, team]) => ({
      name: id,
      description: `${team.name}: sees and works on this team's submissions`,
    })),
    {
      name: ADMIN_GROUP,
      description: "Staff administrators: every team's submissions, erasure and the audit trail",
      precedence: 0,
    },
  ];
};

/** Cognito's plan for the threat protection setting: threat protection needs Plus. */
export const FEATURE_PLANS = {
  ENFORCED: FeaturePlan.PLUS,
  AUDIT: FeaturePlan.PLUS,
  OFF: FeaturePlan.ESSENTIALS,
} as const;

const THREAT_PROTECTION_MODES = {
  ENFORCED: StandardThreatProtectionMode.FULL_FUNCTION,
  AUDIT: StandardThreatProtectionMode.AUDIT_ONLY,
  OFF: StandardThreatProtectionMode.NO_ENFORCEMENT,
} as const;

/**
 * The Cognito prefix domain: deploy.staff.domainPrefix, or `<stack prefix>-staff-` and the first
 * 8 characters of the stack's id (a UUID CloudFormation assigns), so two deployments never ask
 * for the same prefix, which is unique in the region across all of AWS.
 */
export const staffDomainPrefix = (
  stack: Stack,
  settings: Pick<DeploySettings, 'stackPrefix' | 'staff'>,
): string => {
  if (settings.staff.domainPrefix) return settings.staff.domainPrefix;
  const base = `${settings.stackPrefix.toLowerCase().slice(0, 48)}-staff`;
  if (/aws|amazon|cognito/.test(base)) {
    throw new ConfigError(
      `The staff sign-in domain would start "${base}", which Cognito refuses ("aws", "amazon" and "cognito" are reserved): set deploy.staff.domainPrefix`,
    );
  }
  const stackUuid = Fn.select(2, Fn.split('/', stack.stackId));
  return `${base}-${Fn.select(0, Fn.split('-', stackUuid))}`;
};

/** Tokens from Cognito last as long as a sign-in needs them: the workspace keeps its own session. */
export const TOKEN_VALIDITY = Duration.hours(1);

export interface StaffSignInProps {
  readonly config: Pick<ServiceConfig, 'teams' | 'serviceName' | 'organisation'>;
  readonly settings: StaffSettings;
  /** The site's host name (a token when it is the distribution's cloudfront.net name). */
  readonly siteHost: string;
  /** The Cognito prefix domain (deploy.staff.domainPrefix, or one derived from the stack). */
  readonly domainPrefix: string;
}

/** The provider's metadata: CloudFormation fetches a URL when it deploys; a file is read now. */
const samlMetadata = ({ metadataUrl, metadataFile }: { metadataUrl?: string; metadataFile?: string }) => {
  if (metadataUrl) return UserPoolIdentityProviderSamlMetadata.url(metadataUrl);
  const file = fromRoot(metadataFile ?? '');
  if (!metadataFile || !existsSync(file)) {
    throw new ConfigError(`deploy.staff.saml.metadataFile: no file at ${file}`);
  }
  return UserPoolIdentityProviderSamlMetadata.file(readFileSync(file, 'utf8'));
};

/**
 * Staff sign-in: a Cognito user pool that only administrators add people to, with TOTP MFA
 * required, a strong password policy, recovery by email only and threat protection; one group per
 * team plus admins; Cognito's managed login pages on a prefix domain; and one confidential app
 * client for the staff function (authorization code grant with PKCE, nothing else).
 */
export class StaffSignIn extends Construct {
  readonly userPool: UserPool;
  readonly client: UserPoolClient;
  readonly domain: UserPoolDomain;
  readonly groups: readonly StaffGroup[];
  readonly callbackUrl: string;
  readonly signedOutUrl: string;
  /** Whether Cognito publishes threat protection (risk) metrics for the pool. */
  readonly threatProtection: boolean;

  constructor(scope: Construct, id: string, props: StaffSignInProps) {
    super(scope, id);
    const { settings, config } = props;
    const stack = Stack.of(this);
    const site = `https://${props.siteHost}`;
    this.callbackUrl = `${site}${STAFF_PATHS.callback}`;
    this.signedOutUrl = `${site}${STAFF_PATHS.signedOut}`;
    this.threatProtection = settings.threatProtection !== 'OFF';

    this.userPool = new UserPool(this, 'Users', {
      userPoolName: `${stack.stackName}-staff`,
      // Only administrators create accounts (aws cognito-idp admin-create-user, docs/deploy.md).
      selfSignUpEnabled: false,
      // The username is the email address; the pool's invitation sends a temporary password to it.
      signInAliases: { email: true },
      signInCaseSensitive: false,
      autoVerify: { email: true },
      keepOriginal: { email: true },
      // Mutable, so a federated provider's mapping can keep them up to date at each sign-in.
      standardAttributes: {
        email: { required: true, mutable: true },
        fullname: { required: false, mutable: true },
      },
      mfa: Mfa.REQUIRED,
      // An authenticator app only: no SMS (SIM swapping, cost) and no email codes.
      mfaSecondFactor: { sms: false, otp: true, email: false },
      passwordPolicy: {
        minLength: 14,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
        passwordHistorySize: 5,
      },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      userInvitation: {
        emailSubject: `Your staff account for ${config.serviceName}`,
        emailBody: String(
          html`<p>You have a staff account for ${config.serviceName} (${config.organisation}).</p><p>Your username is {username} and your temporary password is {####}</p><p>Sign in within 3 days at ${site}/staff/. You will choose your own password and set up an authenticator app, which gives you a code each time you sign in.</p>`,
        ),
      },
      featurePlan: FEATURE_PLANS[settings.threatProtection],
      standardThreatProtectionMode: THREAT_PROTECTION_MODES[settings.threatProtection],
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    if (settings.threatProtection !== 'ENFORCED') {
      acknowledge(
        this.userPool,
        'AwsSolutions-COG8',
        `deploy.staff.threatProtection is ${settings.threatProtection}: ${
          settings.threatProtection === 'OFF'
            ? 'the Essentials plan, without threat protection'
            : 'the Plus plan in audit mode'
        }, chosen in the deploy settings (for example to avoid the Plus plan's per-user price on a test deployment). MFA is still required; production keeps ENFORCED (docs/deploy.md).`,
      );
    }

    if (settings.threatProtection === 'ENFORCED') {
      // What ENFORCED does: refuse known-leaked passwords, and block sign-ins Cognito rates as
      // high risk (medium risk already meets the MFA that every sign-in needs). No notification
      // emails: they would need an SES identity of their own; the alarms tell operations.
      new CfnUserPoolRiskConfigurationAttachment(this, 'Risk', {
        userPoolId: this.userPool.userPoolId,
        clientId: 'ALL',
        compromisedCredentialsRiskConfiguration: {
          actions: { eventAction: 'BLOCK' },
          eventFilter: ['SIGN_IN', 'PASSWORD_CHANGE', 'SIGN_UP'],
        },
        accountTakeoverRiskConfiguration: {
          actions: {
            lowAction: { eventAction: 'NO_ACTION', notify: false },
            mediumAction: { eventAction: 'MFA_REQUIRED', notify: false },
            highAction: { eventAction: 'BLOCK', notify: false },
          },
        },
      });
    }

    this.groups = staffGroups(config.teams);
    for (const group of this.groups) {
      this.userPool.addGroup(`Group-${group.name}`, {
        groupName: group.name,
        description: group.description,
        ...(group.precedence === undefined ? {} : { precedence: group.precedence }),
      });
    }

    this.domain = this.userPool.addDomain('Domain', {
      cognitoDomain: { domainPrefix: props.domainPrefix },
      managedLoginVersion: ManagedLoginVersion.NEWER_MANAGED_LOGIN,
    });

    const providers: UserPoolClientIdentityProvider[] = [];
    let saml: UserPoolIdentityProviderSaml | undefined;
    if (settings.saml) {
      saml = new UserPoolIdentityProviderSaml(this, 'Saml', {
        userPool: this.userPool,
        name: settings.saml.name,
        metadata: samlMetadata(settings.saml),
        attributeMapping: {
          email: ProviderAttribute.other(settings.saml.emailAttribute),
          fullname: ProviderAttribute.other(settings.saml.nameAttribute),
        },
      });
      providers.push(UserPoolClientIdentityProvider.custom(settings.saml.name));
    }
    if (!settings.saml || settings.saml.passwordSignIn)
      providers.unshift(UserPoolClientIdentityProvider.COGNITO);

    // A new generation is a new client (new id and secret); the old one is then deleted.
    this.client = this.userPool.addClient(`Client${settings.clientGeneration}`, {
      userPoolClientName: 'staff-workspace',
      // Confidential: the staff function holds the secret and exchanges the code server-side.
      generateSecret: true,
      // Managed login does the signing in; no password flow reaches the API directly. SRP (which
      // still needs the client secret and MFA) and refresh are what Cognito expects as a minimum.
      authFlows: { userSrp: true },
      oAuth: {
        flows: { authorizationCodeGrant: true, implicitCodeGrant: false, clientCredentials: false },
        scopes: [OAuthScope.OPENID, OAuthScope.EMAIL, OAuthScope.PROFILE],
        callbackUrls: [this.callbackUrl],
        logoutUrls: [this.signedOutUrl],
      },
      supportedIdentityProviders: providers,
      preventUserExistenceErrors: true,
      idTokenValidity: TOKEN_VALIDITY,
      accessTokenValidity: TOKEN_VALIDITY,
      // Cognito's shortest; the workspace never refreshes (its own session ends instead).
      refreshTokenValidity: TOKEN_VALIDITY,
      // How long a person has at Cognito's pages (first sign-in: new password and authenticator).
      authSessionValidity: Duration.seconds(STAFF_SESSION.signInSeconds),
      enableTokenRevocation: true,
      readAttributes: new ClientAttributes().withStandardAttributes({
        email: true,
        emailVerified: true,
        fullname: true,
      }),
      // A federated provider's mapped attributes must be writable by the client. The client never
      // gets the aws.cognito.signin.user.admin scope, so a person cannot change them themselves.
      writeAttributes: new ClientAttributes().withStandardAttributes({ email: true, fullname: true }),
    });
    if (saml) this.client.node.addDependency(saml);

    // Managed login shows nothing for a client without a style: Cognito's own look.
    const branding = new CfnManagedLoginBranding(this, `Branding${settings.clientGeneration}`, {
      userPoolId: this.userPool.userPoolId,
      clientId: this.client.userPoolClientId,
      useCognitoProvidedValues: true,
    });
    branding.node.addDependency(this.domain);
  }

  /** The OpenID issuer: its discovery document is at /.well-known/openid-configuration. */
  get issuer(): string {
    const stack = Stack.of(this);
    return `https://cognito-idp.${stack.region}.${stack.urlSuffix}/${this.userPool.userPoolId}`;
  }

  /** Where signing out at Cognito happens; the staff function adds client_id and logout_uri. */
  get logoutUrl(): string {
    return `${this.domain.baseUrl()}/logout`;
  }

  /**
   * The client secret as CloudFormation's Fn::GetAtt on the app client: CloudFormation reads it
   * from Cognito while deploying, so it is never in the template or cdk.out. Not CDK's
   * `userPoolClientSecret`, which adds a custom resource (a Lambda function that reads the secret
   * with DescribeUserPoolClient) for the same value.
   */
  get clientSecret(): string {
    return (this.client.node.defaultChild as CfnUserPoolClient).attrClientSecret;
  }
}
