import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import { defineConfig, globalIgnores } from "eslint/config";

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  {
    rules: {
      // Pages are plain HTML rendered on the server: there is no client router to link with.
      "@next/next/no-html-link-for-pages": "off",
      // We render the whole document ourselves (components/layout/Document.tsx), not through next/head.
      "@next/next/no-head-element": "off",
    },
  },
  globalIgnores([
    "bench/.tmp/**",
    ".next-*/**",
    "tests/.tmp-*/**",
    ".next/**",
    "node_modules/**",
    "public/assets/**",
    "next-env.d.ts",
    "test-results/**",
  ]),
]);
