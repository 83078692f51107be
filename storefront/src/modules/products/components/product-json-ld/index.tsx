import type { Product } from "@/lib/data/catalogue/types"
import { absoluteUrl } from "@/lib/site"

/** schema.org Product for search engines: name, images, VND offers, producer as brand. */
export default function ProductJsonLd({
  product,
  locale,
}: {
  product: Product
  locale: string
}) {
  const url = absoluteUrl(`/${locale}/products/${product.handle}`)
  const priced = product.variants.filter((v) => v.price !== null)
  const stars = product.certificate?.displayedStars ?? null
  const data = {
    "@context": "https://schema.org",
    "@type": "Product",
    name: product.title,
    description: product.description ?? undefined,
    image: product.images.map((i) => i.url),
    sku: product.variants[0]?.sku ?? undefined,
    url,
    brand: product.producer
      ? { "@type": "Brand", name: product.producer.name }
      : undefined,
    award: stars ? `OCOP ${stars}★` : undefined,
    offers:
      priced.length > 0
        ? {
            "@type": "AggregateOffer",
            priceCurrency: "VND",
            lowPrice: Math.min(...priced.map((v) => v.price!)),
            highPrice: Math.max(...priced.map((v) => v.price!)),
            offerCount: priced.length,
            availability: priced.some((v) => v.inStock)
              ? "https://schema.org/InStock"
              : "https://schema.org/OutOfStock",
            url,
          }
        : undefined,
  }
  return (
    <script
      type="application/ld+json"
      // Escape "<" so catalogue text can never close the script element.
      dangerouslySetInnerHTML={{
        __html: JSON.stringify(data).replace(/</g, "\\u003c"),
      }}
    />
  )
}
