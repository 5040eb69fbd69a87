import type { ContentGraph } from "../content/graph";
import { ContentError } from "../content/issues";
import { isPreview } from "./preview";
import { loadSite } from "./load-site";

let cached: Promise<ContentGraph> | undefined;

/**
 * The content graph every page reads. Loaded once per process in a build; in the local preview it is
 * reloaded on every request (compiled MDX is cached by hash), so a saved file shows at once.
 */
export function getContent(): Promise<ContentGraph> {
  if (isPreview || !cached) {
    cached = loadSite({
      root: process.cwd(),
      // Only the atomic-publishing test points the build at another content folder.
      contentDir: process.env.CONTENT_DIR,
      includeDrafts: isPreview,
      purpose: "render",
    }).then((result) => {
      if (!result.ok) throw new ContentError(result.issues);
      return result.graph;
    });
    // A failed load is not kept: the next request tries again after the editor's fix.
    cached.catch(() => {
      cached = undefined;
    });
  }
  return cached;
}
