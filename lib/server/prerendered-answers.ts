import { readFile } from "node:fs/promises";
import type { OutgoingHttpHeaders } from "node:http";
import path from "node:path";
import { promisify } from "node:util";
import { gzip as gzipCallback, constants } from "node:zlib";
import { PRERENDERED_CACHE_CONTROL } from "./cache-control";
import { canonicalPath } from "./known-addresses";
import { readServedTable, type Prerendered } from "./served-table";

const gzip = promisify(gzipCallback);

/** One prerendered answer, ready to write: its status, and its headers and body per encoding. */
export interface ReadyAnswer {
  status: number;
  identity: { headers: OutgoingHttpHeaders; body: Buffer };
  /** Absent when gzip would not make the body smaller (an empty redirect, a tiny file). */
  gzip?: { headers: OutgoingHttpHeaders; body: Buffer };
}

/**
 * The build's prerendered answers (lib/server/served-table.ts), by the canonical spelling of their
 * address, for `npm start` to answer without the framework's work per request. Each body is read
 * and compressed once, at its first request, and kept: the build never changes under a running
 * server, and what is kept is bounded by what the build wrote.
 */
export class PrerenderedAnswers {
  private readonly byPath = new Map<string, Prerendered>();
  private readonly ready = new Map<string, ReadyAnswer>();
  private readonly loading = new Map<string, Promise<ReadyAnswer>>();

  constructor(
    private readonly build: string,
    /** Sent with every answer: the site's security headers. */
    private readonly baseHeaders: OutgoingHttpHeaders,
  ) {
    for (const answer of readServedTable(build).prerendered) {
      const canonical = canonicalPath(answer.path);
      if (canonical) this.byPath.set(canonical, answer);
    }
  }

  has(pathname: string): boolean {
    return this.byPath.has(pathname);
  }

  /** The answer when it is loaded already: the common case, with no promise to wait for. */
  loaded(pathname: string): ReadyAnswer | undefined {
    return this.ready.get(pathname);
  }

  /** Reads and compresses the answer for pathname (one of `has`), once however many ask. */
  load(pathname: string): Promise<ReadyAnswer> {
    const answer = this.byPath.get(pathname);
    if (!answer) return Promise.reject(new Error(`${pathname} is not prerendered`));
    const ready = this.ready.get(pathname);
    if (ready) return Promise.resolve(ready);
    let pending = this.loading.get(pathname);
    if (!pending) {
      pending = this.prepare(answer).then(
        (ready) => {
          this.ready.set(pathname, ready);
          this.loading.delete(pathname);
          return ready;
        },
        (error: unknown) => {
          this.loading.delete(pathname);
          throw error;
        },
      );
      this.loading.set(pathname, pending);
    }
    return pending;
  }

  private async prepare(answer: Prerendered): Promise<ReadyAnswer> {
    const file = path.resolve(this.build, answer.body);
    if (!file.startsWith(path.resolve(this.build) + path.sep)) {
      throw new Error(`${answer.body} is outside the build folder`);
    }
    const body = await readFile(file);
    const headers: OutgoingHttpHeaders = {
      ...this.baseHeaders,
      ...answer.headers,
      "cache-control": PRERENDERED_CACHE_CONTROL,
    };
    // A redirect has no body, so nothing to give a type (the framework sends none either).
    if (body.length === 0) delete headers["content-type"];
    const zipped =
      body.length > 0 ? await gzip(body, { level: constants.Z_BEST_COMPRESSION }) : body;
    if (zipped.length >= body.length) {
      return { status: answer.status, identity: { headers: withLength(headers, body), body } };
    }
    const varied = { ...headers, vary: "Accept-Encoding" };
    return {
      status: answer.status,
      identity: { headers: withLength(varied, body), body },
      gzip: {
        headers: withLength({ ...varied, "content-encoding": "gzip" }, zipped),
        body: zipped,
      },
    };
  }
}

function withLength(headers: OutgoingHttpHeaders, body: Buffer): OutgoingHttpHeaders {
  return { ...headers, "content-length": String(body.length) };
}

/**
 * Whether a request's Accept-Encoding takes gzip (RFC 9110, 12.5.3): named, or matched by `*`,
 * with a weight above 0. One coding, so a few lines rather than a negotiation library.
 */
export function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false;
  let named: boolean | undefined;
  let star = false;
  for (const part of header.toLowerCase().split(",")) {
    const [coding = "", ...parameters] = part.split(";").map((piece) => piece.trim());
    const weight = parameters.find((parameter) => /^q\s*=/.test(parameter));
    const accepted = weight === undefined || Number(weight.split("=")[1]) > 0;
    if (coding === "gzip" || coding === "x-gzip") named = named === true || accepted;
    else if (coding === "*") star = accepted;
  }
  return named ?? star;
}
