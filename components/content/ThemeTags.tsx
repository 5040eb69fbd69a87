import type { Theme } from "@/lib/content";
import { urls } from "@/lib/site/urls";

/** The cross-plan themes an item serves, each a link to everything else on that subject. */
export function ThemeTags({
  themes,
  label = "Themes",
}: {
  themes: readonly Theme[];
  label?: string;
}) {
  if (themes.length === 0) return null;
  return (
    <p className="theme-tags">
      <span className="theme-tags__label">{label}: </span>
      {themes.map((theme, index) => (
        <span key={theme.id}>
          {index > 0 ? ", " : ""}
          <a href={urls.theme(theme.id)}>{theme.title}</a>
        </span>
      ))}
    </p>
  );
}
