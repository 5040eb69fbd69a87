import { describe, expect, it } from "vitest";
import {
  isEditorPath,
  isLoopbackAddress,
  isLoopbackHost,
  refuseDevRequest,
  type DevRequest,
} from "@/lib/editor/server/request-guard";

/** A request as the editor's own page sends it from this computer. */
const own: DevRequest = {
  method: "POST",
  url: "/admin/api/v1",
  host: "localhost:3000",
  origin: "http://localhost:3000",
  secFetchSite: "same-origin",
  remoteAddress: "127.0.0.1",
};

const local = { exposed: false };
const exposed = { exposed: true };
const status = (request: Partial<DevRequest>, options = local) =>
  refuseDevRequest({ ...own, ...request }, options)?.status ?? "passes";

describe("the dev server's guard: who is talking", () => {
  it.each([
    ["127.0.0.1", true],
    ["127.0.0.2", true],
    ["::1", true],
    ["::ffff:127.0.0.1", true],
    ["192.0.2.2", false],
    ["::ffff:192.0.2.2", false],
    ["10.0.0.1", false],
    ["fe80::1", false],
    ["0.0.0.0", false],
    [undefined, false],
  ])("%s is a loopback address: %s", (address, loopback) => {
    expect(isLoopbackAddress(address)).toBe(loopback);
  });

  it("refuses the editor to any other computer, even when the preview is shown to them", () => {
    expect(status({ remoteAddress: "192.0.2.9" })).toBe(403);
    expect(status({ remoteAddress: "192.0.2.9" }, exposed)).toBe(403);
    expect(status({ remoteAddress: "192.0.2.9", url: "/admin" }, exposed)).toBe(403);
    expect(
      status(
        { remoteAddress: "192.0.2.9", url: "/plans", host: "192.0.2.2:3000", origin: undefined },
        exposed,
      ),
    ).toBe("passes");
    expect(status({ remoteAddress: "192.0.2.9", url: "/plans", origin: undefined })).toBe(403);
  });
});

describe("the dev server's guard: the Host a request names", () => {
  it.each([
    ["localhost", true],
    ["localhost:3000", true],
    ["LOCALHOST:3000", true],
    ["127.0.0.1:3000", true],
    ["[::1]:3000", true],
    ["[::1]", true],
    ["evil.example:3000", false],
    ["localhost.evil.example:3000", false],
    ["127.0.0.1.nip.io:3000", false],
    ["192.0.2.2:3000", false],
    ["[::ffff:127.0.0.1]:3000", false],
    ["localhost:3000@evil.example", false],
    ["localhost:notaport", false],
    ["", false],
    [undefined, false],
  ])("%s is a loopback name: %s", (host, loopback) => {
    expect(isLoopbackHost(host)).toBe(loopback);
  });

  it("refuses a foreign Host (DNS rebinding) on the editor and on a preview kept local", () => {
    expect(status({ host: "evil.example:3000", origin: undefined })).toBe(421);
    expect(status({ host: "evil.example:3000", origin: undefined, url: "/" })).toBe(421);
    expect(status({ host: undefined, origin: undefined, url: "/" })).toBe(421);
    expect(status({ host: "evil.example:3000", origin: undefined }, exposed)).toBe(421);
    expect(
      status(
        { host: "192.0.2.2:3000", origin: undefined, url: "/", remoteAddress: "192.0.2.9" },
        exposed,
      ),
    ).toBe("passes");
    expect(
      refuseDevRequest({ ...own, host: "evil.example" }, local)?.message,
    ).toMatchInlineSnapshot(
      `"Refused: this server answers only at http://localhost, on the computer it runs on. The address asked for names another host."`,
    );
  });
});

describe("the dev server's guard: the page a request comes from", () => {
  it.each([
    ["http://localhost:3000", "passes"],
    [undefined, "passes"],
    ["http://evil.example", 403],
    ["http://localhost:3001", 403],
    ["https://localhost:3000", 403],
    ["http://127.0.0.1:3000", 403],
    ["null", 403],
    ["", 403],
  ])("Origin %s: %s", (origin, expected) => {
    expect(status({ origin })).toBe(expected);
  });

  it("refuses a request another site's page sends, on the editor and on the preview", () => {
    expect(status({ origin: "http://evil.example", url: "/" })).toBe(403);
    expect(status({ origin: "http://evil.example", url: "/admin" })).toBe(403);
    expect(status({ origin: "http://evil.example", url: "/" }, exposed)).toBe(403);
    expect(
      refuseDevRequest({ ...own, origin: "http://evil.example" }, local)?.message,
    ).toMatchInlineSnapshot(
      `"Refused: this request comes from another web page. Only the editor's own page at http://localhost may use it."`,
    );
  });

  it.each([
    ["same-origin", "passes"],
    ["none", "passes"],
    ["same-site", 403],
    ["cross-site", 403],
  ])("Sec-Fetch-Site %s on the editor: %s", (secFetchSite, expected) => {
    expect(status({ secFetchSite, origin: undefined })).toBe(expected);
  });

  it("lets a link from elsewhere open a preview page (a navigation sends no Origin)", () => {
    expect(status({ url: "/plans", origin: undefined, secFetchSite: "cross-site" })).toBe("passes");
  });
});

describe("the request target", () => {
  it("refuses a whole address instead of a path, on the editor and the preview", () => {
    expect(status({ url: "http://evil.example/admin/api/v1" })).toBe(400);
    expect(status({ url: "http://localhost:3000/", origin: undefined })).toBe(400);
    expect(status({ url: "*", origin: undefined })).toBe(400);
  });
});

describe("the editor's addresses", () => {
  it.each([
    ["/admin", true],
    ["/admin/", true],
    ["/admin/editor.js", true],
    ["/admin/api/v1", true],
    ["/admin?x=1", true],
    ["/administrator", false],
    ["/plans/admin", false],
    ["/", false],
  ])("%s: %s", (url, editor) => {
    expect(isEditorPath(url)).toBe(editor);
  });
});
