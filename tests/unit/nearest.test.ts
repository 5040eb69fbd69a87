import { describe, expect, it } from "vitest";
import { didYouMean, nearest, nearestIndex, nearestKey } from "@/lib/content/nearest";

const SERVICES = [
  "adult-social-care",
  "fire-and-rescue-service",
  "highways",
  "trading-standards",
  "fire-protection",
];

describe("nearest", () => {
  it("puts an id containing the wrong one first", () => {
    expect(nearest("fire-and-rescue", SERVICES)[0]).toBe("fire-and-rescue-service");
    // Both contain "fire": they come before the rest, the closer in spelling first.
    expect(nearest("fire", SERVICES, 2)).toEqual(["fire-protection", "fire-and-rescue-service"]);
  });

  it("puts an id contained in the wrong one first", () => {
    expect(nearest("highways-and-transport", SERVICES)[0]).toBe("highways");
  });

  it("finds a misspelling by edit distance", () => {
    expect(nearest("helth", ["housing", "health", "transport"])[0]).toBe("health");
    expect(nearest("trading-standard", SERVICES)[0]).toBe("trading-standards");
  });

  it("ignores case but returns the ids as written", () => {
    expect(nearest("HEALTH", ["Health", "wealth"])).toEqual(["Health", "wealth"]);
  });

  it("returns three by default, or as many as asked, never more than exist", () => {
    expect(nearest("x", SERVICES)).toHaveLength(3);
    expect(nearest("x", SERVICES, 1)).toHaveLength(1);
    expect(nearest("x", ["a", "b"], 5)).toEqual(["a", "b"]);
    expect(nearest("x", [])).toEqual([]);
  });

  it("breaks ties alphabetically, so hints are stable", () => {
    expect(nearest("ab", ["ac", "aa", "ad"])).toEqual(["aa", "ac", "ad"]);
  });

  it("accepts any iterable, e.g. a Map's keys", () => {
    const map = new Map([
      ["health", 1],
      ["housing", 2],
    ]);
    expect(nearest("housng", map.keys(), 1)).toEqual(["housing"]);
  });
});

describe("didYouMean", () => {
  it("quotes the nearest ids in one question", () => {
    expect(didYouMean("fire-and-rescue", SERVICES)).toBe(
      "Did you mean 'fire-and-rescue-service', 'fire-protection', 'highways'?",
    );
    expect(didYouMean("helth", ["health"])).toBe("Did you mean 'health'?");
  });

  it("says so when there is nothing to suggest", () => {
    expect(didYouMean("anything", [])).toBe("There are no entries of this kind yet.");
  });
});

describe("nearestIndex and nearestKey", () => {
  it("answer as nearest does, for every wrong id", () => {
    const index = nearestIndex(SERVICES);
    for (const wrong of ["fire", "helth", "trading-standard", "x", "HIGHWAYS-AND-TRANSPORT"]) {
      expect(index.nearest(wrong), wrong).toEqual(nearest(wrong, SERVICES));
      expect(index.nearest(wrong, 5), wrong).toEqual(nearest(wrong, SERVICES, 5));
    }
    const map = new Map(SERVICES.map((id) => [id, id.length]));
    expect(nearestKey("fire-rescue", map, 2)).toEqual(nearest("fire-rescue", SERVICES, 2));
    expect(nearestKey("fire-rescue", map, 2)).toEqual(nearestKey("fire-rescue", map, 2));
  });

  it("read a wrong id only as far as 16 characters past the longest valid one", () => {
    const valid = ["alpha-one", "beta-two-three"];
    const cut = "alphx-one".padEnd("beta-two-three".length + 16, "-");
    // Words far past every valid id ("beta", "two", "three") would otherwise outweigh the spelling.
    const long = `${cut}-beta-two-three`;
    expect(nearest(long, valid, 1)).toEqual(["alpha-one"]);
    expect(nearest(long, valid, 1)).toEqual(nearest(cut, valid, 1));
  });

  it("read a 4,085-character /ref/ key as its first characters only", () => {
    const references = ["CP18-1", "CP18-2", "CP18-2.16", "SP22-1.3"];
    const key = "ABC-".repeat(1022).slice(0, 4085);
    const cutAt = "CP18-2.16".length + 16;
    expect(nearest(key, references, 5)).toEqual(nearest(key.slice(0, cutAt), references, 5));
  });
});
