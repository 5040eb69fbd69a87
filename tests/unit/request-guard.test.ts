import { describe, expect, it } from "vitest";
import { refuse, refuseUnparsed } from "@/lib/server/request-guard";

describe("the request guard", () => {
  it.each([
    ["GET", "/plans/corporate-plan-2018-21"],
    ["HEAD", "/"],
    ["GET", "/search?q=fuel+poverty"],
    ["GET", "/plans/x?utm_source=a%20b"],
  ])("lets %s %s through", (method, url) => {
    expect(refuse(method, url)).toBeUndefined();
  });

  it.each(["POST", "PUT", "DELETE", "PATCH", "TRACE", "OPTIONS", "CONNECT", undefined])(
    "refuses %s with 405 and says which methods are allowed",
    (method) => {
      expect(refuse(method, "/")).toEqual({
        status: 405,
        message: "Method not allowed",
        headers: { allow: "GET, HEAD" },
      });
    },
  );

  it.each([
    ["/plans/x/%ff%fe", 400],
    ["/search?q=%ff", 400],
    ["/%00", 400],
    ["/a/%2e%2e/%2e%2e/etc/passwd", 400],
    ["/assets/..%5c..%5cpackage.json", 400],
    [`/${"a".repeat(5000)}`, 414],
    ["http://evil.example/plans", 400],
    ["https://127.0.0.1/plans", 400],
    ["127.0.0.1:3000", 400],
    ["*", 400],
    ["plans", 400],
  ])("refuses %s with %i", (url, status) => {
    expect(refuse("GET", url)?.status).toBe(status);
  });
});

describe("a request Node cannot parse", () => {
  it.each([
    ["HPE_INVALID_METHOD", 405],
    ["HPE_HEADER_OVERFLOW", 431],
    ["HPE_INVALID_HEADER_TOKEN", 400],
    [undefined, 400],
  ])("%s is answered %i", (code, status) => {
    expect(refuseUnparsed(code).status).toBe(status);
  });

  it("is refused like any other method when the method is unknown", () => {
    expect(refuseUnparsed("HPE_INVALID_METHOD")).toEqual(refuse("FOO", "/"));
  });
});
