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
  {
    // What each folder may import (docs/architecture.md). The content model knows nothing of
    // pages, components, routes, React or Next, so it can be checked, reported on and reused
    // without them; nothing but app/ reaches into the route handlers.
    files: ["**/*.{ts,tsx}"],
    rules: {
      "import/no-restricted-paths": [
        "error",
        {
          zones: [
            {
              target: "./lib/content",
              from: "./lib",
              except: ["./content"],
              message: "The content model (lib/content/) may import only from lib/content/.",
            },
            {
              target: "./lib/content",
              from: "./components",
              message: "The content model may not import components.",
            },
            {
              target: ["./lib", "./components"],
              from: "./app",
              message: "Only app/ imports app/.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["lib/content/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(react|react-dom|next|mdx-bundler)(/.*)?$",
              message: "The content model is plain data: no React, Next or rendering.",
            },
          ],
        },
      ],
    },
  },
  {
    // Small functions with one job: a function of lib/ longer than this is doing more than one.
    files: ["lib/**/*.{ts,tsx}"],
    rules: {
      "max-lines-per-function": ["error", { max: 80, skipBlankLines: true, skipComments: true }],
    },
  },
  globalIgnores([
    "bench/.tmp/**",
    ".next-*/**",
    // The hosted editor's build (npm run editor:build).
    "editor-dist/**",
    "tests/.tmp-*/**",
    ".next/**",
    "node_modules/**",
    "public/assets/**",
    "next-env.d.ts",
    "test-results/**",
  ]),
]);
