/**
 * `npm run dev`: the local preview (next dev) and, beside it, the content editor's local proxy
 * (decap-server), which reads and writes the files of this working tree for the editor at
 * http://localhost:3000/admin. Both stop together.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { prepareDevEditor } from "@/lib/editor/dev-editor";

const proxyPort = process.env.DECAP_SERVER_PORT ?? "8081";
const env = { ...process.env, DECAP_SERVER_PORT: proxyPort };
const children: ChildProcess[] = [];

function start(command: string, args: string[], extra: Record<string, string> = {}): ChildProcess {
  const child = spawn(command, args, { stdio: "inherit", env: { ...env, ...extra } });
  children.push(child);
  child.on("exit", (code) => {
    for (const other of children) if (other !== child && other.exitCode === null) other.kill();
    process.exitCode = code ?? 0;
  });
  return child;
}

start("npx", ["decap-server"], { PORT: proxyPort, MODE: "fs", GIT_REPO_DIRECTORY: process.cwd() });
start("npx", ["next", "dev", ...process.argv.slice(2)]);
prepareDevEditor();

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    for (const child of children) if (child.exitCode === null) child.kill(signal);
  });
}
