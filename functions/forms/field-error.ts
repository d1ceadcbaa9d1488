/**
 * The one shape of a problem with what someone typed, wherever it is shown: the public forms, the
 * browser script and the staff workspace's forms. `field` is the question's (or input's) id, or ''
 * for a problem with the form as a whole.
 */
export interface FieldError {
  field: string;
  message: string;
}
