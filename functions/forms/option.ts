/**
 * One choice of a radios or checkboxes question, in a file of its own: the forms' questions and the
 * progress steps' questions (progress/types.ts) both offer them, so neither imports the other for it.
 */
export interface Option {
  value: string;
  label: string;
  hint?: string;
  /** Shown as an "or" divider before this option, as GOV.UK does for "None of these". */
  exclusive?: boolean;
}
