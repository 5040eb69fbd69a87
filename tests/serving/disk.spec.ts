import { readdirSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { servedAddresses } from "../../lib/server/known-addresses";
import { send, target } from "./http";

const ROOT = path.resolve(import.meta.dirname, "../..");
const BUILD = path.join(ROOT, process.env.NEXT_DIST_DIR ?? ".next");

function storedFiles(): Set<string> {
  return new Set(
    readdirSync(BUILD, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(BUILD, path.join(entry.parentPath, entry.name))),
  );
}

/**
 * The address a file under the build folder stores, if it is one of the framework's route cache
 * (`server/route-cache/APP_ROUTE/<hash>/$/plans.body`; `index` is the home page).
 */
function addressStoredIn(file: string): string | undefined {
  const match = /^server\/route-cache\/[^/]+\/[^/]+\/\$(\/.*)\.(?:body|meta)$/.exec(
    file.split(path.sep).join("/"),
  );
  if (!match?.[1]) return undefined;
  return match[1] === "/index" ? "/" : match[1];
}

test("any number of unknown addresses leaves no file on the server's disk", async () => {
  const token = `${target().replace(/\W/g, "")}-${Date.now()}`;
  const before = storedFiles();
  const kinds = [
    (n: number) => `/zz/${token}-${n}`,
    (n: number) => `/_next/probe-${token}-${n}`,
    (n: number) => `/_next/static/chunks/${token}-${n}.js.map`,
    (n: number) => `/ref/${token}-${n}`,
    (n: number) => `/plans/${token}%2F${n}`,
    (n: number) => `/unknown-address/${token}-${n}`,
    (n: number) => `/assets/${token}-${n}.css?v=${n}`,
    (n: number) => `/%73earch-${token}-${n}`,
    (n: number) => `/ref/cP18-${n}`,
  ];
  for (let n = 0; n < 12; n++) {
    for (const address of kinds.map((kind) => kind(n))) {
      const answer = await send({ target: address });
      expect(answer.status, address).toBeLessThan(500);
    }
  }
  // The framework may copy a page it prerendered into its route cache on its first request (the
  // other projects ask for pages meanwhile): any other new file is an address stored on disk.
  const served = servedAddresses(ROOT, BUILD);
  const added = [...storedFiles()].filter((file) => !before.has(file));
  const unexpected = added.filter((file) => {
    const address = addressStoredIn(file);
    return address === undefined || !served.has(address);
  });
  expect(unexpected).toEqual([]);
  expect(added.filter((file) => file.includes(token))).toEqual([]);
});
