import { highlightParts } from "../../lib/highlight"

/** The text with the words the query matched in <mark> (search-postgres returns no highlights). */
export default function HighlightedText({
  text,
  query,
}: {
  text: string
  query: string
}) {
  return (
    <>
      {highlightParts(text, query).map((part, index) =>
        part.match ? (
          <mark
            key={index}
            className="rounded bg-gold-400/30 px-0.5 text-inherit"
          >
            {part.text}
          </mark>
        ) : (
          <span key={index}>{part.text}</span>
        )
      )}
    </>
  )
}
