import { App } from 'aws-cdk-lib';
import { serviceConfig } from '../functions/config/service-config.ts';
import { parseDeploySettings } from './deploy-settings.ts';
import { addServiceStacks } from './service-app.ts';

// config/service.json is validated on import (parseConfig) and the deploy settings here: a bad
// value stops synth with a message naming the key.
const app = new App();
addServiceStacks(app, {
  config: serviceConfig,
  settings: parseDeploySettings(app.node.tryGetContext('deploy')),
});
app.synth();
