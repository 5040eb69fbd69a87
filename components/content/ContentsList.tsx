import type { ContentsItem } from "@/lib/site/sections";

/** "Contents" for long pages, linking to each section's anchor. */
export function ContentsList({ items }: { items: ContentsItem[] }) {
  if (items.length < 2) return null;
  return (
    <nav className="contents-list" aria-labelledby="contents-heading">
      <h2 id="contents-heading" className="contents-list__title">
        Contents
      </h2>
      <ol>
        {items.map((item) => (
          <li key={item.id}>
            <a href={`#${item.id}`}>{item.label}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
