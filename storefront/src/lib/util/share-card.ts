// What a share card (the picture Zalo and Facebook show under a shared link) says, decided
// apart from how it is drawn so the wording can be tested without rendering a PNG.
import type { Product, ProducerWithProducts } from "@/lib/data/catalogue/types"
import { formatVndOrNull } from "./money"

export interface ShareCard {
  /** The market's name, on every card. */
  brand: string
  /** A short line above the title: the producer's kind, or what the page lists. */
  eyebrow: string | null
  title: string
  /** The OCOP stars the backend lets shoppers see, or null. */
  stars: number | null
  starsLabel: string | null
  /** "120.000 ₫", the lowest price, or null. */
  price: string | null
  /** Smaller lines under the title: producer and village, number of products. */
  details: string[]
}

// Chat apps crop the card into a small box; past this length the title would spill off it.
const TITLE_MAX = 80
const DETAIL_MAX = 70

/** Shortens text to `max` characters, ending with an ellipsis when something was cut. */
export function clampText(text: string, max: number): string {
  const clean = text.replace(/\s+/g, " ").trim()
  const chars = [...clean]
  if (chars.length <= max) return clean
  return `${chars
    .slice(0, max - 1)
    .join("")
    .trimEnd()}…`
}

/** The title's font size in pixels: long names get smaller so they stay on three lines. */
export function titleFontSize(title: string): number {
  const length = [...title].length
  if (length <= 24) return 76
  if (length <= 44) return 64
  return 52
}

const joined = (parts: (string | null | undefined)[]) =>
  parts.filter((part): part is string => Boolean(part?.trim())).join(" · ")

export interface ProductCardLabels {
  brand: string
  stars: (stars: number) => string
}

export function productCard(
  product: Product,
  labels: ProductCardLabels
): ShareCard {
  const stars = product.certificate?.displayedStars ?? null
  const producer = product.producer
  const place = producer?.village ?? producer?.ward ?? null
  const details = [joined([producer?.name, place])].filter(Boolean)
  return {
    brand: labels.brand,
    eyebrow: null,
    title: clampText(product.title, TITLE_MAX),
    stars: stars && stars > 0 ? stars : null,
    starsLabel: stars && stars > 0 ? labels.stars(stars) : null,
    price: formatVndOrNull(product.minPrice),
    details: details.map((line) => clampText(line, DETAIL_MAX)),
  }
}

export interface ProducerCardLabels {
  brand: string
  /** The producer's kind, already in the page's language. */
  kind: string
  productCount: (count: number) => string
}

export function producerCard(
  producer: ProducerWithProducts,
  labels: ProducerCardLabels
): ShareCard {
  const place = joined([producer.village, producer.ward])
  return {
    brand: labels.brand,
    eyebrow: labels.kind,
    title: clampText(producer.name, TITLE_MAX),
    stars: null,
    starsLabel: null,
    price: null,
    details: [place, labels.productCount(producer.products.length)]
      .filter(Boolean)
      .map((line) => clampText(line, DETAIL_MAX)),
  }
}

/** The home page and the lists: the market's name and a line saying what is there. */
export function pageCard({
  brand,
  title,
  eyebrow,
  detail,
}: {
  brand: string
  title: string
  eyebrow?: string | null
  detail?: string | null
}): ShareCard {
  return {
    brand,
    eyebrow: eyebrow ?? null,
    title: clampText(title, TITLE_MAX),
    stars: null,
    starsLabel: null,
    price: null,
    details: detail ? [clampText(detail, DETAIL_MAX * 2)] : [],
  }
}
