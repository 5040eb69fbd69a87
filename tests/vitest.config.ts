import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname, "..") } },
  test: {
    root: path.resolve(import.meta.dirname, ".."),
    include: ["tests/unit/**/*.test.{ts,tsx}"],
    environment: "node",
    testTimeout: 20_000,
    // The random bodies tests compile stay out of the real MDX cache (lib/content/mdx-cache.ts).
    env: { COUNCIL_MDX_CACHE_DIR: "tests/.tmp-mdx-cache" },
  },
});
