// Producers type free text on a phone and the storefront renders it on public pages: markup is
// removed on the way in, so no page ever has to trust what a member typed.

const TAG = /<\/?[a-z!?][^>]*>?/gi
const SCRIPT_OR_STYLE = /<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi
const ENTITIES: Record<string, string> = {
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&#39;": "'",
  "&nbsp;": " ",
}

/**
 * Strips HTML tags (and the body of script/style elements) from `value`, keeps line breaks and
 * collapses runs of spaces. Decoded entities that form a tag again are stripped too.
 */
export function sanitizeText(value: string): string {
  let text = value
  for (let pass = 0; pass < 3; pass++) {
    const before = text
    text = text
      .replace(SCRIPT_OR_STYLE, "")
      .replace(TAG, "")
      .replace(/&(lt|gt|quot|#39|nbsp);/g, (entity) => ENTITIES[entity])
      .replace(/&amp;/g, "&")
    if (text === before) {
      break
    }
  }
  return text
    .replace(/[<>]/g, "")
    .replace(/[ \t]+/g, " ")
    .replace(/ *\n */g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim()
}
