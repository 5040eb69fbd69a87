import { describe, expect, expectTypeOf, it } from "vitest";
import { PAGE_KINDS } from "@/lib/site/page-kinds";
import { PAGE_KIND_NAMES } from "@/lib/site/pages";
import { matchesPattern } from "@/lib/site/resolve";
import { ADDRESSES, urls, type AddressName } from "@/lib/site/urls";

describe("every address is written once", () => {
  it("names each kind of page's address once, and each kind's pattern is its own", () => {
    // Checked by tsc too: a kind without an address, or an address without a kind, fails here.
    expectTypeOf<keyof typeof PAGE_KINDS>().toEqualTypeOf<AddressName>();
    expect([...PAGE_KIND_NAMES].sort()).toEqual(Object.keys(ADDRESSES).sort());
    for (const name of PAGE_KIND_NAMES)
      expect(PAGE_KINDS[name].pattern, name).toBe(ADDRESSES[name]);
  });

  it("builds an address by filling each :name with its value, percent-encoded", () => {
    expect(urls.action("corporate-plan", "safe lives", 16)).toBe(
      "/plans/corporate-plan/safe%20lives/actions/16",
    );
    expect(urls.datedReference("CP18-2.16", "2026-01-31")).toBe("/ref/CP18-2.16/2026-01-31");
    expect(urls.sitePage("a/b")).toBe("/a%2Fb");
    expect(urls.home()).toBe("/");
    expect(matchesPattern(ADDRESSES.objective, urls.objective("p", "q", 3))).toBe(true);
    // @ts-expect-error a builder takes one value per :name of its address
    urls.plan();
    // @ts-expect-error and no more
    urls.plan("a", "b");
  });

  it("puts a chapter and a priority in the same address space of their plan", () => {
    expect(ADDRESSES.chapter.split("/").length).toBe(ADDRESSES.priority.split("/").length);
    expect(matchesPattern(ADDRESSES.chapter, urls.planEntry("p", "a-chapter"))).toBe(true);
  });
});
