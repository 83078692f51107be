import Image from "next/image"
import { getTranslations } from "next-intl/server"
import type { Locale } from "@/i18n/routing"
import type { ProductImage } from "@/lib/data/catalogue/types"

/** Swipeable on phones (CSS scroll snap, no JavaScript), a grid on wide screens. */
export default async function ProductGallery({
  images,
  title,
  locale,
}: {
  images: ProductImage[]
  title: string
  locale: Locale
}) {
  const t = await getTranslations({ locale, namespace: "product" })
  if (!images.length) {
    return (
      <div
        data-testid="product-gallery"
        className="aspect-square rounded-2xl bg-earth-100"
      />
    )
  }
  return (
    <section aria-label={t("gallery")} data-testid="product-gallery">
      <ul className="flex snap-x snap-mandatory gap-2 overflow-x-auto rounded-2xl md:grid md:grid-cols-2 md:overflow-visible">
        {images.map((image, index) => (
          <li
            key={image.id}
            className={`relative aspect-square w-[85%] shrink-0 snap-center overflow-hidden rounded-2xl bg-earth-100 md:w-auto ${
              index === 0 ? "md:col-span-2" : ""
            }`}
          >
            <Image
              src={image.url}
              alt={t("imageOf", { title, index: index + 1 })}
              fill
              priority={index === 0}
              sizes={
                index === 0
                  ? "(min-width: 768px) 560px, 85vw"
                  : "(min-width: 768px) 280px, 85vw"
              }
              className="object-cover"
            />
          </li>
        ))}
      </ul>
    </section>
  )
}
