import { Duration } from 'aws-cdk-lib';
import { HeadersFrameOption, HeadersReferrerPolicy, ResponseHeadersPolicy } from 'aws-cdk-lib/aws-cloudfront';
import type { Construct } from 'constructs';
import {
  CONTENT_SECURITY_POLICY,
  CROSS_ORIGIN_HEADERS,
  PERMISSIONS_POLICY,
} from '../../functions/contract/service-contract.ts';

export interface SecurityHeadersOptions {
  readonly comment: string;
  /** Adds Cache-Control: no-store, for answers that must never sit in a cache. */
  readonly noStore?: boolean;
}

/** A response headers policy with the service's security headers, overriding the origin's. */
export const securityHeadersPolicy = (scope: Construct, id: string, options: SecurityHeadersOptions) =>
  new ResponseHeadersPolicy(scope, id, {
    comment: options.comment,
    securityHeadersBehavior: {
      contentSecurityPolicy: { contentSecurityPolicy: CONTENT_SECURITY_POLICY, override: true },
      strictTransportSecurity: {
        accessControlMaxAge: Duration.days(365),
        includeSubdomains: true,
        override: true,
      },
      contentTypeOptions: { override: true },
      frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
      referrerPolicy: { referrerPolicy: HeadersReferrerPolicy.NO_REFERRER, override: true },
    },
    customHeadersBehavior: {
      customHeaders: [
        { header: 'Permissions-Policy', value: PERMISSIONS_POLICY, override: true },
        ...Object.entries(CROSS_ORIGIN_HEADERS).map(([header, value]) => ({ header, value, override: true })),
        ...(options.noStore ? [{ header: 'Cache-Control', value: 'no-store', override: true }] : []),
      ],
    },
  });
