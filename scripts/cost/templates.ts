import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { App } from 'aws-cdk-lib';
import { serviceConfig } from '../../functions/config/service-config.ts';
import { parseDeploySettings } from '../../infra/deploy-settings.ts';
import { fromRoot } from '../../infra/paths.ts';
import { addServiceStacks } from '../../infra/service-app.ts';

export interface CfnTemplate {
  readonly Resources: Record<string, { Type: string; Properties?: Record<string, unknown> }>;
}

/** The CloudFormation templates a `cdk synth` wrote (cdk.out). */
export const templatesIn = (dir: string): CfnTemplate[] =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.template.json'))
    .map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as CfnTemplate);

/**
 * Synthesizes the app in-process as `cdk synth` would (config/service.json, cdk.json's deploy
 * settings), without bundling the functions and with an empty stand-in for the built site: what
 * the stack costs does not depend on either.
 */
export const synthesizeTemplates = (): CfnTemplate[] => {
  const context = JSON.parse(readFileSync(fromRoot('cdk.json'), 'utf8')).context as Record<string, unknown>;
  const work = mkdtempSync(path.join(tmpdir(), 'cost-'));
  const site = path.join(work, 'site');
  mkdirSync(site);
  writeFileSync(path.join(site, 'index.html'), '<!doctype html><title>stand-in</title>');
  writeFileSync(path.join(site, '404.html'), '<!doctype html><title>stand-in</title>');
  const deploy = { ...(context.deploy as object), siteDir: site };
  const app = new App({
    outdir: path.join(work, 'cdk.out'),
    context: { ...context, deploy, 'aws:cdk:bundling-stacks': [] },
  });
  addServiceStacks(app, { config: serviceConfig, settings: parseDeploySettings(deploy) });
  return templatesIn(app.synth().directory);
};
