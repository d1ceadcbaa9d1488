/** A problem to tell the operator in one plain sentence, with the exit code to leave with. */
export class OpsError extends Error {
  override name = 'OpsError';
  readonly exitCode: number;

  constructor(message: string, exitCode = 1) {
    super(message);
    this.exitCode = exitCode;
  }
}

/** The command line itself is wrong (unknown command, bad date or form): exit 2, like most tools. */
export class UsageError extends OpsError {
  override name = 'UsageError';
  /** Print the help after the message (for an unknown or missing command). */
  readonly showHelp: boolean;

  constructor(message: string, showHelp = false) {
    super(message, 2);
    this.showHelp = showHelp;
  }
}

export const unknownReference = (reference: string): OpsError =>
  new OpsError(
    `There is no submission with reference ${reference}: check the reference, or it may have been erased or passed its retention period.`,
  );
