// govuk-frontend ships no type declarations; these cover what the site's script uses.
declare module 'govuk-frontend' {
  interface ComponentClass {
    new ($root: Element, config?: unknown): object;
    moduleName: string;
  }
  export const Button: ComponentClass;
  export const CharacterCount: ComponentClass;
  export const Checkboxes: ComponentClass;
  export const ErrorSummary: ComponentClass;
  export const ExitThisPage: ComponentClass;
  export const SkipLink: ComponentClass;
  export function createAll(
    component: ComponentClass,
    config?: unknown,
    scope?: Element | Document,
  ): object[];
}
