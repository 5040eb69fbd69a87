/**
 * What the importer reads at most, so that a large or hostile file is refused in seconds and in
 * bounded memory (bench/README.md, "The quarterly sheet"). A real sheet is far inside each: the
 * largest plan has a few hundred rows, and its exported workbook is about 30 KB.
 */
export const SHEET_LIMITS = {
  /** Bytes of the file as saved, checked before it is read. */
  fileBytes: 10_000_000,
  /** Rows below the header: ten times the actions and objectives of both plans together. */
  rows: 5_000,
  /** Characters in one cell: Excel's own limit, so no spreadsheet can save a longer one. */
  cellCharacters: 32_767,
  /** Files inside a workbook (Excel and LibreOffice write about a dozen). */
  zipEntries: 1_000,
  /** Bytes of one part of a workbook once unpacked (its sheet, its shared strings). */
  partBytes: 20_000_000,
  /** Bytes of the whole workbook once unpacked, as its table of contents declares them. */
  unpackedBytes: 100_000_000,
  /** Characters kept from the cells the importer reads, all together. */
  keptCharacters: 20_000_000,
  /** Problems printed in full; the rest are counted. */
  problemsShown: 50,
  /** Characters of a cell quoted in a message. */
  quotedCharacters: 40,
} as const;
