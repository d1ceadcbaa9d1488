/** Upper-cases the first letter, for messages and titles that start with a lower-case noun. */
export const sentence = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
