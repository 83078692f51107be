import { ImageResponse } from "next/og"
import type { ShareCard } from "@/lib/util/share-card"
import { titleFontSize } from "@/lib/util/share-card"
import { cardFonts } from "../lib/card-fonts"

/** The size Facebook and Zalo expect for a large link preview. */
export const SHARE_CARD_SIZE = { width: 1200, height: 630 }

const LEAF_900 = "#173823"
const LEAF_700 = "#265d39"
const LEAF_100 = "#dcefe0"
const EARTH_50 = "#faf6f0"
const EARTH_800 = "#5a3f22"
const GOLD_400 = "#f2b632"

// Drawn as a shape: the card's font has no star glyph, and satori would fetch one from the
// network.
function Star() {
  return (
    <svg width="44" height="44" viewBox="0 0 24 24">
      <path
        fill={GOLD_400}
        d="M12 2.5l2.9 6.1 6.6.8-4.9 4.6 1.3 6.6L12 17.3l-5.9 3.3 1.3-6.6-4.9-4.6 6.6-.8z"
      />
    </svg>
  )
}

/**
 * Satori's subset of CSS: flex layout only, so every box with more than one child says
 * `display: flex`.
 */
function Card({ card }: { card: ShareCard }) {
  return (
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        backgroundColor: EARTH_50,
        borderTop: `28px solid ${LEAF_700}`,
        padding: "48px 64px 52px",
        fontFamily: "Be Vietnam Pro",
        color: LEAF_900,
      }}
    >
      <div style={{ display: "flex", flexDirection: "column", gap: 18 }}>
        {card.eyebrow && (
          <div
            style={{
              display: "flex",
              fontSize: 30,
              fontWeight: 700,
              color: LEAF_700,
              textTransform: "uppercase",
              letterSpacing: 2,
            }}
          >
            {card.eyebrow}
          </div>
        )}
        <div
          style={{
            display: "flex",
            fontSize: titleFontSize(card.title),
            fontWeight: 700,
            lineHeight: 1.15,
          }}
        >
          {card.title}
        </div>
        {card.stars && (
          <div style={{ display: "flex", alignItems: "center", gap: 4 }}>
            {Array.from({ length: card.stars }, (_, index) => (
              <Star key={index} />
            ))}
            <div
              style={{
                display: "flex",
                marginLeft: 12,
                fontSize: 30,
                fontWeight: 700,
                color: EARTH_800,
              }}
            >
              {card.starsLabel}
            </div>
          </div>
        )}
        {card.details.map((line) => (
          <div
            key={line}
            style={{ display: "flex", fontSize: 34, color: EARTH_800 }}
          >
            {line}
          </div>
        ))}
      </div>
      <div
        style={{
          display: "flex",
          alignItems: "flex-end",
          justifyContent: "space-between",
        }}
      >
        <div
          style={{
            display: "flex",
            fontSize: 32,
            fontWeight: 700,
            color: LEAF_700,
          }}
        >
          {card.brand}
        </div>
        {card.price && (
          <div
            style={{
              display: "flex",
              fontSize: 64,
              fontWeight: 700,
              color: LEAF_900,
              backgroundColor: LEAF_100,
              borderRadius: 24,
              padding: "8px 28px",
            }}
          >
            {card.price}
          </div>
        )}
      </div>
    </div>
  )
}

/**
 * The answer for a product or producer shoppers cannot see. Not kept by browsers or proxies:
 * it may be published later (Next's own copy is dropped with the catalogue's cache tags).
 */
export function missingCard(): Response {
  return new Response("Not found", {
    status: 404,
    headers: {
      "content-type": "text/plain; charset=utf-8",
      "cache-control": "private, no-store",
    },
  })
}

/** The card as a 1200 × 630 PNG. */
export async function shareCardImage(card: ShareCard): Promise<ImageResponse> {
  return new ImageResponse(<Card card={card} />, {
    ...SHARE_CARD_SIZE,
    fonts: await cardFonts(),
  })
}
