import { runDrill } from './restore-drill/run.ts';

/** `npm run restore-drill -- <command>` (docs/deploy.md, "Restore drill"). */
process.exitCode = await runDrill(process.argv.slice(2), {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
});
