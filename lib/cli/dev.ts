/**
 * `npm run dev`: the local preview and the content editor, for the person at this computer.
 *
 * One server in this process (lib/editor/server/dev-server.ts) answers both, on
 * http://localhost:$PORT (3000 unless PORT says otherwise), listening on the loopback addresses
 * 127.0.0.1 and ::1 only. DEV_HOST=<address> listens there instead, to look at the preview from
 * another device; the editor still answers only this computer. Ctrl-C, SIGTERM, SIGHUP or the end
 * of the npm process that started it stop everything.
 */
import { spawnSync } from "node:child_process";
import { prepareDevEditor, warmDevPreview } from "@/lib/editor/dev-editor";
import { isLoopbackAddress } from "@/lib/editor/server/request-guard";
import { startDevServer, type DevServer } from "@/lib/editor/server/dev-server";

const port = Number(process.env.PORT ?? 3000);
const devHost = process.env.DEV_HOST?.trim() || undefined;
const hosts = devHost ? [devHost] : ["127.0.0.1", "::1"];
const exposed = devHost !== undefined && devHost !== "localhost" && !isLoopbackAddress(devHost);

// The search index for the preview. Content with a problem still gets a preview: it shows the
// problems (lib/render/respond.tsx), so a failure here is said, not fatal.
const assets = spawnSync("npm", ["run", "-s", "assets", "--", "--drafts"], { stdio: "inherit" });
if (assets.status !== 0) {
  console.warn("\nThe preview's search index was not made: the content has a problem (see above).");
}

let server: DevServer | undefined;
let stopping = false;

async function stop(reason: string) {
  if (stopping) return;
  stopping = true;
  console.log(`\nStopping the preview and the editor (${reason}).`);
  // Whatever happens while closing, the process ends: nothing may stay listening.
  setTimeout(() => process.exit(0), 3000).unref();
  await server?.close().catch(() => undefined);
  process.exit(0);
}

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => void stop(signal));
}
// `npm run dev` runs this process as npm's child; npm passes on SIGINT and SIGTERM but not
// SIGHUP, and nothing when it is killed outright. A new parent means npm has gone: stop too.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) void stop("npm run dev ended");
}, 500).unref();

try {
  server = await startDevServer({ root: process.cwd(), port, hosts, exposed });
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  console.error(
    code === "EADDRINUSE"
      ? `Port ${port} is already in use: stop the other server, or run PORT=${port + 1} npm run dev.`
      : `The preview could not start: ${(error as Error).message}`,
  );
  process.exit(1);
}
if (stopping) process.exit(0);
prepareDevEditor();
warmDevPreview();
console.log(
  [
    "",
    `Preview:  http://localhost:${port}`,
    `Editor:   http://localhost:${port}/admin`,
    `Listening on ${server.listening.join(" and ")}${exposed ? " (the preview can be seen from other devices; the editor answers this computer only)" : " (this computer only)"}.`,
    "",
  ].join("\n"),
);
