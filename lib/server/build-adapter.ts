import type { NextAdapter } from "next";
import { tableFromOutputs, writeServedTable } from "./served-table";

/**
 * The build adapter (next.config.ts `adapterPath`, loaded through lib/server/next-adapter.mjs):
 * at the end of `next build` it writes what the build answers (lib/server/served-table.ts) into
 * the build folder, for `npm start` and proxy.ts to read. It changes no configuration.
 */
export const adapter: NextAdapter = {
  name: "council-served-table",
  onBuildComplete({ outputs, distDir }) {
    writeServedTable(distDir, tableFromOutputs(outputs, distDir));
  },
};
