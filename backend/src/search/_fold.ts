/**
 * Vietnamese without its marks: "Dâu tây Đà Lạt" → "dau tay da lat". Shoppers type on phones
 * without a Vietnamese keyboard, so every engine also gets this folded copy of the words a
 * product is found by (typo matching compares raw text, accents included).
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
}

/** The distinct folded forms of `texts`, joined, so a word is not counted twice. */
export function foldedSearchText(texts: (string | null | undefined)[]): string {
  const words = new Set<string>()
  for (const text of texts) {
    if (!text) {
      continue
    }
    for (const word of foldVietnamese(text).split(/[^a-z0-9]+/)) {
      if (word) {
        words.add(word)
      }
    }
  }
  return [...words].join(" ")
}
