/** The team email's one line about evidence files: how many, and where they are (never attached). */
export const filesLine = (count: number): string =>
  `Files: ${count === 1 ? '1 file came' : `${count} files came`} with it. Open them in the staff workspace; they are never sent by email.`;
