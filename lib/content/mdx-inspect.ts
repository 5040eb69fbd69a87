import GithubSlugger from "github-slugger";
import type { Definition, Heading, Image, Link, Parent, Root, RootContent, Text } from "mdast";
import type {
  MdxJsxAttribute,
  MdxJsxExpressionAttribute,
  MdxJsxFlowElement,
  MdxJsxTextElement,
} from "mdast-util-mdx-jsx";
import { toString } from "mdast-util-to-string";
import { SKIP, visit, type VisitorResult } from "unist-util-visit";
// Type-only: these teach mdast the MDX node types and the hProperties that become HTML attributes.
import type {} from "mdast-util-mdx";
import type {} from "mdast-util-to-hast";
import type { VFile } from "vfile";
import { isNoteKind, NOTE_KIND_NAMES, type NoteKind } from "./note-kinds";

/** What the compiler learns about a body while it checks it. */
export interface MdxFindings {
  headings: { id: string; text: string; depth: number; line: number }[];
  links: { url: string; line: number; column: number }[];
  draftingNotes: { kind: NoteKind; text: string; line: number; column: number }[];
  /** `<Figure id="…" />` uses, checked against the plan's figures when the graph is built. */
  figures: { id: string; line: number; column: number }[];
  /** The body's words as residents read them (residents-words.ts): what search finds of it. */
  words: string;
  problems: { message: string; line: number; column: number; hint?: string }[];
}

export const DRAFTING_NOTE_COMPONENTS = ["DraftingNote", "InformationToFollow"] as const;

/** `<InformationToFollow>` stands where the council said more will follow: its kind is fixed. */
const INFORMATION_TO_FOLLOW_KIND: NoteKind = "details-to-follow";

const UNSAFE_SCHEME = /^(?:javascript|data|vbscript|file):/i;

/**
 * Browsers ignore control characters and white space inside a scheme (`java&#9;script:` runs as
 * javascript:), so they are taken out before the scheme is read.
 */
function isUnsafeUrl(url: string): boolean {
  return UNSAFE_SCHEME.test(url.replace(/[\u0000-\u0020\u007f-\u009f]/g, ""));
}
/** A web or email address written as plain text (what GitHub's Markdown would turn into a link). */
const BARE_ADDRESS =
  /(?<![\w@/.-])(?:https?:\/\/[^\s<>]+|www\.[\w-]+\.[^\s<>]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)/gi;

/** What one pass over a body shares between the checks of its nodes. */
interface Inspection {
  allowed: readonly string[];
  allowedList: string;
  findings: MdxFindings;
  slugger: GithubSlugger;
  /** Text inside links: its addresses are the link's words, not bare addresses. */
  linkWords: WeakSet<Text>;
  lineOf: (line: number) => string;
}

type Verdict = "keep" | "remove";

/**
 * A remark plugin that keeps MDX to Markdown plus the allowed components. Unsafe nodes are recorded
 * as problems and removed, so one pass reports every problem in a file and nothing unsafe is ever
 * compiled. It also gives heading ids (the anchors the link checker and contents lists rely on).
 */
export function remarkInspect(allowed: readonly string[], findings: MdxFindings) {
  return () => (tree: Root, file: VFile) => {
    let sourceLines: string[] | undefined;
    const inspection: Inspection = {
      allowed,
      allowedList: allowed.join(", "),
      findings,
      slugger: new GithubSlugger(),
      linkWords: new WeakSet<Text>(),
      lineOf: (line) => (sourceLines ??= String(file.value).split("\n"))[line - 1] ?? "",
    };
    visit(tree, (visited, index, parent: Parent | undefined): VisitorResult => {
      if (visited.type === "root") return undefined;
      if (inspectNode(visited as RootContent, inspection) === "keep") return undefined;
      if (parent && index !== undefined) {
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
      return SKIP;
    });
  };
}

function problem(inspection: Inspection, node: RootContent, message: string, hint?: string) {
  inspection.findings.problems.push({ message, ...startOf(node), hint });
}

function startOf(node: RootContent): { line: number; column: number } {
  return { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
}

function inspectNode(node: RootContent, inspection: Inspection): Verdict {
  switch (node.type) {
    case "mdxjsEsm":
      problem(
        inspection,
        node,
        "Content files cannot use import or export.",
        `Use Markdown, or one of the allowed components: ${inspection.allowedList}.`,
      );
      return "remove";
    case "mdxFlowExpression":
    case "mdxTextExpression":
      problem(
        inspection,
        node,
        "Content files cannot contain { } expressions.",
        "Write a literal brace as \\{ or remove the braces.",
      );
      return "remove";
    case "mdxJsxFlowElement":
    case "mdxJsxTextElement":
      return inspectElement(node, inspection);
    case "link":
    case "image":
    case "definition":
      return inspectAddress(node, inspection);
    case "linkReference":
      visit(node, "text", (text) => void inspection.linkWords.add(text));
      return "keep";
    case "text":
      if (!inspection.linkWords.has(node))
        checkBareAddresses(node, inspection.lineOf, inspection.findings);
      return "keep";
    case "heading":
      addHeadingId(node, inspection.slugger, inspection.findings);
      return "keep";
    default:
      return "keep";
  }
}

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** Only the allowed components, with plain quoted attributes; figures and notes are recorded. */
function inspectElement(node: JsxElement, inspection: Inspection): Verdict {
  const name = node.name ?? "";
  if (!inspection.allowed.includes(name)) {
    problem(
      inspection,
      node,
      name === ""
        ? "Content files cannot use <> fragments."
        : /^[a-z]/.test(name)
          ? `Raw HTML <${name}> is not allowed in content files.`
          : `Unknown component <${name}>.`,
      `Use Markdown, or one of the allowed components: ${inspection.allowedList}. Write a literal < as &lt;.`,
    );
    return "remove";
  }
  const bad = node.attributes.find(isUnsafeAttribute);
  if (bad) {
    problem(
      inspection,
      node,
      bad.type === "mdxJsxExpressionAttribute"
        ? `<${name}> cannot take {...} attributes.`
        : `<${name}> has an attribute that is not allowed: ${bad.name}.`,
      'Give attributes plain quoted text, e.g. note="to be developed".',
    );
    return "remove";
  }
  if (name === "Figure") {
    const id = attributeText(node, "id");
    inspection.findings.figures.push({ id: id ?? "", ...startOf(node) });
  }
  if ((DRAFTING_NOTE_COMPONENTS as readonly string[]).includes(name)) {
    return recordNote(node, name, inspection);
  }
  return "keep";
}

/** A note needs a known kind: its kind is what residents read in its place. */
function recordNote(node: JsxElement, name: string, inspection: Inspection): Verdict {
  const kind =
    name === "InformationToFollow" ? INFORMATION_TO_FOLLOW_KIND : attributeText(node, "kind");
  if (kind === undefined || !isNoteKind(kind)) {
    problem(
      inspection,
      node,
      kind === undefined
        ? `<${name}> needs a kind: what the note says about the text.`
        : `<${name}> has an unknown kind "${kind}".`,
      `Write kind="…" with one of: ${NOTE_KIND_NAMES.join(", ")}. Residents read that kind's sentence, never the note.`,
    );
    return "remove";
  }
  const text = attributeText(node, "note") ?? toString(node);
  inspection.findings.draftingNotes.push({
    kind,
    text: text.trim() || "(empty note)",
    ...startOf(node),
  });
  return "keep";
}

function attributeText(node: JsxElement, name: string): string | undefined {
  const attribute = node.attributes.find(
    (candidate): candidate is MdxJsxAttribute =>
      candidate.type === "mdxJsxAttribute" && candidate.name === name,
  );
  return typeof attribute?.value === "string" ? attribute.value : undefined;
}

/** Links, images and reference definitions: no unsafe schemes; links are recorded for checking. */
function inspectAddress(node: Link | Image | Definition, inspection: Inspection): Verdict {
  if (isUnsafeUrl(node.url)) {
    problem(
      inspection,
      node,
      `Links and images cannot use ${schemeOf(node.url)}: addresses.`,
      "Use an https:// address, a mailto: address or a link to a page of this site.",
    );
    return "remove";
  }
  // A definition ([m]: /plans/…) is where a reference-style link's address is written.
  if (node.type === "definition") recordLink(node, inspection.findings);
  if (node.type === "link") {
    recordLink(node, inspection.findings);
    visit(node, "text", (text) => void inspection.linkWords.add(text));
  }
  return "keep";
}

function isUnsafeAttribute(attribute: MdxJsxAttribute | MdxJsxExpressionAttribute): boolean {
  if (attribute.type === "mdxJsxExpressionAttribute") return true;
  if (/^on/i.test(attribute.name)) return true;
  if (attribute.value !== null && typeof attribute.value === "object") return true;
  return (
    ["href", "src"].includes(attribute.name) &&
    typeof attribute.value === "string" &&
    isUnsafeUrl(attribute.value)
  );
}

/** Refuses bare addresses: a link whose words are its address says nothing to a screen reader. */
function checkBareAddresses(node: Text, lineOf: (line: number) => string, findings: MdxFindings) {
  const start = node.position?.start ?? { line: 1, column: 1 };
  for (const match of node.value.matchAll(BARE_ADDRESS)) {
    const address = match[0].replace(/[.,;:!?)]+$/, "");
    const before = node.value.slice(0, match.index).split("\n");
    const line = start.line + before.length - 1;
    // A continuation line's indent is not in the node's text, so find the column in the source.
    const column =
      before.length === 1 ? start.column + match.index : lineOf(line).indexOf(address) + 1 || 1;
    const isEmail = !/^(?:https?:|www\.)/i.test(address);
    const href = address.startsWith("www.") ? `https://${address}` : address;
    findings.problems.push({
      message: `"${address}" is written as plain text, so it would not be a link.`,
      line,
      column,
      hint: isEmail
        ? `Write it as a link: [${address}](mailto:${address}).`
        : `Write it as a link whose words say where it goes: [Name of the page](${href}).`,
    });
  }
}

function schemeOf(url: string): string {
  return url
    .replace(/[\u0000-\u0020\u007f-\u009f]/g, "")
    .split(":")[0]!
    .toLowerCase();
}

function recordLink(node: Link | Definition, findings: MdxFindings) {
  findings.links.push({
    url: node.url,
    line: node.position?.start.line ?? 1,
    column: node.position?.start.column ?? 1,
  });
}

function addHeadingId(node: Heading, slugger: GithubSlugger, findings: MdxFindings) {
  const text = toString(node);
  const id = slugger.slug(text);
  node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id } };
  findings.headings.push({ id, text, depth: node.depth, line: node.position?.start.line ?? 1 });
}
