import { EDITOR_PATH } from "@/lib/site/editor-addresses";

/**
 * Who may reach `npm run dev`. The editor writes files on this computer, so it answers only a
 * browser on this computer that opened it at a loopback address: the request must come from a
 * loopback address, name a loopback `Host` (a web page whose name an attacker points at 127.0.0.1,
 * "DNS rebinding", sends its own name) and, when the browser says where the request comes from
 * (`Origin`, `Sec-Fetch-Site`), come from the editor's own page. The preview is read-only: it is
 * held to the same rules unless the person has let other devices see it (DEV_HOST).
 */

export interface DevRequest {
  method: string;
  /** The request target as sent: a path and query. */
  url: string;
  host: string | undefined;
  origin: string | undefined;
  secFetchSite: string | undefined;
  /** The peer's address as Node gives it: "127.0.0.1", "::1", "::ffff:127.0.0.1". */
  remoteAddress: string | undefined;
}

export interface DevRefusal {
  status: 400 | 403 | 421;
  message: string;
}

/** Loopback names a browser on this computer may use for the dev server. */
const LOOPBACK_NAMES = new Set(["localhost", "127.0.0.1", "[::1]"]);

export function isLoopbackHost(host: string | undefined): boolean {
  if (host === undefined) return false;
  const match = /^(\[[^\]]*\]|[^:]*)(?::(\d{1,5}))?$/.exec(host.trim().toLowerCase());
  return match !== null && LOOPBACK_NAMES.has(match[1]!);
}

/** 127.0.0.0/8 and ::1, also as IPv4 mapped into IPv6. */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (address === undefined) return false;
  const v4 = address.replace(/^::ffff:/i, "");
  return v4 === "::1" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4);
}

/** Is this an address of the editor (its page, its script, its file proxy)? */
export function isEditorPath(url: string): boolean {
  const path = url.split("?", 1)[0]!;
  return path === EDITOR_PATH || path.startsWith(`${EDITOR_PATH}/`);
}

const FOREIGN_HOST: DevRefusal = {
  status: 421,
  message:
    "Refused: this server answers only at http://localhost, on the computer it runs on. The address asked for names another host.",
};

const FOREIGN_PEER: DevRefusal = {
  status: 403,
  message: "Refused: the content editor answers only a browser on the computer it runs on.",
};

const NOT_A_PATH: DevRefusal = {
  status: 400,
  message:
    "Refused: the request names a whole address (http://…) instead of a path on this server.",
};

const FOREIGN_PAGE: DevRefusal = {
  status: 403,
  message:
    "Refused: this request comes from another web page. Only the editor's own page at http://localhost may use it.",
};

/**
 * Why a request is refused, or undefined to let it through. `exposed`: the person has asked the
 * preview to listen on a network address (DEV_HOST); the editor stays this computer's only.
 */
export function refuseDevRequest(
  request: DevRequest,
  { exposed }: { exposed: boolean },
): DevRefusal | undefined {
  // An absolute-form target ("GET http://evil.example/") would name another host than the Host.
  if (!request.url.startsWith("/")) return NOT_A_PATH;
  const editor = isEditorPath(request.url);
  const strict = editor || !exposed;
  if (strict && !isLoopbackAddress(request.remoteAddress)) return FOREIGN_PEER;
  if (strict && !isLoopbackHost(request.host)) return FOREIGN_HOST;
  if (request.origin !== undefined && !sameOrigin(request.origin, request.host)) {
    return FOREIGN_PAGE;
  }
  if (editor && request.secFetchSite !== undefined) {
    if (!["same-origin", "none"].includes(request.secFetchSite.toLowerCase())) return FOREIGN_PAGE;
  }
  return undefined;
}

/** The request's Origin is the server's own: http:// and exactly the Host it was sent to. */
function sameOrigin(origin: string, host: string | undefined): boolean {
  return host !== undefined && origin.toLowerCase() === `http://${host.trim().toLowerCase()}`;
}
