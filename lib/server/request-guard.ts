const ALLOWED_METHODS = new Set(["GET", "HEAD"]);
const MAX_URL_LENGTH = 4096;

export type Refusal = {
  status: 400 | 405 | 414;
  message: string;
  headers?: Record<string, string>;
};

/**
 * The site only serves pages, so a request that no page needs is refused before the framework sees
 * it: other methods (TRACE cannot even reach the framework's request handling), overlong
 * addresses and malformed percent-encoding, which would otherwise make the framework answer 500.
 */
export function refuse(method: string | undefined, url: string | undefined): Refusal | undefined {
  if (!method || !ALLOWED_METHODS.has(method)) {
    return { status: 405, message: "Method not allowed", headers: { allow: "GET, HEAD" } };
  }
  const target = url ?? "/";
  if (target.length > MAX_URL_LENGTH) return { status: 414, message: "Address too long" };
  const [path = "/", query = ""] = target.split("?", 2);
  try {
    const decoded = decodeURIComponent(path);
    decodeURIComponent(query.replace(/\+/g, " "));
    if (decoded.includes("\0") || decoded.includes("\\") || /(^|\/)\.\.?(\/|$)/.test(decoded)) {
      return { status: 400, message: "Bad request: the address is not valid" };
    }
  } catch {
    return { status: 400, message: "Bad request: the address is not valid" };
  }
  return undefined;
}
