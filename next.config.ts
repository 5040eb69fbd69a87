import type { NextConfig } from "next";
import { SECURITY_HEADERS } from "./lib/security-headers";

const nextConfig: NextConfig = {
  // Only the atomic-publishing test builds elsewhere, so it never touches the real build.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  poweredByHeader: false,
  // mdx-bundler (which runs compiled bodies, and whose package also loads esbuild) must run from
  // node_modules, not from Next's server bundle.
  serverExternalPackages: ["mdx-bundler", "esbuild"],
  // Lint and type checks run in `npm test`, where they fail the run with readable output.
  typescript: { ignoreBuildErrors: false },
  async headers() {
    return [
      { source: "/:path*", headers: [...SECURITY_HEADERS] },
      {
        source: "/assets/:path*",
        headers: [{ key: "Cache-Control", value: "public, max-age=31536000, immutable" }],
      },
    ];
  },
};

export default nextConfig;
