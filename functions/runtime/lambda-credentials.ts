/**
 * Stands in for @aws-sdk/credential-provider-node in the Lambda bundles (an esbuild alias in
 * infra/constructs/service-function.ts). Lambda always hands a function its role's credentials in
 * environment variables, so the default chain's SSO, INI, process and instance-metadata providers
 * (and the STS/SSO clients they pull in, about 130 KB minified) are never used there. Locally and
 * in tests the SDK is not bundled and keeps its full chain.
 */
export { fromEnv as defaultProvider } from '@aws-sdk/credential-provider-env';
