import { wordDifference, type DiffPart } from "@/lib/site/word-diff";

/**
 * What changed in a text, word by word: removed words struck through, added words underlined, each
 * also named for screen readers (colour is never the only sign). Only the paragraphs that changed
 * are shown, with a count of the rest.
 */
export function WordDiff({ before, after }: { before: string; after: string }) {
  const difference = wordDifference(before, after);
  switch (difference.kind) {
    case "same":
      return (
        <p className="meta-text">The words are the same: only formatting or figures changed.</p>
      );
    case "too-many":
      return (
        <>
          <p className="meta-text">Rewritten: too much changed to show word by word.</p>
          <WholeText label="Before" text={before} />
          <WholeText label="After" text={after} />
        </>
      );
    case "paragraphs":
      return (
        <div className="word-diff">
          {difference.paragraphs.map(({ index, parts }) => (
            <p key={index}>
              {parts.map((part, at) => (
                <Part key={at} part={part} />
              ))}
            </p>
          ))}
          {difference.unchanged > 0 ? (
            <p className="meta-text">
              {difference.unchanged} other paragraph{difference.unchanged === 1 ? "" : "s"}{" "}
              unchanged.
            </p>
          ) : null}
        </div>
      );
  }
}

function Part({ part }: { part: DiffPart }) {
  if (part.change === "removed") {
    return (
      <del>
        <span className="visually-hidden">[removed: </span>
        {part.text}
        <span className="visually-hidden">]</span>
      </del>
    );
  }
  if (part.change === "added") {
    return (
      <ins>
        <span className="visually-hidden">[added: </span>
        {part.text}
        <span className="visually-hidden">]</span>
      </ins>
    );
  }
  return <>{part.text}</>;
}

function WholeText({ label, text }: { label: string; text: string }) {
  return (
    <details className="whole-text">
      <summary>{label}</summary>
      {text.split(/\n{2,}/).map((paragraph, index) => (
        <p key={index}>{paragraph}</p>
      ))}
    </details>
  );
}
