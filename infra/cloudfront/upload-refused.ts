import { readFileSync } from 'node:fs';
import { RETURN_PATHS, UPLOAD_REFUSED } from '../../functions/contract/service-contract.ts';

/**
 * The upload behaviour's viewer-response function as deployed: upload-refused.js with the Add
 * evidence pages (English and Welsh) and UPLOAD_REFUSED's parameter filled in from the contract.
 */
export const uploadRefusedFunctionCode = (): string => {
  const code = readFileSync(new URL('./upload-refused.js', import.meta.url), 'utf8');
  const placeholder = 'var BACK = null;';
  if (!code.includes(placeholder)) throw new Error(`upload-refused.js has no "${placeholder}"`);
  const back = {
    en: RETURN_PATHS.action('evidence', 'en'),
    cy: RETURN_PATHS.action('evidence', 'cy'),
    ...UPLOAD_REFUSED,
  };
  return code.replace(placeholder, `var BACK = ${JSON.stringify(back)};`);
};
