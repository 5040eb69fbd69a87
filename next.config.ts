import path from "node:path";
import type { NextConfig } from "next";
import { SECURITY_HEADERS } from "./lib/server/security-headers";

const nextConfig: NextConfig = {
  // Only the atomic-publishing test builds elsewhere, so it never touches the real build.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  poweredByHeader: false,
  // Writes what the build answers into the build folder, from Next's documented adapter API, for
  // npm start and proxy.ts (lib/server/served-table.ts). An absolute path: Next resolves it from
  // its own folder.
  adapterPath: path.resolve("lib/server/next-adapter.mjs"),
  // mdx-bundler (which runs compiled bodies, and whose package also loads esbuild) must run from
  // node_modules, not from Next's server bundle.
  serverExternalPackages: ["mdx-bundler", "esbuild"],
  // Every build checks types, except where `npm test` has just checked the same files itself (tsc,
  // before any build) and says so with TYPES_CHECKED=1: its three builds would check them again,
  // about 20 s each on two cores.
  typescript: { ignoreBuildErrors: process.env.TYPES_CHECKED === "1" },
  // proxy.ts redirects /plans/ to /plans itself: the framework's own redirect runs before it and
  // sends neither the security headers nor a Cache-Control.
  skipTrailingSlashRedirect: true,
  // proxy.ts is given the address as the client spelt it, and on the origin the framework's router
  // compares rewrites with. Without this it gets http://localhost:<port>/…, and when the server
  // listens on a named host (HOST=127.0.0.1, as in the tests) the router takes every rewrite to
  // app/unknown-address for another origin's and fetches it over HTTP, through proxy.ts again.
  skipProxyUrlNormalize: true,
  async headers() {
    // The Cache-Control of /assets/ files is set in proxy.ts, for the files that exist.
    return [{ source: "/:path*", headers: [...SECURITY_HEADERS] }];
  },
};

/**
 * The same configuration in every phase: the content editor is answered by `npm run dev`'s own
 * server (lib/editor/server/), never by Next, so no build has an /admin (it answers 404).
 */
export default nextConfig;
