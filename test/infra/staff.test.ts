import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { App, Stack, Validations } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import rawConfig from '../../config/service.json' with { type: 'json' };
import { ConfigError } from '../../functions/config/parse-config.ts';
import {
  ADMIN_GROUP,
  CONTENT_SECURITY_POLICY,
  COUNTED_LOG_MESSAGES,
  PERMISSIONS_POLICY,
  STAFF_PATHS,
  STAFF_SESSION,
  STAFF_TABLE_SHAPE,
  TABLE_SHAPE,
} from '../../functions/contract/service-contract.ts';
import { ORIGIN_VERIFY_HEADER } from '../../functions/http/origin-check.ts';
import { API_REQUEST_HEADERS, STAFF_COOKIES } from '../../infra/constructs/site-distribution.ts';
import { StaffSignIn, staffGroups } from '../../infra/constructs/staff-sign-in.ts';
import { ENTRA_CLAIMS, parseDeploySettings } from '../../infra/deploy-settings.ts';
import { fromRoot } from '../../infra/paths.ts';

const SIGN_IN_REFUSED_MESSAGE = COUNTED_LOG_MESSAGES.signInRefused;

import {
  actionsOf,
  logicalId,
  nagFindings,
  type PolicyStatementJson,
  PRODUCTION,
  policyStatementsOf,
  SECURITY_HEADERS_CONFIG,
  type Synthesized,
  synth,
  VARIANT,
} from './support/synth.ts';

const ENTRA_METADATA =
  'https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/federationmetadata/2007-06/federationmetadata.xml?appid=11111111-1111-1111-1111-111111111111';

/** A council that federates to Entra ID only, without threat protection, on a second client. */
const FEDERATED = {
  config: PRODUCTION.config,
  deploy: {
    ...PRODUCTION.deploy,
    waf: { enabled: true, staffRequestsPerFiveMinutes: 120 },
    staff: {
      domainPrefix: 'northfield-staff',
      threatProtection: 'OFF',
      clientGeneration: 2,
      saml: { name: 'EntraID', metadataUrl: ENTRA_METADATA, passwordSignIn: false },
    },
  },
} as const;

let s: Synthesized;
let template: Template;
let trial: Synthesized;
let federated: Synthesized;
beforeAll(() => {
  s = synth(PRODUCTION);
  template = s.template;
  trial = synth(VARIANT);
  federated = synth(FEDERATED);
});

const SITE = `https://${new URL(PRODUCTION.config.siteUrl).host}`;
const TEAMS = Object.keys(rawConfig.teams);

/** A resource as the assertions library returns it (untyped JSON). */
type Resource = ReturnType<Template['findResources']>[string];
const resourcesOf = (t: Template, type: string): [string, Resource][] =>
  Object.entries(t.findResources(type)) as [string, Resource][];
const onlyOf = (t: Template, type: string): [string, Resource] => {
  const found = resourcesOf(t, type);
  expect(found, type).toHaveLength(1);
  return found[0] as [string, Resource];
};
const staffEnvironment = (x: Synthesized) =>
  x.template.toJSON().Resources[logicalId(x.service, x.service.staff.lambda)].Properties.Environment
    .Variables as Record<string, unknown>;

describe('1. staff sign-in: the Cognito user pool', () => {
  const pool = (t: Template = template) => onlyOf(t, 'AWS::Cognito::UserPool');

  it('has no self sign-up: only administrators create accounts, invited by email', () => {
    const [, { Properties }] = pool();
    expect(Properties.AdminCreateUserConfig).toMatchObject({
      AllowAdminCreateUserOnly: true,
      InviteMessageTemplate: {
        EmailSubject: `Your staff account for ${rawConfig.serviceName}`,
        EmailMessage: expect.stringContaining(`${SITE}/staff/`),
      },
    });
    expect(Properties.AdminCreateUserConfig.InviteMessageTemplate.EmailMessage).toMatch(
      /\{username\}.*\{####\}/,
    );
    expect(Properties.UsernameAttributes).toEqual(['email']);
    expect(Properties.UsernameConfiguration).toEqual({ CaseSensitive: false });
  });

  it('requires MFA for everyone, by authenticator app (TOTP) only: no SMS, no email codes', () => {
    const [, { Properties }] = pool();
    expect(Properties.MfaConfiguration).toBe('ON');
    expect(Properties.EnabledMfas).toEqual(['SOFTWARE_TOKEN_MFA']);
    expect(Properties.SmsConfiguration).toBeUndefined();
  });

  it('has a strong password policy and short-lived temporary passwords', () => {
    const [, { Properties }] = pool();
    expect(Properties.Policies.PasswordPolicy).toEqual({
      MinimumLength: 14,
      RequireLowercase: true,
      RequireUppercase: true,
      RequireNumbers: true,
      RequireSymbols: true,
      TemporaryPasswordValidityDays: 3,
      PasswordHistorySize: 5,
    });
  });

  it('recovers accounts by verified email only', () => {
    expect(pool()[1].Properties.AccountRecoverySetting).toEqual({
      RecoveryMechanisms: [{ Name: 'verified_email', Priority: 1 }],
    });
  });

  it('is protected from deletion and kept when the stack goes', () => {
    const [, resource] = pool();
    expect(resource.Properties.DeletionProtection).toBe('ACTIVE');
    expect(resource.DeletionPolicy).toBe('Retain');
  });

  it('enforces threat protection on the Plus plan: leaked passwords and high-risk sign-ins are blocked', () => {
    const [id, { Properties }] = pool();
    expect(Properties.UserPoolTier).toBe('PLUS');
    expect(Properties.UserPoolAddOns).toEqual({ AdvancedSecurityMode: 'ENFORCED' });
    const [, risk] = onlyOf(template, 'AWS::Cognito::UserPoolRiskConfigurationAttachment');
    expect(risk.Properties).toEqual({
      UserPoolId: { Ref: id },
      ClientId: 'ALL',
      CompromisedCredentialsRiskConfiguration: {
        Actions: { EventAction: 'BLOCK' },
        EventFilter: ['SIGN_IN', 'PASSWORD_CHANGE', 'SIGN_UP'],
      },
      AccountTakeoverRiskConfiguration: {
        Actions: {
          LowAction: { EventAction: 'NO_ACTION', Notify: false },
          MediumAction: { EventAction: 'MFA_REQUIRED', Notify: false },
          HighAction: { EventAction: 'BLOCK', Notify: false },
        },
      },
    });
  });

  it('with threat protection off (a deploy setting), uses the Essentials plan and still requires MFA', () => {
    const [, { Properties }] = pool(federated.template);
    expect(Properties.UserPoolTier).toBe('ESSENTIALS');
    expect(Properties.UserPoolAddOns?.AdvancedSecurityMode ?? 'OFF').toBe('OFF');
    expect(Properties.MfaConfiguration).toBe('ON');
    expect(resourcesOf(federated.template, 'AWS::Cognito::UserPoolRiskConfigurationAttachment')).toEqual([]);
  });

  it('has one group per team in config/service.json, plus admins, and no others', () => {
    const [poolId] = pool();
    const groups = resourcesOf(template, 'AWS::Cognito::UserPoolGroup').map(([, g]) => g.Properties);
    expect(groups.map((g) => g.GroupName).sort()).toEqual([...TEAMS, ADMIN_GROUP].sort());
    for (const group of groups) expect(group.UserPoolId).toEqual({ Ref: poolId });
    for (const [id, team] of Object.entries(rawConfig.teams)) {
      expect(groups.find((g) => g.GroupName === id)?.Description).toContain(team.name);
    }
  });

  it('refuses a team whose id is the admins group', () => {
    expect(() =>
      staffGroups({ ...rawConfig.teams, [ADMIN_GROUP]: { name: 'Admins', email: 'a@example.org' } }),
    ).toThrow(ConfigError);
  });

  it("serves Cognito's managed login on a prefix domain unique to the stack, or the one in the settings", () => {
    const [poolId] = pool();
    const [, domain] = onlyOf(template, 'AWS::Cognito::UserPoolDomain');
    expect(domain.Properties).toMatchObject({ UserPoolId: { Ref: poolId }, ManagedLoginVersion: 2 });
    expect(JSON.stringify(domain.Properties.Domain)).toContain('restorativereferrals-staff-');
    expect(JSON.stringify(domain.Properties.Domain)).toContain('AWS::StackId');
    expect(onlyOf(federated.template, 'AWS::Cognito::UserPoolDomain')[1].Properties.Domain).toBe(
      'northfield-staff',
    );
    const [, branding] = onlyOf(template, 'AWS::Cognito::ManagedLoginBranding');
    expect(branding.Properties).toEqual({
      UserPoolId: { Ref: poolId },
      ClientId: { Ref: onlyOf(template, 'AWS::Cognito::UserPoolClient')[0] },
      UseCognitoProvidedValues: true,
    });
  });

  it('refuses domain prefixes Cognito would refuse', () => {
    for (const domainPrefix of ['Staff', '-staff', 'my-aws-staff', 'cognito-staff', 'a_b']) {
      expect(() => parseDeploySettings({ staff: { domainPrefix } }), domainPrefix).toThrow(/domainPrefix/);
    }
    expect(() => synth({ ...PRODUCTION, deploy: { ...PRODUCTION.deploy, stackPrefix: 'Lawson' } })).toThrow(
      /deploy\.staff\.domainPrefix/,
    );
  });
});

describe('1. staff sign-in: the app client', () => {
  const client = (t: Template = template) => onlyOf(t, 'AWS::Cognito::UserPoolClient')[1].Properties;

  it('is confidential and allows the authorization code grant only, with openid, email and profile', () => {
    expect(client()).toMatchObject({
      GenerateSecret: true,
      AllowedOAuthFlowsUserPoolClient: true,
      AllowedOAuthFlows: ['code'],
      AllowedOAuthScopes: ['openid', 'email', 'profile'],
      SupportedIdentityProviders: ['COGNITO'],
      PreventUserExistenceErrors: 'ENABLED',
      EnableTokenRevocation: true,
    });
    // No implicit flow, no client credentials, and no password sent to Cognito's API in clear.
    expect(client().ExplicitAuthFlows).toEqual(['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH']);
  });

  it("returns only to the site's own /staff/callback and /staff/signed-out", () => {
    expect(client().CallbackURLs).toEqual([`${SITE}${STAFF_PATHS.callback}`]);
    expect(client().LogoutURLs).toEqual([`${SITE}${STAFF_PATHS.signedOut}`]);
  });

  it("uses the distribution's cloudfront.net name when the site has no domain of its own", () => {
    const distribution = onlyOf(trial.template, 'AWS::CloudFront::Distribution')[0];
    const onDistribution = (suffix: string) => [
      { 'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [distribution, 'DomainName'] }, suffix]] },
    ];
    expect(client(trial.template).CallbackURLs).toEqual(onDistribution(STAFF_PATHS.callback));
    expect(client(trial.template).LogoutURLs).toEqual(onDistribution(STAFF_PATHS.signedOut));
  });

  it('issues tokens for an hour at most, and gives a person 10 minutes on the sign-in pages', () => {
    expect(client()).toMatchObject({
      IdTokenValidity: 60,
      AccessTokenValidity: 60,
      RefreshTokenValidity: 60,
      TokenValidityUnits: { IdToken: 'minutes', AccessToken: 'minutes', RefreshToken: 'minutes' },
      AuthSessionValidity: STAFF_SESSION.signInSeconds / 60,
    });
  });

  it('reads only the email and name attributes', () => {
    expect(client().ReadAttributes).toEqual(['email', 'email_verified', 'name']);
    expect(client().WriteAttributes).toEqual(['email', 'name']);
  });

  it('federates to a SAML provider (Entra ID) from the deploy settings, mapping email and name', () => {
    const [providerId, provider] = onlyOf(federated.template, 'AWS::Cognito::UserPoolIdentityProvider');
    expect(provider.Properties).toMatchObject({
      ProviderName: 'EntraID',
      ProviderType: 'SAML',
      ProviderDetails: { MetadataURL: ENTRA_METADATA },
      AttributeMapping: { email: ENTRA_CLAIMS.email, name: ENTRA_CLAIMS.name },
    });
    // passwordSignIn: false leaves the provider as the only way in.
    expect(client(federated.template).SupportedIdentityProviders).toEqual(['EntraID']);
    const [, clientResource] = onlyOf(federated.template, 'AWS::Cognito::UserPoolClient');
    expect(clientResource.DependsOn).toContain(providerId);
  });
});

describe('1. staff sign-in: other identity providers', () => {
  const GOOGLE = {
    name: 'Google-Workspace',
    metadataFile: 'test/infra/fixtures/saml-metadata.xml',
    emailAttribute: 'email',
    nameAttribute: 'name',
  };
  const signInWith = (saml: Record<string, unknown>) => {
    const stack = new Stack(new App(), 'Test', { env: { region: 'eu-west-2' } });
    new StaffSignIn(stack, 'StaffSignIn', {
      config: rawConfig,
      settings: parseDeploySettings({ staff: { saml } }).staff,
      siteHost: 'referrals.example.org',
      domainPrefix: 'example-staff',
    });
    return Template.fromStack(stack);
  };

  it('reads a downloaded metadata file (Google Workspace) and keeps password sign-in unless told not to', () => {
    const t = signInWith(GOOGLE);
    const [, provider] = onlyOf(t, 'AWS::Cognito::UserPoolIdentityProvider');
    expect(provider.Properties).toMatchObject({
      ProviderName: 'Google-Workspace',
      ProviderType: 'SAML',
      ProviderDetails: { MetadataFile: readFileSync(fromRoot(GOOGLE.metadataFile), 'utf8') },
      AttributeMapping: { email: 'email', name: 'name' },
    });
    expect(onlyOf(t, 'AWS::Cognito::UserPoolClient')[1].Properties.SupportedIdentityProviders).toEqual([
      'COGNITO',
      'Google-Workspace',
    ]);
  });

  it('needs exactly one of a metadata address and file, and a name Cognito does not reserve', () => {
    expect(() => parseDeploySettings({ staff: { saml: { name: 'EntraID' } } })).toThrow(/exactly one/);
    expect(() =>
      parseDeploySettings({ staff: { saml: { ...GOOGLE, metadataUrl: ENTRA_METADATA } } }),
    ).toThrow(/exactly one/);
    expect(() => parseDeploySettings({ staff: { saml: { ...GOOGLE, name: 'Google' } } })).toThrow(/reserves/);
    expect(() => signInWith({ ...GOOGLE, metadataFile: 'no/such/file.xml' })).toThrow(/metadataFile/);
  });
});

describe('2. the staff function', () => {
  it('gets both table names, the issuer, client, logout address and origin-verify secret', () => {
    const pool = onlyOf(template, 'AWS::Cognito::UserPool')[0];
    const client = onlyOf(template, 'AWS::Cognito::UserPoolClient')[0];
    const domain = onlyOf(template, 'AWS::Cognito::UserPoolDomain')[0];
    expect(staffEnvironment(s)).toEqual({
      NODE_OPTIONS: '--enable-source-maps',
      TABLE_NAME: { Ref: expect.stringMatching(/^SubmissionsTable/) },
      STAFF_TABLE_NAME: { Ref: expect.stringMatching(/^StaffDataTable/) },
      OIDC_ISSUER: {
        'Fn::Join': ['', ['https://cognito-idp.eu-west-2.', { Ref: 'AWS::URLSuffix' }, '/', { Ref: pool }]],
      },
      OIDC_CLIENT_ID: { Ref: client },
      OIDC_CLIENT_SECRET: { 'Fn::GetAtt': [client, 'ClientSecret'] },
      OIDC_LOGOUT_URL: {
        'Fn::Join': ['', ['https://', { Ref: domain }, '.auth.eu-west-2.amazoncognito.com/logout']],
      },
      ORIGIN_VERIFY_SECRET: expect.objectContaining({ 'Fn::Join': expect.anything() }),
      // Erasing removes the confirmation claim, kept under a keyed hash of the address.
      HASH_KEY: expect.objectContaining({ 'Fn::Join': expect.anything() }),
      SITE_URL: 'https://referrals.northfield.example.org',
      // Issue 22: download links and erasure of evidence files.
      EVIDENCE_BUCKET: { Ref: expect.stringMatching(/^EvidenceBucket/) },
    });
  });

  it('gives the staff and notify functions the site’s public address (sign-in return, email links)', () => {
    const notify =
      template.toJSON().Resources[logicalId(s.service, s.service.notify.lambda)].Properties.Environment
        .Variables;
    expect(notify.SITE_URL).toEqual(staffEnvironment(s).SITE_URL);
  });

  it('never has the client secret in the template or cdk.out, only where CloudFormation reads it', () => {
    const client = onlyOf(template, 'AWS::Cognito::UserPoolClient')[0];
    const text = JSON.stringify(template.toJSON());
    // The only mention of the secret is the one Fn::GetAtt in the function's environment.
    expect(text.match(/ClientSecret/g)).toHaveLength(1);
    expect(staffEnvironment(s).OIDC_CLIENT_SECRET).toEqual({ 'Fn::GetAtt': [client, 'ClientSecret'] });
    expect(JSON.stringify(template.toJSON().Outputs)).not.toContain('ClientSecret');
    // No custom resource that reads the secret (CDK's userPoolClientSecret), no copy in Secrets Manager.
    expect(text).not.toContain('DescribeCognitoUserPoolClient');
    // (The hash key is the other secret: the staff function never gets it, test/infra/hash-key.test.ts.)
    expect(
      resourcesOf(template, 'AWS::SecretsManager::Secret')
        .map(([id]) => id)
        .sort(),
    ).toEqual([expect.stringMatching(/^HashKeySecret/), expect.stringMatching(/^OriginVerifySecret/)]);
    // Every file synth wrote: templates, asset manifests, the assembly's metadata.
    const files = readdirSync(s.outdir, { recursive: true, withFileTypes: true }).filter(
      (f) => f.isFile() && f.name.endsWith('.json'),
    );
    for (const file of files) {
      const content = readFileSync(path.join(file.parentPath, file.name), 'utf8');
      expect(content.match(/"ClientSecret"/g)?.length ?? 0, file.name).toBeLessThanOrEqual(1);
    }
  });

  it('a new client generation replaces the client, and the function follows it', () => {
    const [client] = onlyOf(federated.template, 'AWS::Cognito::UserPoolClient');
    expect(client).toMatch(/Client2/);
    expect(staffEnvironment(federated)).toMatchObject({
      OIDC_CLIENT_ID: { Ref: client },
      OIDC_CLIENT_SECRET: { 'Fn::GetAtt': [client, 'ClientSecret'] },
    });
  });

  it('is answered by the handler that logs the refused sign-ins the alarm counts', () => {
    const sources = readdirSync(fromRoot('functions'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts'))
      .map((f) => readFileSync(fromRoot('functions', f), 'utf8'));
    expect(sources.some((source) => source.includes('logger.warn(COUNTED_LOG_MESSAGES.signInRefused'))).toBe(
      true,
    );
  });
});

describe('3. route and edge', () => {
  const config = () => onlyOf(template, 'AWS::CloudFront::Distribution')[1].Properties.DistributionConfig;
  const behaviour = (pattern: string) =>
    config().CacheBehaviors.find((b: { PathPattern: string }) => b.PathPattern === pattern);

  it('sends GET and POST /staff/{proxy+} (and GET /staff) to the staff function only', () => {
    const staff = logicalId(s.service, s.service.staff.lambda);
    const staffRoutes = resourcesOf(template, 'AWS::ApiGatewayV2::Route').filter(([, r]) =>
      r.Properties.RouteKey.includes(' /staff'),
    );
    expect(staffRoutes.map(([, r]) => r.Properties.RouteKey).sort()).toEqual([
      'GET /staff',
      'GET /staff/{proxy+}',
      'POST /staff/{proxy+}',
    ]);
    const targets = new Set(staffRoutes.map(([, r]) => JSON.stringify(r.Properties.Target)));
    expect(targets.size).toBe(1);
    const integrationId = staffRoutes[0]?.[1].Properties.Target['Fn::Join'][1][1].Ref;
    expect(template.toJSON().Resources[integrationId].Properties).toMatchObject({
      IntegrationType: 'AWS_PROXY',
      PayloadFormatVersion: '2.0',
      IntegrationUri: { 'Fn::GetAtt': [staff, 'Arn'] },
    });
  });

  it('lets API Gateway invoke the staff function only for the staff routes', () => {
    const staff = logicalId(s.service, s.service.staff.lambda);
    const permissions = resourcesOf(template, 'AWS::Lambda::Permission').filter(([, p]) =>
      JSON.stringify(p.Properties.FunctionName).includes(staff),
    );
    expect(permissions.length).toBe(3);
    for (const [, permission] of permissions) {
      expect(permission.Properties.Principal).toBe('apigateway.amazonaws.com');
      expect(JSON.stringify(permission.Properties.SourceArn)).toMatch(/\/staff/);
    }
  });

  it('has a /staff/* behaviour to the API origin: HTTPS only, every method, never cached', () => {
    expect(behaviour('/staff/*')).toMatchObject({
      TargetOriginId: behaviour('/api/*').TargetOriginId,
      // Refused over plain HTTP, not redirected (issue 9.2).
      ViewerProtocolPolicy: 'https-only',
      AllowedMethods: ['GET', 'HEAD', 'OPTIONS', 'PUT', 'PATCH', 'POST', 'DELETE'],
      CachePolicyId: '4135ea2d-6df8-44a3-9df3-4b5a84be39ad', // Managed-CachingDisabled
    });
    const origin = config().Origins.find(
      (o: { Id: string }) => o.Id === behaviour('/staff/*').TargetOriginId,
    );
    expect(origin.OriginCustomHeaders.map((h: { HeaderName: string }) => h.HeaderName)).toEqual([
      ORIGIN_VERIFY_HEADER,
    ]);
  });

  it("forwards the staff cookies, query string, Origin and Sec-Fetch-Site, and the API's headers, never Host", () => {
    const policyId = behaviour('/staff/*').OriginRequestPolicyId.Ref as string;
    expect(policyId).not.toBe(behaviour('/api/*').OriginRequestPolicyId.Ref);
    const policy = template.toJSON().Resources[policyId].Properties.OriginRequestPolicyConfig;
    expect(policy).toMatchObject({
      QueryStringsConfig: { QueryStringBehavior: 'all' },
      HeadersConfig: {
        HeaderBehavior: 'whitelist',
        Headers: [...API_REQUEST_HEADERS],
      },
      CookiesConfig: {
        CookieBehavior: 'whitelist',
        Cookies: [STAFF_SESSION.cookie, STAFF_SESSION.loginCookie],
      },
    });
    expect(STAFF_COOKIES).toEqual([STAFF_SESSION.cookie, STAFF_SESSION.loginCookie]);
    expect(policy.HeadersConfig.Headers.map((h: string) => h.toLowerCase())).not.toContain('host');
  });

  it('sets the security headers, frame-ancestors none and Cache-Control: no-store on staff pages', () => {
    const id = behaviour('/staff/*').ResponseHeadersPolicyId.Ref as string;
    const policy = template.toJSON().Resources[id].Properties.ResponseHeadersPolicyConfig;
    expect(policy.SecurityHeadersConfig).toEqual(SECURITY_HEADERS_CONFIG);
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(policy.CustomHeadersConfig.Items).toEqual([
      { Header: 'Permissions-Policy', Value: PERMISSIONS_POLICY, Override: true },
      { Header: 'Cross-Origin-Opener-Policy', Value: 'same-origin', Override: true },
      { Header: 'Cross-Origin-Resource-Policy', Value: 'same-origin', Override: true },
      { Header: 'Cache-Control', Value: 'no-store', Override: true },
    ]);
  });

  it('rate-limits staff posts and sign-ins per IP address in the WAF, apart from form posts', () => {
    const rules = (x: Synthesized) =>
      Object.values(x.wafTemplate?.findResources('AWS::WAFv2::WebACL') ?? {})[0]?.Properties.Rules as {
        Name: string;
        Priority: number;
        Statement: { RateBasedStatement: { Limit: number } };
        Action?: unknown;
      }[];
    const staffRule = rules(s).find((r) => r.Name === 'LimitStaffRequestsPerIp');
    const match = (field: string, constraint: string, value: string) => ({
      ByteMatchStatement: {
        FieldToMatch: { [field]: {} },
        PositionalConstraint: constraint,
        SearchString: value,
        TextTransformations: [{ Priority: 0, Type: 'NONE' }],
      },
    });
    expect(staffRule).toMatchObject({
      Priority: 4,
      Action: {
        Block: { CustomResponse: { ResponseCode: 429, CustomResponseBodyKey: 'too-many-staff-requests' } },
      },
      Statement: {
        RateBasedStatement: {
          Limit: 300,
          EvaluationWindowSec: 300,
          AggregateKeyType: 'IP',
          ScopeDownStatement: {
            AndStatement: {
              Statements: [
                match('UriPath', 'STARTS_WITH', '/staff/'),
                {
                  OrStatement: {
                    Statements: [
                      match('Method', 'EXACTLY', 'POST'),
                      match('UriPath', 'EXACTLY', STAFF_PATHS.signIn),
                      match('UriPath', 'EXACTLY', STAFF_PATHS.callback),
                    ],
                  },
                },
              ],
            },
          },
        },
      },
    });
    expect(rules(s).map((r) => `${r.Priority} ${r.Name}`)).toEqual([
      '0 LimitApiRequestsPerIp',
      '1 LimitFormPostsPerIp',
      '2 TooManyApiRequestsPage',
      '3 TooManyApiRequests',
      '4 LimitStaffRequestsPerIp',
      '5 LimitReturnRequestsPerIp',
      '6 AWSManagedRulesCommonRuleSet',
    ]);
    expect(
      rules(federated).find((r) => r.Name === 'LimitStaffRequestsPerIp')?.Statement.RateBasedStatement.Limit,
    ).toBe(120);
  });
});

describe('4. tables', () => {
  it('adds the by-team index (team, createdAt) to the submissions table, for the inbox', () => {
    const submissions = logicalId(s.service, s.service.node.findChild('Submissions').node.findChild('Table'));
    const { byTeamIndex } = TABLE_SHAPE;
    const table = template.toJSON().Resources[submissions].Properties;
    expect(table.GlobalSecondaryIndexes).toContainEqual({
      IndexName: byTeamIndex.indexName,
      KeySchema: [
        { AttributeName: byTeamIndex.partitionKey.name, KeyType: 'HASH' },
        { AttributeName: byTeamIndex.sortKey.name, KeyType: 'RANGE' },
      ],
      Projection: { ProjectionType: 'ALL' },
    });
    expect(table.AttributeDefinitions).toContainEqual({ AttributeName: 'team', AttributeType: 'S' });
  });

  const staffTable = () => {
    const id = logicalId(s.service, s.service.node.findChild('StaffData').node.findChild('Table'));
    return template.toJSON().Resources[id];
  };
  const staffKey = () => logicalId(s.service, s.service.node.findChild('StaffData').node.findChild('Key'));

  it('has a staff table built from STAFF_TABLE_SHAPE: pk + sk, the by-actor index, TTL and the audit archive’s stream', () => {
    const { partitionKey, sortKey, byActorIndex } = STAFF_TABLE_SHAPE;
    const { Properties } = staffTable();
    expect(Properties.KeySchema).toEqual([
      { AttributeName: partitionKey.name, KeyType: 'HASH' },
      { AttributeName: sortKey.name, KeyType: 'RANGE' },
    ]);
    expect(Properties.GlobalSecondaryIndexes).toEqual([
      {
        IndexName: byActorIndex.indexName,
        KeySchema: [
          { AttributeName: byActorIndex.partitionKey.name, KeyType: 'HASH' },
          { AttributeName: byActorIndex.sortKey.name, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      },
    ]);
    expect(Properties.TimeToLiveSpecification).toEqual({
      AttributeName: STAFF_TABLE_SHAPE.timeToLiveAttribute,
      Enabled: true,
    });
    // The audit archive reads it (test/infra/audit-trail.test.ts); nothing else does.
    expect(Properties.StreamSpecification).toEqual({ StreamViewType: STAFF_TABLE_SHAPE.streamViewType });
  });

  it('encrypts it with its own rotating key, recovers to any point, and keeps both when the stack goes', () => {
    const table = staffTable();
    expect(table.DeletionPolicy).toBe('Retain');
    expect(table.Properties).toMatchObject({
      BillingMode: 'PAY_PER_REQUEST',
      SSESpecification: { SSEEnabled: true, SSEType: 'KMS' },
      Replicas: [
        expect.objectContaining({
          PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
          DeletionProtectionEnabled: true,
          SSESpecification: { KMSMasterKeyId: { 'Fn::GetAtt': [staffKey(), 'Arn'] } },
        }),
      ],
    });
    const key = template.toJSON().Resources[staffKey()];
    expect(key.Properties.EnableKeyRotation).toBe(true);
    expect(key.DeletionPolicy).toBe('Retain');
  });
});

describe('5. least privilege for the staff function', () => {
  const everyStatement = () => policyStatementsOf(template, logicalId(s.service, s.service.staff.role));
  /** What the role may do; the explicit denials are asserted on their own. */
  const statements = () => everyStatement().filter((st) => st.Effect === 'Allow');
  const arnOf = (resource: string) => `{"Fn::GetAtt":["${resource}","Arn"]}`;
  const indexOf = (resource: string, index: string) =>
    `{"Fn::Join":["",[${arnOf(resource)},"/index/${index}"]]}`;
  /** What the role may do to each resource, from the (merged) statements. */
  const grants = () => {
    const byResource = new Map<string, string[]>();
    for (const st of statements()) {
      const resources = Array.isArray(st.Resource) ? st.Resource : [st.Resource];
      for (const resource of resources) {
        const key = JSON.stringify(resource);
        byResource.set(key, [...(byResource.get(key) ?? []), ...actionsOf([st])].sort());
      }
    }
    return byResource;
  };
  const id = (construct: string, child: string) =>
    logicalId(s.service, s.service.node.findChild(construct).node.findChild(child));

  it('may read, list by team or form, record progress, enter a Case Review application and erase submissions: nothing else on that table', () => {
    const submissions = id('Submissions', 'Table');
    const g = grants();
    expect(g.get(arnOf(submissions))).toEqual([
      'dynamodb:BatchGetItem',
      'dynamodb:DeleteItem',
      'dynamodb:GetItem',
      'dynamodb:PutItem',
      'dynamodb:Scan',
      'dynamodb:UpdateItem',
    ]);
    // Erasing finds the duplicate guard by a Scan that may read the key, kind and reference only.
    const scan = statements().find(
      (st) => actionsOf([st]).includes('dynamodb:Scan') && JSON.stringify(st.Resource).includes(submissions),
    );
    expect(actionsOf(scan ? [scan] : [])).toEqual(['dynamodb:Scan']);
    expect(scan?.Condition).toEqual({
      'ForAllValues:StringEquals': { 'dynamodb:Attributes': ['pk', 'kind', 'reference'] },
      StringEquals: { 'dynamodb:Select': 'SPECIFIC_ATTRIBUTES' },
    });
    // Updates touch only the progress attributes (steps, status, assignee, the look-up key kept in
    // step with them), the timeline of contact attempts and notes and the follow-up, never answers or emails.
    const update = statements().find(
      (st) =>
        actionsOf([st]).includes('dynamodb:UpdateItem') && JSON.stringify(st.Resource).includes(submissions),
    );
    if (!update) throw new Error('No UpdateItem statement on the submissions table');
    expect(actionsOf([update])).toEqual(['dynamodb:UpdateItem']);
    expect(update.Condition).toEqual({
      'ForAllValues:StringEquals': {
        'dynamodb:Attributes': [
          'pk',
          'steps',
          'status',
          'assignee',
          'timeline',
          'lookup',
          'followUp',
          'letters',
        ],
      },
      StringEqualsIfExists: { 'dynamodb:ReturnValues': ['NONE'] },
    });
    expect(g.get(indexOf(submissions, TABLE_SHAPE.byTeamIndex.indexName))).toEqual(['dynamodb:Query']);
    expect(g.get(indexOf(submissions, TABLE_SHAPE.byFormIndex.indexName))).toEqual(['dynamodb:Query']);
    // Search and My work: Queries on the look-up index by key, read-only.
    expect(g.get(indexOf(submissions, TABLE_SHAPE.byLookupIndex.indexName))).toEqual(['dynamodb:Query']);
    const onSubmissions = [...g.entries()].filter(([resource]) => resource.includes(submissions));
    expect(onSubmissions).toHaveLength(4);
  });

  it('may keep sessions and the audit trail in the staff table, query its by-actor index, and never scan', () => {
    const staff = id('StaffData', 'Table');
    const g = grants();
    expect(g.get(arnOf(staff))).toEqual([
      'dynamodb:BatchGetItem',
      'dynamodb:DeleteItem',
      'dynamodb:GetItem',
      'dynamodb:PutItem',
      'dynamodb:Query',
      'dynamodb:UpdateItem',
    ]);
    expect(g.get(indexOf(staff, STAFF_TABLE_SHAPE.byActorIndex.indexName))).toEqual(['dynamodb:Query']);
    expect([...g.keys()].filter((resource) => resource.includes(staff))).toHaveLength(2);
  });

  it('may update or delete only sessions, sign-ins and morning-email choices in the staff table, never an audit entry', () => {
    const staff = arnOf(id('StaffData', 'Table'));
    const mutating = statements().filter(
      (st) =>
        JSON.stringify(st.Resource) === staff &&
        actionsOf([st]).some((a) => a === 'dynamodb:UpdateItem' || a === 'dynamodb:DeleteItem'),
    );
    expect(mutating).toHaveLength(1);
    expect(actionsOf(mutating)).toEqual(['dynamodb:DeleteItem', 'dynamodb:UpdateItem']);
    expect(mutating[0]?.Condition).toEqual({
      'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['SESSION#*', 'SIGNIN#*', 'MORNING-EMAIL'] },
    });
  });

  it('is denied, whatever else it is granted, any update or delete of an audit entry', () => {
    const denials = everyStatement().filter((st) => st.Effect === 'Deny');
    expect(denials).toHaveLength(1);
    expect(actionsOf(denials)).toEqual([
      'dynamodb:BatchWriteItem',
      'dynamodb:DeleteItem',
      'dynamodb:UpdateItem',
    ]);
    expect(JSON.stringify(denials[0]?.Resource)).toBe(arnOf(id('StaffData', 'Table')));
    expect(denials[0]?.Condition).toEqual({
      'ForAnyValue:StringLike': { 'dynamodb:LeadingKeys': [`${STAFF_TABLE_SHAPE.auditPrefix}*`] },
    });
  });

  it('has exactly these actions: no batch writes, streams, email, secrets or Cognito administration, and scans of key attributes only', () => {
    expect(actionsOf(statements())).toEqual([
      'dynamodb:BatchGetItem',
      'dynamodb:DeleteItem',
      'dynamodb:GetItem',
      'dynamodb:PutItem',
      'dynamodb:Query',
      'dynamodb:Scan',
      'dynamodb:UpdateItem',
      'kms:Decrypt',
      'kms:DescribeKey',
      'kms:Encrypt',
      'kms:GenerateDataKey',
      'logs:CreateLogStream',
      'logs:PutLogEvents',
      // Issue 22: evidence files by prefix (test/infra/evidence.test.ts).
      's3:DeleteObject',
      's3:DeleteObjectVersion',
      's3:GetObject',
      's3:ListBucket',
      's3:ListBucketVersions',
      'xray:PutTelemetryRecords',
      'xray:PutTraceSegments',
    ]);
  });

  it('uses the two tables’ keys and nothing else for KMS', () => {
    const kms = statements().filter((st) => actionsOf([st]).some((a) => a.startsWith('kms:')));
    const keys = kms.flatMap((st: PolicyStatementJson) =>
      (Array.isArray(st.Resource) ? st.Resource : [st.Resource]).map((r) => JSON.stringify(r)),
    );
    expect(keys.sort()).toEqual([arnOf(id('StaffData', 'Key')), arnOf(id('Submissions', 'Key'))].sort());
  });

  it('uses "*" only for X-Ray (and evidence objects by prefix)', () => {
    const wildcard = statements().filter(
      (st) => JSON.stringify(st.Resource).includes('*') && !actionsOf([st]).every((a) => a.startsWith('s3:')),
    );
    expect(actionsOf(wildcard)).toEqual(['xray:PutTelemetryRecords', 'xray:PutTraceSegments']);
  });

  it('leaves the other functions without the staff table', () => {
    const staff = id('StaffData', 'Table');
    for (const fn of [s.service.submit, s.service.notify, s.service.monthlyReport]) {
      const text = JSON.stringify(policyStatementsOf(template, logicalId(s.service, fn.role)));
      expect(text).not.toContain(staff);
      expect(text).not.toContain(id('StaffData', 'Key'));
    }
  });
});

describe('6. alarms', () => {
  const topic = () => onlyOf(template, 'AWS::SNS::Topic')[0];
  const alarm = (t: Template, name: string) =>
    resourcesOf(t, 'AWS::CloudWatch::Alarm').find(([id]) => id.startsWith(`Alarms${name}`))?.[1].Properties;

  it('counts refused sign-ins from the staff log (Powertools JSON, message "sign-in refused")', () => {
    const [, filter] = resourcesOf(template, 'AWS::Logs::MetricFilter').find(
      ([, f]) => f.Properties.MetricTransformations[0].MetricName === 'StaffSignInRefused',
    ) ?? [undefined, { Properties: undefined }];
    expect(filter.Properties).toEqual({
      LogGroupName: { Ref: logicalId(s.service, s.service.staff.logGroup) },
      FilterPattern: `{ $.message = "${SIGN_IN_REFUSED_MESSAGE}" }`,
      MetricTransformations: [
        {
          MetricName: 'StaffSignInRefused',
          MetricNamespace: 'RestorativeReferrals-Service/Staff',
          MetricValue: '1',
        },
      ],
    });
    expect(SIGN_IN_REFUSED_MESSAGE).toBe('sign-in refused');
  });

  it('alarms at 10 or more refused sign-ins in five minutes', () => {
    expect(alarm(template, 'StaffSignInRefused')).toMatchObject({
      Namespace: 'RestorativeReferrals-Service/Staff',
      MetricName: 'StaffSignInRefused',
      Statistic: 'Sum',
      Period: 300,
      Threshold: 10,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      EvaluationPeriods: 1,
      TreatMissingData: 'notBreaching',
      AlarmActions: [{ Ref: topic() }],
      OKActions: [{ Ref: topic() }],
    });
  });

  it('alarms on any error or throttle of the staff function', () => {
    const staff = logicalId(s.service, s.service.staff.lambda);
    for (const name of ['StaffErrors', 'StaffThrottles']) {
      expect(alarm(template, name)).toMatchObject({
        Namespace: 'AWS/Lambda',
        Dimensions: [{ Name: 'FunctionName', Value: { Ref: staff } }],
        Threshold: 0,
        ComparisonOperator: 'GreaterThanThreshold',
        AlarmActions: [{ Ref: topic() }],
      });
    }
  });

  it("alarms on Cognito's threat protection metrics for the pool: leaked passwords, risky sign-ins", () => {
    const pool = onlyOf(template, 'AWS::Cognito::UserPool')[0];
    const query = (metric: string) => ({
      'Fn::Join': ['', [`SELECT SUM(${metric}) FROM "AWS/Cognito" WHERE UserPoolId = '`, { Ref: pool }, "'"]],
    });
    expect(alarm(template, 'StaffCompromisedCredentials')).toMatchObject({
      Metrics: [expect.objectContaining({ Expression: query('CompromisedCredentialRisk'), Period: 300 })],
      Threshold: 0,
      ComparisonOperator: 'GreaterThanThreshold',
      AlarmActions: [{ Ref: topic() }],
    });
    expect(alarm(template, 'StaffAccountTakeoverRisk')).toMatchObject({
      Metrics: [expect.objectContaining({ Expression: query('AccountTakeoverRisk'), Period: 3600 })],
      Threshold: 3,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
    });
  });

  it('has no Cognito risk alarms when threat protection is off (no such metrics)', () => {
    expect(alarm(federated.template, 'StaffCompromisedCredentials')).toBeUndefined();
    expect(alarm(federated.template, 'StaffAccountTakeoverRisk')).toBeUndefined();
    expect(alarm(federated.template, 'StaffSignInRefused')).toBeDefined();
  });
});

describe('7. cdk-nag', () => {
  it('passes the Cognito rules by configuration (MFA, password policy, Plus plan)', () => {
    expect(nagFindings(s)).toEqual([]);
  });

  it('with threat protection off and SAML, acknowledges only the Plus plan rule, with the setting as reason', () => {
    expect(nagFindings(federated)).toEqual([]);
    const acknowledged = (x: Synthesized) =>
      x.service.staffSignIn.userPool.node.metadata
        .filter((m) => m.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
        .map((m) => JSON.stringify(m.data))
        .join();
    expect(acknowledged(federated)).toMatch(/AwsSolutions-COG8.*deploy\.staff\.threatProtection is OFF/);
    expect(acknowledged(s)).toBe('');
  });
});
