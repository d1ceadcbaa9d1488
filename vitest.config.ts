import { defineConfig } from 'vitest/config';

// Handlers log structured lines at INFO; in tests they would bury the results.
process.env.LOG_LEVEL ??= 'SILENT';
// DynamoDB Local's JVM starts many times in a run (each twin, each restart test): the client
// compiler only and one GC thread start it in about two thirds of the time. Only tests run it so;
// `npm start` and `npm run bench` keep Java's defaults, so bench figures stay comparable.
process.env.JAVA_TOOL_OPTIONS ??= '-XX:TieredStopAtLevel=1 -XX:+UseSerialGC';

/** Integration files that need their modules loaded fresh (`*.isolated.test.ts`). */
const ISOLATED = 'test/integration/**/*.isolated.test.ts';

/**
 * One project per kind of test (house style 10). `npm test` runs them all; each can run alone with
 * `npx vitest run --project <name>` (through npm so the project's Node 24 is used).
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          // Pure tests share their workers' modules: loading zod, the forms and the catalogues
          // again for each of 50 files took most of the project's minute, the tests 5 s of it.
          isolate: false,
          // Pure, but some are property runs over thousands of inputs: vitest's 5 s default was
          // missed on a busy machine (ops/csv.test.ts at load 20 on 2 cores).
          testTimeout: 60_000,
          // Building the site's Sass in a beforeAll missed the 10 s default at load 20.
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          exclude: [ISOLATED],
          globalSetup: ['test/support/global-stand-ins.ts'],
          // The files share their worker's modules, one after another: loading the AWS SDK, the
          // forms and the catalogues again for each of 70 files was a sixth of the lane's time.
          // Each file makes its own table, twin and clock; none may rely on a module's first state.
          isolate: false,
          // One process for them all: an environment variable a test stubs goes back after it.
          unstubEnvs: true,
          // Generous, so a busy machine fails nothing (test/support/patience.ts); speed is the bench's.
          testTimeout: 180_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          // The few integration files that need modules made fresh for them (a logger made at INFO).
          name: 'integration-isolated',
          include: [ISOLATED],
          globalSetup: ['test/support/global-stand-ins.ts'],
          testTimeout: 180_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'property',
          include: ['test/property/**/*.test.ts'],
          isolate: false,
          globalSetup: ['test/support/global-stand-ins.ts'],
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          // Built once, before any file starts.
          globalSetup: ['test/e2e/support/global-site.ts'],
          // A file's tests marked concurrent (each on its own page) overlap their waits: a form is
          // held open for the minimum fill time (3 s) before it is sent, as a person would.
          maxConcurrency: 3,
          testTimeout: 180_000,
          hookTimeout: 180_000,
          // The files share their worker's modules (each starts its own twin and browser): loading
          // them again for each file was 7% of the lane.
          isolate: false,
          // One file at a time. Two at a time (tried, 2026-12-07) gained nothing on two cores: the
          // whole run was 15 min 53 s against 14 min 52 s, as the machine is already busy.
          fileParallelism: false,
        },
      },
      {
        test: {
          // `npm run bench` at its quick sizes, run to its end (it once stopped early for months).
          name: 'bench',
          include: ['test/bench/**/*.test.ts'],
          testTimeout: 900_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'infra',
          include: ['test/infra/**/*.test.ts'],
          // One worker for every infra file, sharing its modules: each distinct app is synthesized
          // once for the run (test/infra/support/synth.ts), not once per file (about 5 s each).
          isolate: false,
          fileParallelism: false,
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
