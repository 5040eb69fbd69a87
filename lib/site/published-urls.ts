/** The record of every address ever published: lines of paths, # for comments. */
export const PUBLISHED_URLS_FILE = "content/published-urls.txt";

export function parsePublishedUrls(text: string): string[] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("#"));
}
