import { describe, expect, it } from 'vitest';
import { serviceConfigSchema } from '../../../functions/config/schema.ts';
import { keyPaths } from '../../../functions/config/schema-walk.ts';
import { deploySettingsSchema } from '../../../infra/deploy-settings.ts';
import { namesIn, sectionOf, tablesIn } from '../../support/doc-tables.ts';

/** docs/deploy.md's "Configuration" key tables: config/service.json's first, then the deploy settings'. */
const [serviceTable = [], deployTable = []] = tablesIn(sectionOf('docs/deploy.md', 'Configuration'));

/** A key as the docs write it, with `<id>`, `<formId>`... all read as one placeholder. */
const normal = (key: string) => key.replace(/<[^>]*>/g, '<>');

const documented = (table: string[][]) => table.flatMap((row) => namesIn(row[0] ?? '').map(normal));

/**
 * Every key the schema holds a value in is in the table, itself or through a row for the object it sits in
 * (`staff.saml` covers its own keys); every key in the table is one the schema holds.
 */
const drift = (schema: Parameters<typeof keyPaths>[0], table: string[][], tableName: string) => {
  const inSchema = keyPaths(schema);
  const inDocs = documented(table);
  const covered = (path: string) => inDocs.some((d) => path === d || path.startsWith(`${d}.`));
  return [
    ...inSchema
      .filter((k) => k.leaf && !covered(k.path))
      .map((k) => `add a row for \`${k.path}\` to the ${tableName} table in docs/deploy.md`),
    ...inDocs
      .filter((d) => !inSchema.some((k) => k.path === d))
      .map((d) => `\`${d}\` in the ${tableName} table is no key`),
  ];
};

describe("docs/deploy.md's key tables match the schemas", () => {
  it('finds both tables', () => {
    expect(documented(serviceTable)).toContain('forms.<>.retentionDays');
    expect(documented(deployTable)).toContain('apiOrigin.certificateArn');
  });

  it('documents every key of config/service.json, and no other', () => {
    expect(drift(serviceConfigSchema, serviceTable, 'config/service.json')).toEqual([]);
  });

  it('documents every deploy setting, and no other', () => {
    expect(drift(deploySettingsSchema, deployTable, 'CDK context `deploy`')).toEqual([]);
  });
});

describe("docs/dpia.md's retention table", () => {
  it("says each form's retention as config/service.json sets it", async () => {
    const { default: sample } = await import('../../../config/service.json', { with: { type: 'json' } });
    const [table = []] = tablesIn(sectionOf('docs/dpia.md', '5. Retention'));
    expect(Object.fromEntries(table.map(([form = '', days = '']) => [form, Number(days)]))).toEqual(
      Object.fromEntries(Object.entries(sample.forms).map(([id, form]) => [id, form.retentionDays])),
    );
  });
});
