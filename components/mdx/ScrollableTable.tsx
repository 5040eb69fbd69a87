import { Children, isValidElement, type ComponentPropsWithoutRef, type ReactNode } from "react";

/**
 * A Markdown table. On a narrow screen a wide table scrolls inside its own box, which must then be
 * reachable by keyboard and named (WCAG 2.1.1, 4.1.2): a focusable region, named after the
 * table's column headings, since a Markdown table has no caption.
 */
export function ScrollableTable(props: ComponentPropsWithoutRef<"table">) {
  return (
    <div className="table-scroll" role="region" aria-label={tableName(props.children)} tabIndex={0}>
      <table {...props} />
    </div>
  );
}

function tableName(children: ReactNode): string {
  const headings = textOf(firstRow(children)).replace(/\s+/g, " ").trim();
  const name = headings ? `Table: ${headings}` : "Table";
  return name.length > 100 ? `${name.slice(0, 99)}…` : name;
}

/** The header row of a table's children (thead > tr), or nothing. */
function firstRow(children: ReactNode): ReactNode {
  const head = Children.toArray(children).find(
    (child) => isValidElement(child) && child.type === "thead",
  );
  if (!isValidElement<{ children?: ReactNode }>(head)) return null;
  const cells = Children.toArray(head.props.children)
    .filter(isValidElement<{ children?: ReactNode }>)
    .flatMap((row) => Children.toArray(row.props.children));
  return cells.map((cell, index) => (index === 0 ? cell : [", ", cell]));
}

function textOf(node: ReactNode): string {
  if (node === null || node === undefined || typeof node === "boolean") return "";
  if (typeof node === "string" || typeof node === "number") return String(node);
  if (Array.isArray(node)) return node.map(textOf).join("");
  if (isValidElement<{ children?: ReactNode }>(node)) return textOf(node.props.children);
  return "";
}
