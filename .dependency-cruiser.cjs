/**
 * The import rules of functions/ (issue 19), checked by test/unit/architecture.test.ts in `npm test`
 * and readable by anyone: `npx depcruise functions --config .dependency-cruiser.cjs`.
 * Type-only imports count (tsPreCompilationDeps): a circle of types is still a circle.
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A circle means neither side can be understood, tested or moved alone.',
      from: { path: '^functions/' },
      to: { circular: true },
    },
    {
      name: 'forms-not-up',
      severity: 'error',
      comment:
        'forms/ is a floor below the reports and the staff workspace: they read forms, never the other way.',
      from: { path: '^functions/forms/' },
      to: { path: '^functions/(reporting|staff)/' },
    },
    {
      name: 'forms-not-to-pages',
      severity: 'error',
      comment:
        'forms/ draws its questions with functions/govuk/; the pages draw forms, never the other way (issue 19).',
      from: { path: '^functions/forms/' },
      to: { path: '^functions/pages/' },
    },
    {
      name: 'time-on-the-ground-floor',
      severity: 'error',
      comment: 'functions/time/ is the ground floor: it may import only itself and functions/contract/.',
      from: { path: '^functions/time/' },
      to: { path: '^functions/', pathNot: '^functions/(time|contract)/' },
    },
    {
      name: 'html-on-the-ground-floor',
      severity: 'error',
      comment:
        'functions/html/ (the escaping tag) stands alone: every page builds on it, it builds on nothing.',
      from: { path: '^functions/html/' },
      to: { path: '^functions/', pathNot: '^functions/html/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)node_modules/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.json'] },
  },
};
