import raw from '../../config/service.json' with { type: 'json' };
import { parseConfig } from './parse-config.ts';

/**
 * The deployment's configuration (config/service.json), checked once when a function starts so a
 * bad value stops it with a message naming the key instead of failing on a person's submission.
 */
export const serviceConfig = parseConfig(raw);
