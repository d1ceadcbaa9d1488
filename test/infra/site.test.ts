import { Match, type Template } from 'aws-cdk-lib/assertions';
import { load } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { serviceConfig } from '../../functions/config/service-config.ts';
import { CONTENT_SECURITY_POLICY, PERMISSIONS_POLICY } from '../../functions/contract/service-contract.ts';
import { html } from '../../functions/html/html.ts';
import { publicFrame } from '../../functions/pages/frame-words.ts';
import { renderDocument } from '../../functions/pages/layout.ts';
import { CLOUDFRONT_ERROR_PAGE_CODES, formPagePatterns } from '../../infra/constructs/site-distribution.ts';
import { logicalId, PRODUCTION, SECURITY_HEADERS_CONFIG, type Synthesized, synth } from './support/synth.ts';

let s: Synthesized;
let template: Template;
beforeAll(() => {
  s = synth(PRODUCTION);
  template = s.template;
});

const distributionConfig = () => {
  const [distribution] = Object.values(template.findResources('AWS::CloudFront::Distribution'));
  return distribution?.Properties.DistributionConfig;
};

const headersPolicyFor = (pathPattern: string | undefined) => {
  const config = distributionConfig();
  const behaviour = pathPattern
    ? config.CacheBehaviors.find((b: { PathPattern: string }) => b.PathPattern === pathPattern)
    : config.DefaultCacheBehavior;
  const id = behaviour.ResponseHeadersPolicyId.Ref as string;
  return template.toJSON().Resources[id].Properties.ResponseHeadersPolicyConfig;
};

describe('site bucket', () => {
  it('is private, encrypted and refuses plain HTTP', () => {
    const siteBucket = logicalId(s.service, s.service.node.findChild('Site').node.findChild('Site'));
    template.hasResource('AWS::S3::Bucket', {
      Properties: Match.objectLike({
        BucketEncryption: {
          ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
        },
        PublicAccessBlockConfiguration: {
          BlockPublicAcls: true,
          BlockPublicPolicy: true,
          IgnorePublicAcls: true,
          RestrictPublicBuckets: true,
        },
        OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
        LoggingConfiguration: Match.objectLike({ LogFilePrefix: 'site-bucket/' }),
      }),
      DeletionPolicy: 'Retain',
    });
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: siteBucket },
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Deny',
            Action: 's3:*',
            Principal: { AWS: '*' },
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          }),
          // Only CloudFront, through origin access control, may read the pages.
          Match.objectLike({
            Effect: 'Allow',
            Action: 's3:GetObject',
            Principal: { Service: 'cloudfront.amazonaws.com' },
            Condition: { StringEquals: { 'AWS:SourceArn': Match.anyValue() } },
          }),
        ]),
      },
    });
  });

  it('has an origin access control for S3 with signed requests', () => {
    template.hasResourceProperties('AWS::CloudFront::OriginAccessControl', {
      OriginAccessControlConfig: {
        OriginAccessControlOriginType: 's3',
        SigningBehavior: 'always',
        SigningProtocol: 'sigv4',
      },
    });
    const origins = distributionConfig().Origins as {
      S3OriginConfig?: unknown;
      OriginAccessControlId?: unknown;
    }[];
    expect(origins.filter((o) => o.S3OriginConfig).every((o) => o.OriginAccessControlId)).toBe(true);
  });

  it('keeps access logs in their own private bucket, deleted after the retention', () => {
    template.hasResourceProperties('AWS::S3::Bucket', {
      LifecycleConfiguration: { Rules: [Match.objectLike({ ExpirationInDays: 30, Status: 'Enabled' })] },
      PublicAccessBlockConfiguration: Match.objectLike({
        BlockPublicAcls: true,
        RestrictPublicBuckets: true,
      }),
      BucketEncryption: Match.anyValue(),
    });
  });

  it('deploys the built site with BucketDeployment and invalidates the distribution', () => {
    template.hasResourceProperties('Custom::CDKBucketDeployment', {
      DestinationBucketName: Match.anyValue(),
      DistributionId: Match.anyValue(),
      DistributionPaths: ['/*'],
      Prune: true,
    });
  });
});

describe('distribution', () => {
  it('serves over HTTPS only, on the site domain, with TLS 1.2 or newer', () => {
    expect(distributionConfig()).toMatchObject({
      Aliases: ['referrals.northfield.example.org'],
      ViewerCertificate: {
        AcmCertificateArn: PRODUCTION.deploy.certificateArn,
        MinimumProtocolVersion: 'TLSv1.2_2021',
        SslSupportMethod: 'sni-only',
      },
      DefaultRootObject: 'index.html',
      DefaultCacheBehavior: { ViewerProtocolPolicy: 'redirect-to-https' },
    });
    // Pages redirect plain HTTP to HTTPS; the API and the workspace refuse it outright (a
    // redirected post has already sent its answers in the clear, and loses its body).
    for (const behaviour of distributionConfig().CacheBehaviors) {
      const refused = [
        '/api/v1/*',
        '/api/*',
        '/staff/*',
        '/return/*',
        '/cy/return/*',
        '/evidence-upload',
      ].includes(behaviour.PathPattern);
      expect({ path: behaviour.PathPattern, policy: behaviour.ViewerProtocolPolicy }).toEqual({
        path: behaviour.PathPattern,
        policy: refused ? 'https-only' : 'redirect-to-https',
      });
    }
  });

  it('serves directory-style pages, and /404.html with a 404 for a page the built site lacks', () => {
    const functions = template.findResources('AWS::CloudFront::Function');
    const codeOf = (ref: { 'Fn::GetAtt': [string, string] }) =>
      functions[ref['Fn::GetAtt'][0]]?.Properties.FunctionCode as string;
    const site = [
      distributionConfig().DefaultCacheBehavior,
      ...distributionConfig().CacheBehaviors.filter((b: { PathPattern: string }) =>
        formPagePatterns(serviceConfig.languages).includes(b.PathPattern),
      ),
    ];
    for (const behaviour of site) {
      const [request, response] = behaviour.FunctionAssociations;
      expect(request.EventType).toBe('viewer-request');
      expect(response.EventType).toBe('viewer-response');
      // The built site's pages are in the function (the fixture has index.html and 404.html).
      expect(codeOf(request.FunctionARN)).toContain('var PAGES = ["/404.html","/index.html"];');
      expect(codeOf(response.FunctionARN)).toContain('response.statusCode = 404');
    }
  });

  it("maps no 403 or 404, so the API's and the workspace's own refusals and pages pass through", () => {
    const mapped = distributionConfig().CustomErrorResponses.map((r: { ErrorCode: number }) => r.ErrorCode);
    expect(mapped).not.toContain(403);
    expect(mapped).not.toContain(404);
  });

  it('keeps each CloudFront Function under its 10 KB size limit, with room for more pages', () => {
    const functions = Object.values(template.findResources('AWS::CloudFront::Function'));
    expect(functions.length).toBeGreaterThan(0);
    for (const fn of functions) {
      const bytes = Buffer.byteLength(fn.Properties.FunctionCode as string);
      // The built site's page list is inside: each new page or language adds to it.
      expect(bytes).toBeLessThanOrEqual(10 * 1024 * 0.8);
    }
  });

  it('maps only codes CloudFront accepts for an error page (429 is not one: WAF words its own)', () => {
    for (const { ErrorCode, ResponseCode } of distributionConfig().CustomErrorResponses) {
      expect(CLOUDFRONT_ERROR_PAGE_CODES).toContain(ErrorCode);
      expect(CLOUDFRONT_ERROR_PAGE_CODES).toContain(ResponseCode);
    }
  });

  it('shows a page, never cached and with the same status, for a failed (5xx) request', () => {
    expect(distributionConfig().CustomErrorResponses).toEqual([
      ...[500, 502, 503, 504].map((code) => ({
        ErrorCode: code,
        ResponseCode: code,
        ResponsePagePath: '/service-problem/index.html',
        ErrorCachingMinTTL: 0,
      })),
    ]);
  });

  it('sends /api/* to the HTTP API uncached, forwarding only what the handler reads', () => {
    const api = distributionConfig().CacheBehaviors.find(
      (b: { PathPattern: string }) => b.PathPattern === '/api/*',
    );
    expect(api).toMatchObject({
      AllowedMethods: ['GET', 'HEAD', 'OPTIONS', 'PUT', 'PATCH', 'POST', 'DELETE'],
      CachePolicyId: '4135ea2d-6df8-44a3-9df3-4b5a84be39ad', // Managed-CachingDisabled
    });
    const apiOrigin = distributionConfig().Origins.find((o: { Id: string }) => o.Id === api.TargetOriginId);
    // The API's own origin domain, never its execute-api address (switched off: test/infra/api.test.ts).
    expect(apiOrigin).toMatchObject({
      DomainName: PRODUCTION.deploy.apiOrigin.domainName,
      CustomOriginConfig: { OriginProtocolPolicy: 'https-only', OriginSSLProtocols: ['TLSv1.2'] },
    });
    template.hasResourceProperties('AWS::CloudFront::OriginRequestPolicy', {
      OriginRequestPolicyConfig: {
        QueryStringsConfig: { QueryStringBehavior: 'all' },
        HeadersConfig: {
          HeaderBehavior: 'whitelist',
          // Origin and Sec-Fetch-Site: the handler refuses posts another website made (issue 9.3).
          Headers: [
            'Content-Type',
            'Accept',
            'User-Agent',
            'CloudFront-Viewer-Address',
            'Origin',
            'Sec-Fetch-Site',
          ],
        },
        // Only the return code's, which the confirmation page shows once (issue 21).
        CookiesConfig: { CookieBehavior: 'whitelist', Cookies: ['return-code'] },
      },
    });
  });

  it('attaches the WAF web ACL from the us-east-1 stack', () => {
    expect(distributionConfig().WebACLId).toEqual({
      'Fn::GetStackOutput': expect.objectContaining({
        StackName: 'RestorativeReferrals-Waf',
        Region: 'us-east-1',
      }),
    });
  });

  it('does not log viewers by default (IP addresses next to referral paths)', () => {
    expect(distributionConfig().Logging).toBeUndefined();
  });
});

describe('security headers', () => {
  for (const [name, pattern] of [
    ['site', undefined],
    ['API', '/api/*'],
  ] as const) {
    it(`sets every header on the ${name} responses, overriding the origin`, () => {
      const policy = headersPolicyFor(pattern);
      expect(policy.SecurityHeadersConfig).toEqual(SECURITY_HEADERS_CONFIG);
      expect(policy.CustomHeadersConfig.Items).toContainEqual({
        Header: 'Permissions-Policy',
        Value: PERMISSIONS_POLICY,
        Override: true,
      });
      for (const [header, value] of [
        ['Cross-Origin-Opener-Policy', 'same-origin'],
        ['Cross-Origin-Resource-Policy', 'same-origin'],
      ]) {
        expect(policy.CustomHeadersConfig.Items).toContainEqual({
          Header: header,
          Value: value,
          Override: true,
        });
      }
    });
  }

  it('allows no inline script or style and nothing from other origins', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'none'; " +
        "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'",
    );
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  });

  it("sends the pages' own meta policy: the same directives, less those a meta element cannot carry", () => {
    const directives = (policy: string) =>
      new Map(policy.split(';').map((d) => d.trim().split(/\s+(.*)/) as [string, string]));
    const sent = directives(
      headersPolicyFor(undefined).SecurityHeadersConfig.ContentSecurityPolicy.ContentSecurityPolicy,
    );
    const page = renderDocument(
      { ...publicFrame(serviceConfig, 'en'), title: 'Any page' },
      html`<p>Hello</p>`,
    );
    // Read as a browser reads it: the attribute's entities (&#39; for the quotes) decoded.
    const meta = load(page)('meta[http-equiv="Content-Security-Policy"]').attr('content') ?? '';
    const inPage = directives(meta);
    expect(inPage.size).toBeGreaterThan(5);
    for (const [name, value] of inPage) expect(sent.get(name), name).toBe(value);
    expect([...sent.keys()].filter((name) => !inPage.has(name))).toEqual(['frame-ancestors']);
  });

  it('marks each form page no-store in every language, so Back after Exit this page cannot bring answers back', () => {
    const patterns = formPagePatterns(serviceConfig.languages);
    expect(patterns).toEqual(
      expect.arrayContaining(['/referral*', '/cy/referral*', '/cy/nuisance*', '/feedback*']),
    );
    for (const pattern of patterns) {
      const policy = headersPolicyFor(pattern);
      expect(policy.CustomHeadersConfig.Items).toContainEqual({
        Header: 'Cache-Control',
        Value: 'no-store',
        Override: true,
      });
    }
  });

  it('marks API responses no-store; site pages stay cacheable', () => {
    expect(headersPolicyFor('/api/*').CustomHeadersConfig.Items).toContainEqual({
      Header: 'Cache-Control',
      Value: 'no-store',
      Override: true,
    });
    expect(headersPolicyFor(undefined).CustomHeadersConfig.Items).not.toContainEqual(
      expect.objectContaining({ Header: 'Cache-Control' }),
    );
  });
});
