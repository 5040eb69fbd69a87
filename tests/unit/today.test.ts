import { describe, expect, it } from "vitest";
import { londonDay, today } from "@/lib/content/today";

describe("today, read in one place", () => {
  it("is the day in the council's time zone, not in UTC", () => {
    // 23:30 UTC on 30 June is 00:30 on 1 July in British Summer Time.
    expect(today(new Date("2026-06-30T23:30:00Z"))).toBe("2026-07-01");
    expect(today(new Date("2026-01-31T23:30:00Z"))).toBe("2026-01-31");
  });

  it("reads an instant written as text the same way", () => {
    expect(londonDay("2026-03-29T00:30:00Z")).toBe("2026-03-29");
    expect(londonDay("2026-10-24T23:30:00+00:00")).toBe("2026-10-25");
  });
});
