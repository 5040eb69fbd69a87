import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import { readdirSync } from "node:fs";
import { defineConfig, globalIgnores } from "eslint/config";
import { noImportCycles } from "./eslint-rules/no-import-cycles.mjs";

/**
 * The layers of the code and what each may import, lowest first (docs/architecture.md). Every
 * folder of lib/ and components/ and every file of code at the top is one of them; an import of
 * any other layer of the project is an error, and so is a folder that is not listed here
 * (tests/unit/architecture/import-rules.test.ts).
 */
export const LAYERS = {
  // The content model: content files in, one frozen graph or every problem out.
  "lib/content": [],
  // The site over the model: which pages there are, their addresses, titles and data files.
  "lib/site": ["lib/content", "lib/search"],
  // The search engine, shared by the search page and the browser's search island.
  "lib/search": [],
  // Views: a page of the site, as HTML.
  "lib/render": ["lib/content", "lib/site", "lib/search", "components"],
  components: ["lib/content", "lib/site", "lib/search", "lib/render"],
  // Programs: the server in front of Next, the script in the browser, the editor, the commands.
  "lib/server": [],
  "lib/client": ["lib/search"],
  "lib/editor": ["lib/content", "lib/site", "lib/search", "lib/render", "components"],
  "lib/cli": [
    "lib/content",
    "lib/site",
    "lib/search",
    "lib/render",
    "components",
    "lib/server",
    "lib/editor",
  ],
  // Next's routes: thin handlers over the layers below.
  app: ["lib/content", "lib/site", "lib/search", "lib/render", "lib/server", "lib/editor"],
  "proxy.ts": ["lib/server"],
  "next.config.ts": ["lib/server"],
};

/** Inside components/, the views of whole pages are the top: no other component imports them. */
const PAGE_VIEWS = "components/pages";

/** Packages a layer keeps out, and why. */
const PACKAGES_KEPT_OUT = {
  "lib/content": {
    packages: ["react", "react-dom", "next", "mdx-bundler"],
    why: "The content model is plain data: no React, Next or rendering.",
  },
  "lib/site": {
    packages: ["react", "react-dom", "next", "mdx-bundler"],
    why: "The site's pages are declared as data (lib/site/): views render them, in components/.",
  },
  "lib/search": {
    packages: ["react", "react-dom", "next", "mdx-bundler", "node:.*"],
    why: "The search engine also runs in the browser (lib/client/): no React, Next or Node modules.",
  },
  "lib/client": {
    packages: ["react", "react-dom", "next", "mdx-bundler", "node:.*"],
    why: "The browser's script has no framework and no Node modules.",
  },
  "lib/server": {
    packages: ["react", "react-dom", "mdx-bundler"],
    why: "The server answers from the build's output: it renders nothing.",
  },
};

/** Every import across layers that LAYERS does not allow, as zones of import/no-restricted-paths. */
function forbiddenZones() {
  const layers = Object.keys(LAYERS);
  const zones = Object.entries(LAYERS).flatMap(([layer, allowed]) =>
    layers
      .filter((other) => other !== layer && !allowed.includes(other))
      .map((other) => ({
        target: `./${layer}`,
        from: `./${other}`,
        message: `${layer} may import only ${allowed.join(", ") || "itself"} (docs/architecture.md).`,
      })),
  );
  const components = readdirSync(new URL("components", import.meta.url), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && `components/${entry.name}` !== PAGE_VIEWS)
    .map((entry) => ({
      target: `./components/${entry.name}`,
      from: `./${PAGE_VIEWS}`,
      message: `Only lib/render/ renders a page's view (${PAGE_VIEWS}/): a component gets what it shows as props.`,
    }));
  const mode = {
    target: "./components",
    from: "./lib/site/preview.ts",
    message:
      "A component is told whether drafts show (PageContext.preview), it does not read the server's mode.",
  };
  return [...zones, ...components, mode];
}

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
    // What each folder may import (docs/architecture.md, "What each folder may import").
    files: ["**/*.{ts,tsx,mjs}"],
    rules: { "import/no-restricted-paths": ["error", { zones: forbiddenZones() }] },
  },
  ...Object.entries(PACKAGES_KEPT_OUT).map(([folder, { packages, why }]) => ({
    files: [`${folder}/**/*.{ts,tsx}`],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ regex: `^(${packages.join("|")})(/.*)?$`, message: why }] },
      ],
    },
  })),
  {
    files: ["**/*.{ts,tsx,mjs}"],
    plugins: { architecture: { rules: { "no-import-cycles": noImportCycles } } },
    rules: { "architecture/no-import-cycles": "error" },
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
