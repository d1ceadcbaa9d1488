import { lookup } from 'node:dns/promises';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import rawConfig from '../config/service.json' with { type: 'json' };
import { fromRoot } from '../infra/paths.ts';
import { preflight } from './preflight/checks.ts';

/**
 * npm run preflight [-- -c deploy='{...}']: what can go wrong at deploy time, checked before it
 * (docs/deploy.md, "Go-live checklist"). Exit code 1 if anything failed.
 */
const { values } = parseArgs({ options: { context: { type: 'string', short: 'c' } } });
const given = values.context?.startsWith('deploy=') ? values.context.slice('deploy='.length) : undefined;

const hasCredentials = async () => {
  try {
    await new SESv2Client({}).config.credentials();
    return true;
  } catch {
    return false;
  }
};

const findings = await preflight({
  config: rawConfig,
  fileSettings: JSON.parse(readFileSync(fromRoot('cdk.json'), 'utf8')).context?.deploy,
  settings: given,
  lookup: (host) => lookup(host),
  hasCredentials,
});
const MARK = { ok: 'ok     ', fail: 'FAILED ', unchecked: 'not checked' };
for (const f of findings) console.log(`${MARK[f.status].padEnd(12)}${f.what}`);
process.exitCode = findings.some((f) => f.status === 'fail') ? 1 : 0;
