// Next loads a build adapter with Node's own import(), which cannot read TypeScript: this loads
// ours (lib/server/build-adapter.ts) through tsx, for this one import only.
import { tsImport } from "tsx/esm/api";

const { adapter } = await tsImport("./build-adapter.ts", import.meta.url);

export default adapter;
