import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Template } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ESM_BANNER } from '../../infra/constructs/service-function.ts';
import { logicalId, PRODUCTION, type Synthesized, synth } from './support/synth.ts';

let s: Synthesized;
let template: Template;
beforeAll(() => {
  s = synth({ ...PRODUCTION, bundle: true });
  template = s.template;
});

const CASES = [
  { name: 'Submit', key: 'submit', memory: 512, timeout: 10, sdkCommand: 'TransactWriteItems' },
  { name: 'Notify', key: 'notify', memory: 256, timeout: 60, sdkCommand: 'SendEmail' },
] as const;

const resourceOf = (key: 'submit' | 'notify') =>
  template.toJSON().Resources[logicalId(s.service, s.service[key].lambda)];

const sizes: string[] = [];
afterAll(() => {
  if (sizes.length > 0) console.info(`Minified bundles (index.mjs): ${sizes.join(', ')}`);
});

describe.each(CASES)('$name function', ({ name, key, memory, timeout, sdkCommand }) => {
  it('runs Node 24 on arm64 with explicit memory and timeout, X-Ray and JSON logs', () => {
    expect(resourceOf(key).Properties).toMatchObject({
      Runtime: 'nodejs24.x',
      Architectures: ['arm64'],
      Handler: 'index.handler',
      MemorySize: memory,
      Timeout: timeout,
      TracingConfig: { Mode: 'Active' },
      LoggingConfig: {
        LogFormat: 'JSON',
        ApplicationLogLevel: 'INFO',
        SystemLogLevel: 'WARN',
        LogGroup: { Ref: logicalId(s.service, s.service[key].logGroup) },
      },
    });
  });

  it('logs to its own log group, kept for the configured retention', () => {
    const logGroup = template.toJSON().Resources[logicalId(s.service, s.service[key].logGroup)];
    expect(logGroup).toMatchObject({
      Type: 'AWS::Logs::LogGroup',
      Properties: { RetentionInDays: 90 },
      DeletionPolicy: 'Delete',
    });
  });

  it('gets the table name and source maps from its environment', () => {
    expect(resourceOf(key).Properties.Environment.Variables).toMatchObject({
      NODE_OPTIONS: '--enable-source-maps',
      TABLE_NAME: { Ref: expect.stringMatching(/^SubmissionsTable/) },
    });
  });

  it('has a role of its own with no managed policies', () => {
    const role = template.toJSON().Resources[logicalId(s.service, s.service[key].role)];
    expect(role.Properties.ManagedPolicyArns).toBeUndefined();
    expect(role.Properties.AssumeRolePolicyDocument.Statement).toEqual([
      expect.objectContaining({ Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }),
    ]);
  });

  it('is one minified ESM bundle with the AWS SDK inside and a source map', () => {
    const file = path.join(s.outdir, resourceOf(key).Metadata['aws:asset:path'], 'index.mjs');
    expect(existsSync(file)).toBe(true);
    expect(existsSync(`${file}.map`)).toBe(true);
    const code = readFileSync(file, 'utf8');
    // Booleans, not toMatch: a failure must not print a megabyte of bundle.
    expect(code.startsWith(ESM_BANNER)).toBe(true);
    expect(/export\s*\{[^}]*\bas handler\s*\}/.test(code)).toBe(true);
    // The SDK is inside: its command names are there and nothing imports it at run time (the
    // only require() calls left are the SDK's own optional CRT probes, inside try/catch).
    expect(code.includes(sdkCommand)).toBe(true);
    expect(/(?:\bfrom|\bimport\()\s*["']@aws-sdk\//.test(code)).toBe(false);
    expect(/require\(["']@aws-sdk\/(?:client|lib)-/.test(code)).toBe(false);
    // Minified: the project's own names are mangled and lines are long (line breaks survive only
    // inside template literals, such as the server-rendered HTML and zod's generated code).
    expect(/\b(?:answerSubmission|validateAnswers|normaliseAnswers)\b/.test(code)).toBe(false);
    expect(code.length / code.split('\n').length).toBeGreaterThan(500);
    sizes.push(`${name} ${(statSync(file).size / 1024).toFixed(0)} KB`);
  });
});

describe('email settings', () => {
  it('send notify through the configuration set that records bounces and complaints', () => {
    expect(resourceOf('notify').Properties.Environment.Variables).toMatchObject({
      SES_CONFIGURATION_SET: { Ref: expect.stringMatching(/^EmailConfigurationSet/) },
    });
  });

  it('are absent from submit, which never sends email', () => {
    expect(resourceOf('submit').Properties.Environment.Variables.SES_CONFIGURATION_SET).toBeUndefined();
  });
});
