/**
 * What a workbook's number format says of a number. A workbook keeps a date as a number of days
 * (a "serial"), shown as a date by its format; and a percentage as a fraction, 40% as 0.4.
 */

/** Excel's built-in formats that show dates (ECMA-376 part 1, 18.8.30), the CJK ones included. */
const BUILT_IN_DATES = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51,
  52, 53, 54, 55, 56, 57, 58,
]);
const BUILT_IN_PERCENT = new Set([9, 10]);

/** A format's code without its literal text ("…", \x) and its [colour] or [$-809] parts. */
function codeWithoutLiterals(code: string): string {
  return code.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, "");
}

export function isDateFormat(id: number, code: string | undefined): boolean {
  if (code === undefined) return BUILT_IN_DATES.has(id);
  return /[dmy]/i.test(codeWithoutLiterals(code).replace(/general/gi, ""));
}

export function isPercentFormat(id: number, code: string | undefined): boolean {
  if (code === undefined) return BUILT_IN_PERCENT.has(id);
  return codeWithoutLiterals(code).includes("%");
}

/** The last day Excel can show: 31 December 9999. */
const LAST_SERIAL = 2_958_465;
const DAY = 86_400_000;

/**
 * A date serial as YYYY-MM-DD; the time of day, if any, is dropped. Day 0 of the 1900 system is
 * 30 December 1899 for every date after February 1900 (Excel counts a 29 February 1900 that never
 * was); the 1904 system, of old Mac workbooks, counts from 1 January 1904.
 */
export function serialToDate(serial: number, date1904: boolean): string | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial > LAST_SERIAL) return undefined;
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  return new Date(epoch + Math.floor(serial) * DAY).toISOString().slice(0, 10);
}
