/** The record of every address ever published: lines of paths, # for comments. */
export const PUBLISHED_URLS_NAME = "published-urls.txt";
export const PUBLISHED_URLS_FILE = `content/${PUBLISHED_URLS_NAME}`;

/** One address of the record, with its line in the file. */
export interface PublishedLine {
  path: string;
  line: number;
}

export function publishedLines(text: string): PublishedLine[] {
  return text
    .split("\n")
    .map((line, index) => ({ path: line.trim(), line: index + 1 }))
    .filter(({ path }) => path !== "" && !path.startsWith("#"));
}

export function parsePublishedUrls(text: string): string[] {
  return publishedLines(text).map(({ path }) => path);
}
