import { renderTextInput } from './text-input.ts';
import { typedText } from './typed-text.ts';

/** A short answer on one line: a name, a place, a reference. */
export const text = typedText({
  lines: 'one',
  defaultMax: 200,
  render: (q, ctx, nested, max) => renderTextInput(q, ctx, nested, 'text', max),
});
