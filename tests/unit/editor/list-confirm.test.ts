import { describe, expect, it } from "vitest";
import { moveQuestion, removeQuestion } from "@/lib/editor/list-confirm";

const action = {
  field: "actions",
  label: "Actions",
  singular: "Action",
  item: { number: 19, group: "Healthy lives", text: "The Fire and Rescue Service will…" },
};

describe("what the editor asks before a list entry is removed or moved", () => {
  it("warns that a published action is cited and is to be withdrawn, not removed", () => {
    expect(removeQuestion(action)).toMatchInlineSnapshot(`
      "Remove action 19 from this priority?

      Councillors cite actions by their number and web address, so once its page has been published, the content check will refuse to publish its removal.

      To take action 19 out of the plan, keep it and fill in “Withdrawn” (the date and the reason) instead: its page stays and says that it was withdrawn."
    `);
    expect(
      removeQuestion({ ...action, field: "objectives", item: { number: 3, text: "x" } }),
    ).toMatch(/^Remove objective 3 from this priority\?/);
  });

  it("says which progress update, and what residents lose", () => {
    expect(
      removeQuestion({
        field: "updates",
        label: "Progress updates",
        singular: "Progress update",
        item: { date: "2026-10-01", status: "on-track", summary: "Begun." },
      }),
    ).toMatchInlineSnapshot(
      `"Remove the progress update of 2026-10-01? Residents will no longer see it."`,
    );
  });

  it("names any other entry by its words, or by what it is", () => {
    expect(
      removeQuestion({
        field: "aliases",
        label: "Other names",
        singular: "Other name",
        item: "Joint- Commissioning",
      }),
    ).toBe("Remove “Joint- Commissioning” from Other names?");
    expect(
      removeQuestion({
        field: "data",
        label: "Numbers",
        singular: "Number",
        item: { label: "x".repeat(80), value: 3 },
      }),
    ).toBe(`Remove “${"x".repeat(59)}…” from Numbers?`);
    expect(removeQuestion({ field: "links", label: "Evidence", singular: "Link", item: {} })).toBe(
      "Remove this link from Evidence?",
    );
  });

  it("says that moving changes the order on the page and keeps numbers and addresses", () => {
    expect(moveQuestion(action, 2, 5)).toMatchInlineSnapshot(
      `"Move action 19 from place 3 to place 6 in Actions? Pages show them in this order. Its number and web address stay as they are."`,
    );
    expect(
      moveQuestion(
        { ...action, field: "links", label: "Evidence", singular: "Link", item: {} },
        0,
        1,
      ),
    ).toBe("Move this link from place 1 to place 2 in Evidence? Pages show them in this order.");
  });
});
