import type { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import rawConfig from '../../config/service.json' with { type: 'json' };
import { RETURN_SESSION, STAFF_TABLE_SHAPE, TABLE_SHAPE } from '../../functions/contract/service-contract.ts';
import { ORIGIN_VERIFY_HEADER } from '../../functions/http/origin-check.ts';
import { ADDITION_ATTRIBUTES, RETURN_WRITABLE_KEYS } from '../../infra/constructs/return-pages.ts';
import { API_REQUEST_HEADERS } from '../../infra/constructs/site-distribution.ts';
import {
  actionsOf,
  behaviourOf,
  distributionOf,
  logicalId,
  nagFindings,
  type PolicyStatementJson,
  PRODUCTION,
  policyStatementsOf,
  routesMatching,
  type Synthesized,
  synth,
} from './support/synth.ts';

let s: Synthesized;

beforeAll(() => {
  s = synth(PRODUCTION);
}, 120_000);

type Resource = ReturnType<Template['findResources']>[string];
const resources = (type: string) => Object.entries(s.template.findResources(type)) as [string, Resource][];
const distribution = () => distributionOf(s.template);
const behaviour = (pattern: string) => behaviourOf(s.template, pattern);
const roleOf = (fn: { role: unknown }) => logicalId(s.service, fn.role as never);

describe('the way back in on AWS (issue 21)', () => {
  it('sends GET and POST under /return/ and /cy/return/ (and the prefixes themselves) to its own function only', () => {
    const fn = logicalId(s.service, s.service.returnPages.fn.lambda);
    const { keys, targets } = routesMatching(s.template, '/return');
    expect(keys).toEqual([
      'GET /cy/return',
      'GET /cy/return/{proxy+}',
      'GET /return',
      'GET /return/{proxy+}',
      'POST /cy/return',
      'POST /cy/return/{proxy+}',
      'POST /return',
      'POST /return/{proxy+}',
    ]);
    expect(targets).toEqual([{ 'Fn::GetAtt': [fn, 'Arn'] }]);
  });

  it('has a behaviour per language to the API origin: HTTPS only, never cached, no-store, its session cookie only', () => {
    for (const pattern of ['/return/*', '/cy/return/*']) {
      expect(behaviour(pattern)).toMatchObject({
        TargetOriginId: behaviour('/api/*').TargetOriginId,
        ViewerProtocolPolicy: 'https-only',
        AllowedMethods: ['GET', 'HEAD', 'OPTIONS', 'PUT', 'PATCH', 'POST', 'DELETE'],
        CachePolicyId: '4135ea2d-6df8-44a3-9df3-4b5a84be39ad', // Managed-CachingDisabled
      });
      const policy =
        s.template.toJSON().Resources[behaviour(pattern).OriginRequestPolicyId.Ref].Properties
          .OriginRequestPolicyConfig;
      expect(policy).toMatchObject({
        HeadersConfig: { HeaderBehavior: 'whitelist', Headers: [...API_REQUEST_HEADERS] },
        CookiesConfig: { CookieBehavior: 'whitelist', Cookies: [RETURN_SESSION.cookie] },
      });
      const headers =
        s.template.toJSON().Resources[behaviour(pattern).ResponseHeadersPolicyId.Ref].Properties
          .ResponseHeadersPolicyConfig.CustomHeadersConfig.Items;
      expect(headers).toContainEqual({ Header: 'Cache-Control', Value: 'no-store', Override: true });
    }
    const origin = distribution().Origins.find(
      (o: { Id: string }) => o.Id === behaviour('/return/*').TargetOriginId,
    );
    expect(origin.OriginCustomHeaders.map((h: { HeaderName: string }) => h.HeaderName)).toEqual([
      ORIGIN_VERIFY_HEADER,
    ]);
  });

  it('lets the return code cookie, and no other, reach the confirmation page under /api/*', () => {
    const policy =
      s.template.toJSON().Resources[behaviour('/api/*').OriginRequestPolicyId.Ref].Properties
        .OriginRequestPolicyConfig;
    expect(policy.CookiesConfig).toEqual({
      CookieBehavior: 'whitelist',
      Cookies: [RETURN_SESSION.codeCookie],
    });
  });

  it('gives the function only what it needs: reads, its own items, additions, and audit entries', () => {
    const statements = policyStatementsOf(s.template, roleOf(s.service.returnPages.fn));
    const dynamo = statements.filter((st) => actionsOf([st]).some((a) => a.startsWith('dynamodb:')));
    const json = JSON.stringify(dynamo);
    expect(actionsOf(dynamo)).toEqual([
      'dynamodb:DeleteItem',
      'dynamodb:GetItem',
      'dynamodb:PutItem',
      'dynamodb:UpdateItem',
    ]);
    const writes = (st: PolicyStatementJson) => actionsOf([st]).some((a) => a !== 'dynamodb:GetItem');
    // Every write is held to its own keys, the addition's attributes, or audit entries.
    for (const st of dynamo.filter(writes)) expect(st.Condition).toBeDefined();
    expect(json).toContain(JSON.stringify(RETURN_WRITABLE_KEYS));
    expect(json).toContain(JSON.stringify(ADDITION_ATTRIBUTES));
    expect(json).toContain(`${STAFF_TABLE_SHAPE.auditPrefix}*`);
    expect(ADDITION_ATTRIBUTES).not.toContain('answers');
    expect(RETURN_WRITABLE_KEYS).toEqual([
      `${TABLE_SHAPE.returnSessionPrefix}*`,
      `${TABLE_SHAPE.returnLimitPrefix}*`,
      `${TABLE_SHAPE.returnLinkPrefix}*`,
    ]);
    expect(json).not.toContain('dynamodb:Query');
    expect(json).not.toContain('dynamodb:Scan');
  });

  it('may read SES’s suppression list and nothing else of SES beyond sending (no resource-level permission exists for it)', () => {
    const statements = policyStatementsOf(s.template, roleOf(s.service.returnPages.fn));
    const ses = actionsOf(statements).filter((a) => a.startsWith('ses:'));
    expect([...new Set(ses)].sort()).toEqual(['ses:GetSuppressedDestination', 'ses:SendEmail']);
    const [read] = statements.filter((st) => actionsOf([st]).includes('ses:GetSuppressedDestination'));
    // CDK may merge it with X-Ray's statement, which also has resource "*" and no condition.
    expect(read).toMatchObject({ Effect: 'Allow', Resource: '*' });
    expect(read?.Condition).toBeUndefined();
    expect(
      actionsOf([read as PolicyStatementJson]).every(
        (a) => a === 'ses:GetSuppressedDestination' || a.startsWith('xray:'),
      ),
    ).toBe(true);
  });

  it('sends the one-time sign-in link only from the sender address, through the identity and configuration set', () => {
    const fn = s.service.returnPages.fn;
    const statements = policyStatementsOf(s.template, roleOf(fn));
    const sends = statements.filter((st) => actionsOf([st]).includes('ses:SendEmail'));
    expect(sends).toHaveLength(1);
    expect(sends[0]?.Action).toBe('ses:SendEmail');
    expect(sends[0]?.Condition).toEqual({ StringEquals: { 'ses:FromAddress': rawConfig.senderEmail } });
    const arns = JSON.stringify(sends[0]?.Resource);
    expect(arns).toContain(':identity/');
    expect(arns).toContain(':configuration-set/');
    const variables = resources('AWS::Lambda::Function').find(
      ([id]) => id === logicalId(s.service, fn.lambda),
    )?.[1].Properties.Environment.Variables;
    expect(variables.SES_CONFIGURATION_SET).toEqual({ Ref: expect.stringMatching(/^EmailConfigurationSet/) });
  });

  it('lets submit update only a return code hash', () => {
    const statements = policyStatementsOf(s.template, roleOf(s.service.submit));
    const updates = statements.filter((st) => actionsOf([st]).includes('dynamodb:UpdateItem'));
    expect(updates).toHaveLength(1);
    expect(updates[0]?.Condition?.['ForAllValues:StringEquals']).toEqual({
      'dynamodb:Attributes': ['pk', 'returnCodeHash'],
    });
  });

  it('limits requests to /return/ per address in the WAF, with its own page in each language', () => {
    const acl = Object.values(s.wafTemplate?.findResources('AWS::WAFv2::WebACL') ?? {})[0]?.Properties;
    const rule = acl.Rules.find((r: { Name: string }) => r.Name === 'LimitReturnRequestsPerIp');
    expect(rule.Statement.RateBasedStatement).toMatchObject({
      Limit: 60,
      AggregateKeyType: 'IP',
      EvaluationWindowSec: 300,
      ScopeDownStatement: {
        OrStatement: {
          Statements: ['/return/', '/cy/return/'].map((prefix) => ({
            ByteMatchStatement: expect.objectContaining({
              PositionalConstraint: 'STARTS_WITH',
              SearchString: prefix,
            }),
          })),
        },
      },
    });
    expect(rule.Action.Block.CustomResponse.ResponseCode).toBe(429);
    const body = acl.CustomResponseBodies[rule.Action.Block.CustomResponse.CustomResponseBodyKey];
    expect(body.Content).toContain('Too many requests have come from your network');
    expect(body.Content).toContain('Gormod o geisiadau');
    expect(Buffer.byteLength(body.Content)).toBeLessThanOrEqual(4096);
    const priorities = acl.Rules.map((r: { Priority: number }) => r.Priority);
    expect(new Set(priorities).size).toBe(priorities.length);
  });

  it('passes cdk-nag with nothing new unacknowledged', () => {
    expect(nagFindings(s).filter((f) => f.includes('/Return/'))).toEqual([]);
  });
});
