import { foldVietnamese } from "../search/_fold"

/**
 * "Mứt dâu tây Xuân Thọ" → "mut-dau-tay-xuan-tho-4f2a". Handles go into shoppers' URLs, so
 * they are plain ASCII (a marked handle arrives percent-encoded and matches nothing), and the
 * short random suffix keeps two products or producers of the same name apart without a lookup.
 */
export function readableHandle(text: string, fallback: string): string {
  const words = foldVietnamese(text)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "")
  const suffix = Math.random().toString(36).slice(2, 6).padEnd(4, "0")
  return `${words || fallback}-${suffix}`
}
