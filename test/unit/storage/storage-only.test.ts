import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Every read and write of the tables goes through functions/storage/: no DynamoDB command or
 * paginator is built anywhere else in the service, the twin, the operator tools, the benchmarks or
 * the scripts. Making a client is allowed (it reads nothing); type-only imports are too. biome.json's
 * noRestrictedImports says the same as you type; this test also catches namespace imports.
 */
const ROOTS = ['functions', 'ops', 'local', 'bench', 'scripts', 'infra'];
const PACKAGE = String.raw`'@aws-sdk\/(?:lib-dynamodb|client-dynamodb)'`;
/** Named imports and re-exports: `import { A, type B } from …`, `export { A } from …`. */
const NAMED = new RegExp(String.raw`(?:import|export)\s+(type\s+)?\{([^}]*)\}\s+from\s+${PACKAGE}`, 'g');
/** `import * as ddb from …` hands over every command: never outside storage (Biome's rule misses it). */
const NAMESPACE = new RegExp(String.raw`import\s+\*\s+as\s+\w+\s+from\s+${PACKAGE}`, 'g');

/** The few places that need a command that reads or writes no item, each with its reason. */
const ALLOWED: Record<string, string[]> = {
  // Asks whether DynamoDB Local is up yet: lists table names, reads no item.
  'local/dynamo-local.ts': ['ListTablesCommand'],
  // Finds the table's stream, as Lambda's event source mapping is told it: reads no item.
  'local/stream-poller.ts': ['DescribeTableCommand'],
};

const tsFiles = (root: string): string[] =>
  readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => path.join(root, f));

/** Commands and paginators a file imports from the DynamoDB packages (type-only imports left out). */
const commandsImported = (text: string): string[] => [
  ...[...text.matchAll(NAMED)]
    .filter((m) => !m[1])
    .flatMap((m) => (m[2] ?? '').split(','))
    .map((name) => name.trim())
    .filter((name) => name && !name.startsWith('type '))
    .map((name) => name.split(/\s+as\s+/)[0] ?? name)
    .filter((name) => /Command$/.test(name) || name.startsWith('paginate')),
  ...[...text.matchAll(NAMESPACE)].map(() => '* (namespace import)'),
];

const violations = (files: { file: string; text: string }[]) =>
  files.flatMap(({ file, text }) => {
    if (file.startsWith(`functions${path.sep}storage${path.sep}`)) return [];
    const allowed = ALLOWED[file.split(path.sep).join('/')] ?? [];
    return commandsImported(text)
      .filter((name) => !allowed.includes(name))
      .map((name) => `${file}: ${name}`);
  });

describe('the storage module', () => {
  it('is the only place that builds DynamoDB commands', () => {
    const files = ROOTS.flatMap(tsFiles).map((file) => ({ file, text: readFileSync(file, 'utf8') }));
    expect(files.length).toBeGreaterThan(100);
    expect(violations(files)).toEqual([]);
  });

  it('would catch a command built elsewhere, and lets clients and types through', () => {
    const sample = [
      "import { DeleteCommand, type DynamoDBDocumentClient, paginateScan } from '@aws-sdk/lib-dynamodb';",
      "import { DynamoDBClient } from '@aws-sdk/client-dynamodb';",
      "import type { QueryCommand } from '@aws-sdk/lib-dynamodb';",
      "import * as ddb from '@aws-sdk/client-dynamodb';",
      "export { ScanCommand as Scan } from '@aws-sdk/lib-dynamodb';",
    ].join('\n');
    expect(violations([{ file: path.join('ops', 'commands', 'erase.ts'), text: sample }])).toEqual([
      `${path.join('ops', 'commands', 'erase.ts')}: DeleteCommand`,
      `${path.join('ops', 'commands', 'erase.ts')}: paginateScan`,
      `${path.join('ops', 'commands', 'erase.ts')}: ScanCommand`,
      `${path.join('ops', 'commands', 'erase.ts')}: * (namespace import)`,
    ]);
    expect(violations([{ file: path.join('functions', 'storage', 'x.ts'), text: sample }])).toEqual([]);
  });
});
