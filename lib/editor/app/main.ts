/**
 * The editor in the browser: Decap CMS with our file format, started with the configuration the
 * page carries (made from the schemas by lib/editor/decap-config.ts). Bundled by esbuild
 * (lib/editor/bundle.ts); served only by the development server and the hosted editor's build.
 */
import "./manual-init";
import CMS from "decap-cms-app";
import { FORMAT_NAME } from "../decap-config";
import { fromFile, toFile, type EntryData, type OneOrManyPaths } from "../mdx-format";
import type { PreviewSettings } from "../preview/pane";
import { preloadPreview } from "../preview/pane-state";
import { registerPreviews } from "../preview/register";
import { setUpCouncilEditor, type DecapRegistry } from "./council-editor";

interface Payload {
  config: Record<string, unknown> & { collections: { name: string }[] };
  oneOrMany: OneOrManyPaths;
  preview: PreviewSettings;
}

const element = document.getElementById("editor-config");
const payload = JSON.parse(element?.textContent ?? "{}") as Payload;
const options = { oneOrMany: payload.oneOrMany };

CMS.registerCustomFormat(FORMAT_NAME, "mdx", {
  fromFile: (text: string) => fromFile(text, options),
  toFile: (data: EntryData) => toFile(data, options),
});
const backend = payload.config.backend as { name?: string; proxy_url?: string } | undefined;
const collections = payload.config.collections as { name: string; folder?: string }[];
setUpCouncilEditor(CMS as unknown as DecapRegistry, {
  ...options,
  proxyUrl: backend?.name === "proxy" ? backend.proxy_url : undefined,
  folders: Object.fromEntries(collections.flatMap((c) => (c.folder ? [[c.name, c.folder]] : []))),
});
registerPreviews(CMS, payload.config.collections, payload.preview, options);
CMS.init({ config: payload.config as never });
// The preview's code and the content, loaded once the editor is on the screen and the browser is
// idle, so the first entry opened shows its page sooner (bench/README.md, section 10).
// (Safari has no requestIdleCallback: a second's wait instead.)
const whenIdle: (run: () => void) => void =
  "requestIdleCallback" in window
    ? (run) => requestIdleCallback(run, { timeout: 5000 })
    : (run) => setTimeout(run, 1000);
window.addEventListener("load", () => whenIdle(() => preloadPreview(payload.preview.snapshot)));
