/**
 * `npm run translation-sheet -- cy > cy.csv`: everything a translator needs for one language, one
 * row per key: the key, where the text is used (the note), the English, and the current
 * translation (blank where there is none yet). The translator returns the last column; it goes
 * back into functions/i18n/catalogue/<language>.ts under the same keys.
 */
import { catalogueKeys, wholeCatalogue } from '../functions/i18n/catalogue-keys.ts';
import { isLanguage } from '../functions/i18n/languages.ts';

const language = process.argv[2];
if (!isLanguage(language) || language === 'en') {
  console.error('Name a language beyond English, e.g. npm run translation-sheet -- cy');
  process.exit(1);
}
const catalogue = wholeCatalogue(language);
const cell = (text: string) => `"${text.replace(/"/g, '""')}"`;
console.log(['key', 'note', 'english', language].join(','));
for (const { key, note, english } of catalogueKeys()) {
  console.log([key, note, english, catalogue[key] ?? ''].map(cell).join(','));
}
