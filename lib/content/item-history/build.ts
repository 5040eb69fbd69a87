import type { ContentCommit } from "./git-log";
import {
  HISTORY_FIELDS,
  planPrefixOf,
  snapshotsOf,
  type ChangeNote,
  type FieldValue,
  type Snapshot,
  type Subject,
} from "./snapshot";
import { londonDay } from "../today";

/** What one version did to its item. */
export type VersionEvent = "published" | "changed" | "removed" | "restored";

export interface FieldChange {
  field: string;
  before?: FieldValue;
  after?: FieldValue;
}

/** One version of one item: the commit that made it and what it changed. */
export interface ItemVersion {
  commit: string;
  /** The commit's date and time, ISO 8601. */
  date: string;
  /** Its day in the council's time zone, YYYY-MM-DD: the day a citation names. */
  day: string;
  event: VersionEvent;
  /** The item after this version; null once it was removed from the published plan. */
  snapshot: Snapshot | null;
  /** Each field that differs from the version before ("restored" compares with the last one published). */
  changes: readonly FieldChange[];
  note?: ChangeNote;
}

export interface ItemHistory {
  key: string;
  subject: Subject;
  /** Oldest first. */
  versions: ItemVersion[];
}

/** A commit with the files in which some item changed: formatting alone changes none. */
export interface ContentChange {
  date: string;
  subject: string;
  files: string[];
}

export interface ItemHistories {
  items: ReadonlyMap<string, ItemHistory>;
  /** Newest first. */
  changes: ContentChange[];
  /** When an item in each file last changed, by the file's path today. */
  lastUpdated: ReadonlyMap<string, string>;
}

/**
 * Every item's own history, from the versions of the content files: each commit's changed files
 * are read (each blob once), their items compared with the items as they stood, and a version is
 * recorded for each item whose fields differ. A note written on its own amends the item's latest
 * change. Paths are followed through renames; references are an item's identity.
 */
export function buildHistories(
  commits: readonly ContentCommit[],
  blobs: ReadonlyMap<string, string>,
  contentDir: string,
): ItemHistories {
  const walk = new HistoryWalk(blobs, contentDir);
  const changes: ContentChange[] = [];
  for (const commit of commits) {
    const files = walk.apply(commit);
    if (files.size > 0)
      changes.push({ date: commit.date, subject: commit.subject, files: [...files] });
  }
  return { items: walk.histories, changes: changes.reverse(), lastUpdated: walk.fileDates };
}

class HistoryWalk {
  readonly histories = new Map<string, ItemHistory>();
  readonly fileDates = new Map<string, string>();
  /** Each file's text and items as the commits so far leave them. */
  private readonly files = new Map<string, { text: string; items: Snapshot[] }>();
  private readonly current = new Map<string, Snapshot>();
  private readonly prefixes = new Map<string, string>();

  constructor(
    private readonly blobs: ReadonlyMap<string, string>,
    private readonly contentDir: string,
  ) {}

  /** Applies one commit; answers the files in which an item changed. */
  apply(commit: ContentCommit): Set<string> {
    const before = new Map<string, Snapshot[]>();
    const touched = new Set<string>();
    const texts = new Map<string, string | null>();
    for (const change of commit.files) {
      if (change.from !== undefined) this.rename(change.from, change.path, before, touched);
      texts.set(change.path, change.blob === null ? null : (this.blobs.get(change.blob) ?? null));
    }
    for (const path of this.plansChanged(texts)) touched.add(path);
    for (const [path, text] of texts) {
      touched.add(path);
      if (!before.has(path)) before.set(path, this.files.get(path)?.items ?? []);
      if (text === null) this.files.delete(path);
      else this.files.set(path, { text, items: this.files.get(path)?.items ?? [] });
    }
    for (const path of touched) {
      if (!before.has(path)) before.set(path, this.files.get(path)?.items ?? []);
      const file = this.files.get(path);
      if (file) file.items = this.read(path, file.text) ?? file.items;
    }
    return this.record(commit, before, touched);
  }

  /** A plan whose reference prefix changed renames every item in its folder. */
  private plansChanged(texts: ReadonlyMap<string, string | null>): string[] {
    const folders: string[] = [];
    for (const [path, text] of texts) {
      const folder = /^plans\/([^/]+)\/plan\.mdx$/.exec(this.relative(path))?.[1];
      if (folder === undefined) continue;
      const prefix = text === null ? undefined : planPrefixOf(text);
      if (prefix === this.prefixes.get(folder)) continue;
      if (prefix === undefined) this.prefixes.delete(folder);
      else this.prefixes.set(folder, prefix);
      folders.push(`${this.contentDir}/plans/${folder}/`);
    }
    return [...this.files.keys()].filter((path) => folders.some((f) => path.startsWith(f)));
  }

  private read(path: string, text: string): Snapshot[] | undefined {
    return snapshotsOf(path, this.relative(path), text, this.prefixes);
  }

  private record(
    commit: ContentCommit,
    before: ReadonlyMap<string, Snapshot[]>,
    touched: ReadonlySet<string>,
  ): Set<string> {
    const after = new Map<string, Snapshot>();
    const keys = new Set<string>();
    for (const path of touched) {
      for (const item of before.get(path) ?? []) keys.add(item.key);
      for (const item of this.files.get(path)?.items ?? []) {
        keys.add(item.key);
        after.set(item.key, item);
      }
    }
    const changedFiles = new Set<string>();
    for (const key of keys) {
      const file = this.compare(commit, key, after.get(key) ?? null);
      if (file !== undefined) {
        changedFiles.add(file);
        // Commits come oldest first, so the last one to change a file is its latest change.
        this.fileDates.set(file, commit.date);
      }
    }
    return changedFiles;
  }

  /** Records the item's new version, if it has one; answers the file it changed in. */
  private compare(commit: ContentCommit, key: string, next: Snapshot | null): string | undefined {
    const previous = this.current.get(key) ?? null;
    if (next) this.current.set(key, next);
    else this.current.delete(key);
    if (!previous && !next) return undefined;
    const history = this.historyOf(key, (next ?? previous)!.subject);
    const last = history.versions.at(-1);
    const base = previous ?? last?.snapshot ?? lastPublished(history);
    const changes = next && base ? fieldChanges(base, next) : [];
    const event: VersionEvent | undefined = !next
      ? "removed"
      : !previous
        ? history.versions.length === 0
          ? "published"
          : "restored"
        : changes.length > 0
          ? "changed"
          : undefined;
    if (!event) {
      // A note written on its own describes the item's latest change; clearing it later keeps it.
      if (next?.note && !sameNote(next.note, previous?.note) && last) last.note = next.note;
      return undefined;
    }
    const note =
      next?.note && (event !== "changed" || !sameNote(next.note, previous?.note))
        ? next.note
        : undefined;
    history.versions.push({
      commit: commit.commit,
      date: commit.date,
      day: londonDay(commit.date),
      event,
      snapshot: next,
      changes,
      ...(note ? { note } : {}),
    });
    return (next ?? previous)!.file;
  }

  private historyOf(key: string, subject: Subject): ItemHistory {
    let history = this.histories.get(key);
    if (!history) {
      history = { key, subject, versions: [] };
      this.histories.set(key, history);
    }
    return history;
  }

  /** A renamed file keeps its items' histories; a chapter or entry is known by its file. */
  private rename(
    from: string,
    to: string,
    before: Map<string, Snapshot[]>,
    touched: Set<string>,
  ): void {
    const file = this.files.get(from);
    this.files.delete(from);
    before.set(from, []);
    if (!file) return;
    const moved = file.items.map((item) => ({
      ...item,
      key: item.key === from ? to : item.key,
      file: to,
    }));
    const history = this.histories.get(from);
    if (history && file.items.some((item) => item.key === from)) {
      this.histories.delete(from);
      this.histories.set(to, { ...history, key: to });
      this.current.delete(from);
    }
    for (const item of moved) this.current.set(item.key, item);
    this.files.set(to, { text: file.text, items: moved });
    before.set(to, moved);
    touched.add(to);
    const date = this.fileDates.get(from);
    if (date !== undefined) {
      this.fileDates.delete(from);
      this.fileDates.set(to, date);
    }
  }

  private relative(path: string): string {
    return path.startsWith(`${this.contentDir}/`) ? path.slice(this.contentDir.length + 1) : path;
  }
}

function lastPublished(history: ItemHistory): Snapshot | null {
  for (let index = history.versions.length - 1; index >= 0; index -= 1) {
    const snapshot = history.versions[index]!.snapshot;
    if (snapshot) return snapshot;
  }
  return null;
}

/** The fields that differ between two versions of an item, in the order its page shows them. */
export function fieldChanges(before: Snapshot, after: Snapshot): FieldChange[] {
  return HISTORY_FIELDS[after.subject].flatMap((field) => {
    const was = before.fields[field];
    const is = after.fields[field];
    if (JSON.stringify(was) === JSON.stringify(is)) return [];
    return [
      {
        field,
        ...(was !== undefined ? { before: was } : {}),
        ...(is !== undefined ? { after: is } : {}),
      },
    ];
  });
}

function sameNote(a: ChangeNote | undefined, b: ChangeNote | undefined): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}
