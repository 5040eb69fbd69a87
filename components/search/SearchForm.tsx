import { urls } from "@/lib/site/urls";

/** A plain GET form: it works with JavaScript off and gives a shareable /search?q= address. */
export function SearchForm({
  id,
  query = "",
  label,
  compact = false,
}: {
  id: string;
  query?: string;
  label: string;
  compact?: boolean;
}) {
  return (
    <form
      className={compact ? "search-form search-form--compact" : "search-form"}
      role="search"
      aria-label={label}
      action={urls.search()}
      method="get"
    >
      <label htmlFor={id} className={compact ? "visually-hidden" : "search-form__label"}>
        {label}
      </label>
      <div className="search-form__row">
        <input
          id={id}
          className="search-form__input"
          type="search"
          name="q"
          defaultValue={query}
          autoComplete="off"
          spellCheck={false}
        />
        <button type="submit" className="button">
          Search
        </button>
      </div>
    </form>
  );
}
