import { describe, expect, it } from "vitest";
import { refuse } from "@/lib/server/request-guard";

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
  ])("refuses %s with %i", (url, status) => {
    expect(refuse("GET", url)?.status).toBe(status);
  });
});
