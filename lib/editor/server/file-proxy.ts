import express, { type NextFunction, type Request, type Response } from "express";
// A webpack bundle of CommonJS: its exports are the default export here.
import decapServer from "decap-server/dist/middlewares";
import { formFieldPath } from "../form-labels";
import { refusedSaveMessage } from "../save-refusal";
import { diskPathProblem, type PathUse } from "./editable-paths";
import { problemsOfSave, type PendingWrite } from "./save-check";

/**
 * The editor's file proxy: decap-server's own request handler (`registerLocalFs`), behind checks of
 * what each request may do. Only the actions the editor uses here pass (listing, reading, saving
 * entries, and `checkEntry`, ours: the content check of an entry before it is saved); media,
 * deleting and anything else are refused. Every path must be a content file (editable-paths.ts),
 * and a save that would add a problem to the content is refused with the check's words.
 */

/** Bodies are JSON of one entry: the largest content file is under 1 MB. */
const BODY_LIMIT = "2mb";

interface ProxyRequest {
  action?: unknown;
  params?: Record<string, unknown>;
}

type Paths = (params: Record<string, unknown>) => [unknown, PathUse][];

const files = (list: unknown): [unknown, PathUse][] =>
  Array.isArray(list)
    ? list.map((item: { path?: unknown } | undefined) => [item?.path, "file"])
    : [[undefined, "file"]];

/** The actions that pass, each with the paths it names. */
const ALLOWED: Readonly<Record<string, Paths>> = {
  info: () => [],
  getDeployPreview: () => [],
  entriesByFolder: (params) => [[params.folder, "folder"]],
  entriesByFiles: (params) => files(params.files),
  getEntry: (params) => [[params.path, "file"]],
  checkEntry: (params) => [[params.path, "file"]],
  persistEntry: (params) => files(params.dataFiles ?? [params.entry]),
};

export async function fileProxy(root: string): Promise<express.Express> {
  const app = express();
  app.disable("x-powered-by");
  app.use(express.json({ limit: BODY_LIMIT, type: "application/json" }));
  app.post("/api/v1", (request, response, next) => {
    void guard(root, request, response, next).catch(next);
  });
  app.post("/api/v1", (request, response, next) => {
    void checkEntry(root, request, response, next).catch(next);
  });
  // decap-server reads its folder from the environment when it registers.
  process.env.GIT_REPO_DIRECTORY = root;
  await decapServer.registerLocalFs(app, { logLevel: "warn" });
  app.use(proxyFailure);
  return app;
}

/* eslint-disable @typescript-eslint/no-unused-vars -- Express knows an error handler by its four
   parameters, so `_next` stays though it is not used. */
/** Express's own error page would show a stack trace (for a body that is not JSON, say). */
function proxyFailure(
  error: { status?: number },
  _request: Request,
  response: Response,
  _next: NextFunction,
) {
  const status = typeof error.status === "number" && error.status < 500 ? error.status : 500;
  refuse(response, status, status === 500 ? "The editor's file proxy failed." : "Bad request.");
}
/* eslint-enable @typescript-eslint/no-unused-vars */

/** A save of entries only: no uploads with it, and no file moved to a new name. */
function isPlainSave(params: Record<string, unknown>): boolean {
  const written = (params.dataFiles ?? [params.entry]) as { newPath?: unknown }[];
  const assets = params.assets as unknown[] | undefined;
  return (assets ?? []).length === 0 && written.every((file) => file?.newPath === undefined);
}

function refuse(response: Response, status: number, error: string) {
  response.status(status).json({ error });
}

async function guard(root: string, request: Request, response: Response, next: NextFunction) {
  if (!request.is("application/json")) {
    return refuse(response, 415, "The editor sends JSON: this request is not the editor's.");
  }
  const { action, params = {} } = (request.body ?? {}) as ProxyRequest;
  const paths = typeof action === "string" ? ALLOWED[action] : undefined;
  // Decap asks for the media of a single-file entry: there are none, and no folder to list.
  if (action === "getMedia") return void response.json([]);
  if (!paths) {
    return refuse(response, 403, `The editor does not do “${String(action)}” here.`);
  }
  if (action === "persistEntry" && !isPlainSave(params)) {
    return refuse(
      response,
      403,
      "The editor saves entries here; it does not upload or move files.",
    );
  }
  for (const [relative, use] of paths(params)) {
    const problem = await diskPathProblem(root, relative, use);
    if (problem !== undefined) {
      return refuse(response, 403, `The editor reads and writes only content files: ${problem}.`);
    }
  }
  next();
}

/** `checkEntry` answers the problems a save would add; `persistEntry` is refused if any. */
async function checkEntry(root: string, request: Request, response: Response, next: NextFunction) {
  const { action, params = {} } = request.body as ProxyRequest;
  if (action !== "checkEntry" && action !== "persistEntry") return next();
  const writes: PendingWrite[] =
    action === "checkEntry"
      ? [{ path: String(params.path), raw: String(params.raw ?? "") }]
      : ((params.dataFiles ?? [params.entry]) as { path: string; raw: string }[]).map((file) => ({
          path: file.path,
          raw: String(file.raw ?? ""),
        }));
  const problems = await problemsOfSave(root, writes);
  const message = problems.length > 0 ? refusedSaveMessage(problems, formFieldPath) : undefined;
  if (action === "checkEntry") return void response.json({ problems, message });
  if (message) return refuse(response, 422, message);
  next();
}
