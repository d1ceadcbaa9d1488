import { readFileSync } from 'node:fs';
import { App } from 'aws-cdk-lib';
import { serviceConfig } from '../functions/config/service-config.ts';
import { parseDeploySettings } from './deploy-settings.ts';
import { fromRoot } from './paths.ts';
import { addServiceStacks } from './service-app.ts';

// config/service.json is validated on import (parseConfig) and the deploy settings here: a bad
// value stops synth with a message naming the key. A `-c deploy=...` value replaces cdk.json's in
// the context, so cdk.json's is read here too and the one-off value merged over it.
const app = new App();
const fileSettings = JSON.parse(readFileSync(fromRoot('cdk.json'), 'utf8')).context?.deploy;
addServiceStacks(app, {
  config: serviceConfig,
  settings: parseDeploySettings(app.node.tryGetContext('deploy'), fileSettings),
});
app.synth();
