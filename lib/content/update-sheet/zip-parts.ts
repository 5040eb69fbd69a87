import { StringDecoder } from "node:string_decoder";
import { SaxesParser } from "saxes";
import yauzl, { type Entry, type ZipFile } from "yauzl";
import { SHEET_LIMITS } from "./limits";
import { fileProblem, type SheetProblem } from "./table";

/**
 * The parts of a workbook (an .xlsx file is a zip of XML files), read only as far as the limits
 * allow: the table of contents is checked before anything is unpacked, a part is unpacked as a
 * stream straight into the XML parser (never whole into memory), and unpacking stops at the
 * part's declared size (yauzl checks it) or the limit, whichever is smaller.
 */
export interface WorkbookZip {
  names: string[];
  /** Streams one part through an XML parser set up by `listen`; nothing when it is missing. */
  parse(name: string, listen: (parser: SaxesParser) => void): Promise<boolean>;
}

/** Thrown from inside a parse to stop reading and refuse the file with a sentence. */
export class SheetRefusal extends Error {
  constructor(readonly problem: SheetProblem) {
    super(problem.message);
  }
}

export async function openWorkbookZip(bytes: Uint8Array): Promise<WorkbookZip> {
  let zip: ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(Buffer.from(bytes), {
      lazyEntries: true,
      validateEntrySizes: true,
    });
  } catch {
    throw new SheetRefusal(damaged());
  }
  const entries = await listEntries(zip);
  screenSizes(entries);
  const byName = new Map(entries.map((entry) => [entry.fileName.toLowerCase(), entry]));
  return {
    names: entries.map((entry) => entry.fileName),
    async parse(name, listen) {
      const entry = byName.get(name.toLowerCase());
      if (!entry) return false;
      await parseEntry(zip, entry, listen);
      return true;
    },
  };
}

function listEntries(zip: ZipFile): Promise<Entry[]> {
  if (zip.entryCount > SHEET_LIMITS.zipEntries) {
    return Promise.reject(
      new SheetRefusal(
        fileProblem(
          `The workbook holds ${zip.entryCount.toLocaleString("en-GB")} parts; a workbook of updates has a dozen or so.`,
          "Copy the rows into the workbook that content:export-updates makes, and save that.",
        ),
      ),
    );
  }
  return new Promise((resolve, reject) => {
    const entries: Entry[] = [];
    zip.on("entry", (entry: Entry) => {
      entries.push(entry);
      zip.readEntry();
    });
    zip.on("end", () => resolve(entries));
    zip.on("error", () => reject(new SheetRefusal(damaged())));
    zip.readEntry();
  });
}

function screenSizes(entries: readonly Entry[]): void {
  const limit = SHEET_LIMITS.partBytes;
  const total = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  const tooLarge = entries.find((entry) => entry.uncompressedSize > limit);
  if (tooLarge || total > SHEET_LIMITS.unpackedBytes) {
    throw new SheetRefusal(
      fileProblem(
        `The workbook unpacks to more than a sheet of updates can hold (${megabytes(tooLarge?.uncompressedSize ?? total)}; the limit is ${megabytes(tooLarge ? limit : SHEET_LIMITS.unpackedBytes)}).`,
        "Copy the rows into the workbook that content:export-updates makes, and save that.",
      ),
    );
  }
  if (entries.some((entry) => entry.isEncrypted())) {
    throw new SheetRefusal(
      fileProblem(
        "The workbook is protected by a password, so it cannot be read.",
        "Remove the password (File → Info → Protect Workbook in Excel), save, and import again.",
      ),
    );
  }
}

async function parseEntry(
  zip: ZipFile,
  entry: Entry,
  listen: (parser: SaxesParser) => void,
): Promise<void> {
  const parser = new SaxesParser();
  parser.on("doctype", () => {
    // Workbooks never declare a document type; one here is there to define entities.
    throw new SheetRefusal(damaged());
  });
  listen(parser);
  const decoder = new StringDecoder("utf8");
  let bytes = 0;
  try {
    const stream = await zip.openReadStreamPromise(entry);
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      bytes += chunk.length;
      if (bytes > SHEET_LIMITS.partBytes) throw new SheetRefusal(damaged());
      parser.write(decoder.write(chunk));
    }
    parser.write(decoder.end());
    parser.close();
  } catch (error) {
    throw error instanceof SheetRefusal ? error : new SheetRefusal(damaged());
  }
}

function damaged(): SheetProblem {
  return fileProblem(
    "The file is damaged or is not an Excel workbook (.xlsx): it cannot be read.",
    "Open it in Excel or LibreOffice and save it again as an Excel Workbook (.xlsx), or as CSV UTF-8.",
  );
}

function megabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toLocaleString("en-GB", { maximumFractionDigits: 1 })} MB`;
}
