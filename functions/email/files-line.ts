/** "1 file", "3 files". */
export const fileCount = (count: number): string => (count === 1 ? '1 file' : `${count} files`);

/** The team email's one line about evidence files: how many, and where they are (never attached). */
export const filesLine = (count: number): string =>
  `Files: ${fileCount(count)} came with it. Open them in the staff workspace; they are never sent by email.`;
