// issue 19: FieldContext lives with the question types now (forms/ no longer imports pages/); this
// re-export keeps the staff pages compiling until the staff helper's branch imports it from there.
export type { FieldContext } from '../forms/question-types/field-context.ts';
