import { describe, expect, it } from "vitest";
import { SHEET_LIMITS } from "@/lib/content/update-sheet/limits";
import { readSheet } from "@/lib/content/update-sheet/rows";
import { HEADER, inlineRow, workbookParts, zip } from "./zip-fixture";

/**
 * Workbooks and CSV files made to hurt: each is refused with one plain sentence, before it is
 * unpacked or read whole. How fast, and in how much memory, is measured in bench/sheet-hostile.ts
 * (bench/README.md), never timed here.
 */
const refusal = async (bytes: Uint8Array) => {
  const read = await readSheet(bytes);
  expect(read.rows).toEqual([]);
  expect(read.problems).toHaveLength(1);
  return read.problems[0]!;
};

const plain = workbookParts(
  inlineRow(1, HEADER) + inlineRow(2, ["CP18-1.1", "01/10/2026", "On track", "", "x"]),
);

describe("a hostile workbook is refused with a plain sentence", () => {
  it("reads the plain workbook these are made from", async () => {
    const read = await readSheet(zip(plain));
    expect(read.problems).toEqual([]);
    expect(read.rows).toHaveLength(1);
  });

  it("a zip bomb: a part that declares gigabytes, refused before anything is unpacked", async () => {
    const bomb = zip(
      workbookParts(inlineRow(1, HEADER), [
        { name: "xl/media/a.bin", data: "0", declaredSize: 4_000_000_000 },
      ]),
    );
    expect((await refusal(bomb)).message).toMatch(
      /unpacks to more than a sheet of updates can hold \(4,000 MB/,
    );
  });

  it("a part whose size lies: unpacking stops at the size it declared", async () => {
    const rows = Array.from({ length: 2_000 }, (_, i) =>
      inlineRow(i + 2, ["CP18-1.1", "", "", "", "x".repeat(100)]),
    ).join("");
    const parts = workbookParts(inlineRow(1, HEADER) + rows).map((part) =>
      part.name.endsWith("sheet1.xml") ? { ...part, declaredSize: 1_000 } : part,
    );
    expect((await refusal(zip(parts))).message).toMatch(/damaged or is not an Excel workbook/);
  });

  it("a huge shared-strings part", async () => {
    const strings = {
      name: "xl/sharedStrings.xml",
      data: "<sst/>",
      declaredSize: SHEET_LIMITS.partBytes + 1,
    };
    expect((await refusal(zip(workbookParts(inlineRow(1, HEADER), [strings])))).message).toMatch(
      /unpacks to more/,
    );
  });

  it("shared strings that are many but small: only the ones the cells use are kept", async () => {
    const many = `<sst>${"<si><t>filler</t></si>".repeat(200_000)}<si><t>Reference</t></si></sst>`;
    const sheet = `<row r="1"><c r="A1" t="s"><v>200000</v></c></row>`;
    const read = await readSheet(
      zip(workbookParts(sheet, [{ name: "xl/sharedStrings.xml", data: many }])),
    );
    expect(read.problems[0]?.message).toMatch(/does not name the columns "Date"/);
  });

  it("external links to other files", async () => {
    const link = { name: "xl/externalLinks/externalLink1.xml", data: "<externalLink/>" };
    expect((await refusal(zip([...plain, link]))).message).toMatch(/links to other files/);
  });

  it("a macro-enabled workbook (.xlsm)", async () => {
    const macros = { name: "xl/vbaProject.bin", data: "macro" };
    expect((await refusal(zip([...plain, macros]))).message).toMatch(/holds macros/);
  });

  it("a workbook protected by a password, or an old .xls", async () => {
    const ole = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect((await refusal(ole)).message).toMatch(/old Excel 97–2003 workbook/);
  });

  it("an encrypted part", async () => {
    const parts = plain.map((part, i) => (i === 3 ? { ...part, encrypted: true } : part));
    expect((await refusal(zip(parts))).message).toMatch(/protected by a password/);
  });

  it("an OpenDocument spreadsheet", async () => {
    expect(
      (
        await refusal(
          zip([
            { name: "mimetype", data: "x" },
            { name: "content.xml", data: "<x/>" },
          ]),
        )
      ).message,
    ).toMatch(/OpenDocument/);
  });

  it("thousands of parts", async () => {
    const filler = Array.from({ length: SHEET_LIMITS.zipEntries + 1 }, (_, i) => ({
      name: `x/${i}`,
      data: "",
    }));
    expect((await refusal(zip([...plain, ...filler]))).message).toMatch(/holds 1,00\d parts/);
  });

  it("a document type that defines entities (a billion laughs)", async () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&b;</t></is></c></row></sheetData></worksheet>`;
    const parts = plain.map((part) =>
      part.name.endsWith("sheet1.xml") ? { ...part, data: laughs } : part,
    );
    expect((await refusal(zip(parts))).message).toMatch(/damaged/);
  });

  it("a row far below the rest (row 1,048,576), refused without reading the rows between", async () => {
    const far = inlineRow(1_048_576, ["CP18-1.1", "01/10/2026", "On track", "", "x"]);
    const problem = await refusal(zip(workbookParts(inlineRow(1, HEADER) + far)));
    expect(problem).toMatchObject({
      row: 1_048_576,
      message: "The sheet has more than 5,000 rows of updates.",
    });
  });

  it("a file that is not a zip, CSV or workbook at all", async () => {
    expect((await refusal(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).message).toMatch(
      /damaged/,
    );
  });
});

describe("a large CSV is refused early", () => {
  it("a file over the size limit, before it is decoded", async () => {
    const big = new Uint8Array(SHEET_LIMITS.fileBytes + 1).fill(0x61);
    expect((await refusal(big)).message).toMatch(/a sheet of updates is at most 10 MB/);
  });

  it("100,000 rows, refused at the row past the limit", async () => {
    const csv = `${HEADER.join(",")}\n${"CP18-1.1,01/10/2026,On track,,x\n".repeat(100_000)}`;
    expect(await refusal(new TextEncoder().encode(csv))).toMatchObject({
      message: "The sheet has more than 5,000 rows of updates.",
    });
  });

  it("one cell of megabytes", async () => {
    const csv = `${HEADER.join(",")}\nCP18-1.1,01/10/2026,On track,,"${"x".repeat(5_000_000)}"\n`;
    expect((await refusal(new TextEncoder().encode(csv))).message).toMatch(
      /longer than a spreadsheet can hold/,
    );
  });
});
