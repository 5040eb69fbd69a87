const ALLOWED_METHODS = new Set(["GET", "HEAD"]);
const MAX_URL_LENGTH = 4096;

export type Refusal = {
  status: 400 | 405 | 414 | 431;
  message: string;
  headers?: Record<string, string>;
};

export const METHOD_NOT_ALLOWED: Refusal = {
  status: 405,
  message: "Method not allowed",
  headers: { allow: "GET, HEAD" },
};

const BAD_ADDRESS: Refusal = { status: 400, message: "Bad request: the address is not valid" };

/**
 * The site only serves pages, so a request that no page needs is refused before the framework sees
 * it: other methods, a request target that is not a path (the absolute form
 * `GET http://evil.example/plans`, which the framework would redirect to that host), overlong
 * addresses and malformed percent-encoding, which would otherwise make the framework answer 500.
 */
export function refuse(method: string | undefined, url: string | undefined): Refusal | undefined {
  if (!method || !ALLOWED_METHODS.has(method)) return METHOD_NOT_ALLOWED;
  const target = url ?? "/";
  if (!target.startsWith("/")) {
    return { status: 400, message: "Bad request: the request target must be a path" };
  }
  if (target.length > MAX_URL_LENGTH) return { status: 414, message: "Address too long" };
  const [path = "/", query = ""] = target.split("?", 2);
  try {
    const decoded = decodeURIComponent(path);
    decodeURIComponent(query.replace(/\+/g, " "));
    if (decoded.includes("\0") || decoded.includes("\\") || /(^|\/)\.\.?(\/|$)/.test(decoded)) {
      return BAD_ADDRESS;
    }
  } catch {
    return BAD_ADDRESS;
  }
  return undefined;
}

/**
 * What to answer a request Node's HTTP parser could not read (it never reaches a handler): an
 * unknown method is refused like any other method, a request line or headers beyond Node's limit
 * with 431, anything else with 400.
 */
export function refuseUnparsed(code: string | undefined): Refusal {
  if (code === "HPE_INVALID_METHOD") return METHOD_NOT_ALLOWED;
  if (code === "HPE_HEADER_OVERFLOW") {
    return { status: 431, message: "Request header fields too large" };
  }
  return { status: 400, message: "Bad request" };
}
