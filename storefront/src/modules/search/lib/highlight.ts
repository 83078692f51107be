// search-postgres returns no highlights, so the storefront marks the matched words itself,
// comparing without Vietnamese marks: "dau" marks "Dâu" in "Dâu tây NamAnh".

interface TextPart {
  text: string
  match: boolean
}

function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
}

/** Splits `text` into parts, marking the words that start with one of the query's words. */
export function highlightParts(text: string, query: string): TextPart[] {
  const terms = fold(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((term) => term.length > 0)
  if (!terms.length) {
    return [{ text, match: false }]
  }
  const parts: TextPart[] = []
  // Words and the separators between them, in order, so the text is rebuilt exactly.
  for (const piece of text.split(/([\p{L}\p{M}\p{N}]+)/u)) {
    if (!piece) continue
    const folded = fold(piece)
    const match =
      /[\p{L}\p{N}]/u.test(folded) &&
      terms.some((term) => folded.startsWith(term))
    const last = parts[parts.length - 1]
    if (last && last.match === match && !match) {
      last.text += piece
    } else {
      parts.push({ text: piece, match })
    }
  }
  return parts
}
