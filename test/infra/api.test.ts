import { Match, type Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { ACCESS_LOG_FORMAT } from '../../infra/constructs/forms-api.ts';
import { PRODUCTION, synth } from './support/synth.ts';

let template: Template;
beforeAll(() => {
  template = synth(PRODUCTION).template;
});

describe('forms API', () => {
  it('is an HTTP API with no CORS: the site reaches it on the same origin', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Api', {
      ProtocolType: 'HTTP',
      CorsConfiguration: Match.absent(),
    });
  });

  it('has exactly the routes the submit, staff, return and case API handlers answer, each to its own Lambda integration', () => {
    const routes = Object.values(template.findResources('AWS::ApiGatewayV2::Route')).map(
      (r) => r.Properties.RouteKey,
    );
    // The /return/ routes are test/infra/return.test.ts's (issue 21), the figures' case-review-figures.test.ts's (issue 23).
    expect(
      routes.filter((route) => !route.includes('/return') && !route.includes('/case-review/figures')).sort(),
    ).toEqual([
      'GET /api/forms',
      'GET /api/forms/{formId}',
      'GET /api/forms/{formId}/confirmation',
      'GET /api/v1/openapi.json',
      'GET /api/v1/submissions/{reference}',
      'GET /staff',
      'GET /staff/{proxy+}',
      'POST /api/forms/{formId}',
      'POST /api/forms/{formId}/uploads',
      'POST /staff/{proxy+}',
    ]);
    template.resourceCountIs('AWS::ApiGatewayV2::Integration', 5);
    template.hasResourceProperties('AWS::ApiGatewayV2::Integration', {
      IntegrationType: 'AWS_PROXY',
      PayloadFormatVersion: '2.0',
    });
  });

  it('cannot be called at its execute-api address: only at its own origin domain, which CloudFront uses', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Api', { DisableExecuteApiEndpoint: true });
    template.hasResourceProperties('AWS::ApiGatewayV2::DomainName', {
      DomainName: PRODUCTION.deploy.apiOrigin.domainName,
      DomainNameConfigurations: [
        {
          CertificateArn: PRODUCTION.deploy.apiOrigin.certificateArn,
          EndpointType: 'REGIONAL',
          SecurityPolicy: 'TLS_1_2',
        },
      ],
    });
    template.hasResourceProperties('AWS::ApiGatewayV2::ApiMapping', {
      ApiId: { Ref: Match.stringLikeRegexp('^FormsApi') },
      DomainName: { Ref: Match.stringLikeRegexp('^FormsApiOriginDomain') },
      Stage: '$default',
    });
    // The deployer points that name at API Gateway's regional domain.
    template.hasOutput('ApiOriginTarget', {
      Value: { 'Fn::GetAtt': [Match.stringLikeRegexp('^FormsApiOriginDomain'), 'RegionalDomainName'] },
    });
  });

  it('throttles the default stage explicitly', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AutoDeploy: true,
      DefaultRouteSettings: { ThrottlingRateLimit: 20, ThrottlingBurstLimit: 40 },
    });
  });

  it('writes JSON access logs without IP addresses, paths or query strings', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      AccessLogSettings: { DestinationArn: Match.anyValue(), Format: ACCESS_LOG_FORMAT },
    });
    const fields = Object.values(JSON.parse(ACCESS_LOG_FORMAT)) as string[];
    expect(fields).toContain('$context.requestId');
    for (const field of fields) {
      expect(field).not.toMatch(/sourceIp|userAgent|path|querystring|identity/i);
    }
  });
});
