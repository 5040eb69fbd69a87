/**
 * Renders deploy/nginx/site.conf.template: the site behind nginx's cache.
 *
 *   npx tsx deploy/nginx/render.ts --listen 127.0.0.1:8080 --origin 127.0.0.1:3000 \
 *     --cache-dir /var/cache/nginx/council-strategy [--build-id <id>] > council-strategy.conf
 *
 * The build id defaults to the one in the build (.next/BUILD_ID, or NEXT_DIST_DIR's), which is
 * what makes a deploy invalidate the cache. The security headers nginx adds to its own responses
 * are those of lib/server/security-headers.ts.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { SECURITY_HEADERS } from "../../lib/server/security-headers";

export interface NginxSite {
  /** Where nginx listens: `127.0.0.1:8080`, `80`. */
  listen: string;
  /** The origin, `npm start`: `127.0.0.1:3000`. */
  origin: string;
  cacheDir: string;
  buildId: string;
}

const TEMPLATE = path.join(import.meta.dirname, "site.conf.template");

/** The build id of the build the origin serves. */
export function buildId(root = process.cwd()): string {
  const file = path.join(root, process.env.NEXT_DIST_DIR ?? ".next", "BUILD_ID");
  return readFileSync(file, "utf8").trim();
}

/** An nginx variable name for a header: `Content-Security-Policy` → `council_own_content_security_policy`. */
function variable(header: string): string {
  return `council_own_${header.toLowerCase().replace(/-/g, "_")}`;
}

/** nginx strings are double-quoted here; a header value never needs a quote or a backslash. */
function quoted(value: string): string {
  if (/["\\$\n]/.test(value)) throw new Error(`Cannot write ${value} in an nginx string`);
  return `"${value}"`;
}

function ownHeaderMaps(): string {
  return SECURITY_HEADERS.map(
    ({ key, value }) =>
      `map $council_own $${variable(key)} {\n    1 ${quoted(value)};\n    default "";\n}`,
  ).join("\n");
}

function ownHeaders(indent: string): string {
  return [
    ...SECURITY_HEADERS.map(({ key }) => `add_header ${key} $${variable(key)} always;`),
    "add_header Cache-Control $council_own_cache_control always;",
    "add_header Allow $council_own_allow always;",
  ]
    .map((line) => indent + line)
    .join("\n");
}

export function renderSite(site: NginxSite): string {
  const values: Record<string, string> = {
    LISTEN: site.listen,
    ORIGIN: site.origin,
    CACHE_DIR: site.cacheDir,
    BUILD_ID: site.buildId,
    OWN_HEADER_MAPS: ownHeaderMaps(),
  };
  for (const [name, value] of Object.entries(values)) {
    if (!/^[^\s;{}"]+$/.test(value) && name !== "OWN_HEADER_MAPS") {
      throw new Error(
        `--${name.toLowerCase().replace(/_/g, "-")} ${JSON.stringify(value)} cannot go in an nginx config`,
      );
    }
  }
  return readFileSync(TEMPLATE, "utf8")
    .replace(/^( *)@OWN_HEADERS@$/gm, (_match, indent: string) => ownHeaders(indent))
    .replace(/@([A-Z_]+)@/g, (match, name: string) => {
      const value = values[name];
      if (value === undefined) throw new Error(`${TEMPLATE}: no value for ${match}`);
      return value;
    });
}

if (import.meta.filename === process.argv[1]) {
  const { values } = parseArgs({
    options: {
      listen: { type: "string" },
      origin: { type: "string" },
      "cache-dir": { type: "string" },
      "build-id": { type: "string" },
    },
  });
  if (!values.listen || !values.origin || !values["cache-dir"]) {
    console.error(
      "Usage: tsx deploy/nginx/render.ts --listen <addr:port> --origin <addr:port> --cache-dir <dir> [--build-id <id>]",
    );
    process.exit(2);
  }
  process.stdout.write(
    renderSite({
      listen: values.listen,
      origin: values.origin,
      cacheDir: values["cache-dir"],
      buildId: values["build-id"] ?? buildId(),
    }),
  );
}
