import { ConfigError } from '../functions/config/parse-config.ts';
import type { ServiceConfig } from '../functions/config/schema.ts';

/**
 * The privacy notice says where the data is stored (privacy.dataRegion: "in the UK" for
 * eu-west-2): synth stops if the stack would put it anywhere else.
 */
export const checkDataRegion = (config: ServiceConfig, settings: { region: string }): void => {
  if (config.privacy.dataRegion !== settings.region) {
    throw new ConfigError(
      `config/service.json "privacy.dataRegion" is ${config.privacy.dataRegion} but deploy.region is ${settings.region}: the privacy notice would name the wrong place. Set one to the other.`,
    );
  }
};
