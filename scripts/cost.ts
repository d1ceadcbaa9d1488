import { parseArgs } from 'node:util';
import { serviceConfig } from '../functions/config/service-config.ts';
import prices from '../infra/prices.json' with { type: 'json' };
import { type CostLine, type Estimate, estimate } from './cost/estimate.ts';
import { synthesizeTemplates, templatesIn } from './cost/templates.ts';

/**
 * npm run cost [-- --submissions 500 --staff 12 --templates cdk.out]: the month's cost of the
 * stack as synthesized, fixed and per use, at the list prices in infra/prices.json. Without
 * --submissions it prints 200 a month (10 staff) and 20,000 (60 staff), a small and a large council.
 */
const { values } = parseArgs({
  options: {
    submissions: { type: 'string' },
    staff: { type: 'string' },
    templates: { type: 'string' },
  },
});

const money = (n: number) => `$${n.toFixed(2)}`;
const sum = (lines: CostLine[]) => lines.reduce((s, l) => s + l.monthly, 0);
const rows = (lines: CostLine[]) =>
  lines
    .filter((l) => l.quantity > 0)
    .map(
      (l) =>
        `  ${l.what.padEnd(62)} ${String(Number(l.quantity.toFixed(3))).padStart(10)}  ${money(l.monthly).padStart(9)}`,
    );

const report = (submissions: number, staff: number, e: Estimate) =>
  [
    `${submissions.toLocaleString('en-GB')} submissions a month, ${staff} staff: ${money(e.total)} a month`,
    `Fixed (${money(sum(e.fixed))}):`,
    ...rows(e.fixed),
    `Per use (${money(sum(e.perUse))}):`,
    ...rows(e.perUse),
  ].join('\n');

const templates = values.templates ? templatesIn(values.templates) : synthesizeTemplates();
const retentionDays = Math.max(...Object.values(serviceConfig.forms).map((f) => f.retentionDays));
const volumes = values.submissions
  ? [{ submissions: Number(values.submissions), staff: Number(values.staff ?? 10) }]
  : [
      { submissions: 200, staff: Number(values.staff ?? 10) },
      { submissions: 20_000, staff: Number(values.staff ?? 60) },
    ];

console.log(
  `List prices for ${prices.region} as of ${prices.asOf} (infra/prices.json), US dollars, no free tier or VAT.\n`,
);
for (const { submissions, staff } of volumes) {
  const volume = { submissions, staff, retentionDays };
  console.log(`${report(submissions, staff, estimate(templates, volume, prices))}\n`);
}
