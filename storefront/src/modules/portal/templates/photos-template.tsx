import Image from "next/image"
import { getTranslations } from "next-intl/server"
import type { Locale } from "@/i18n/routing"
import {
  removeProductPhoto,
  setProductThumbnail,
} from "@/lib/data/portal/photos"
import type { PortalProduct } from "@/lib/data/portal/types"
import PhotoUploadForm from "../components/photo-upload-form"
import ProductTaskTemplate from "./product-task-template"

const smallButton =
  "min-h-12 w-full rounded-xl border border-stone-300 bg-white px-3 text-base"

/** The product's photos, first one is what shoppers see in lists; add one from the camera. */
export default async function PhotosTemplate({
  product,
  locale,
}: {
  product: PortalProduct
  locale: Locale
}) {
  const t = await getTranslations({ locale, namespace: "portal" })
  return (
    <ProductTaskTemplate
      product={product}
      heading={t("product.photos")}
      locale={locale}
    >
      <PhotoUploadForm productId={product.id} locale={locale} />
      <ul className="grid grid-cols-2 gap-3" data-testid="portal-photos">
        {product.images.map((url, index) => (
          <li
            key={url}
            className="space-y-2 rounded-2xl bg-white p-2"
            data-testid="portal-photo"
          >
            <Image
              src={url}
              alt={t("photos.alt", { title: product.title, n: index + 1 })}
              width={320}
              height={320}
              sizes="(max-width: 640px) 45vw, 320px"
              className="aspect-square w-full rounded-xl object-cover"
            />
            {index === 0 ? (
              <p
                className="flex min-h-12 items-center justify-center text-base font-semibold text-leaf-800"
                data-testid="portal-photo-thumbnail"
              >
                {t("photos.thumbnail")}
              </p>
            ) : (
              <form action={setProductThumbnail}>
                <input type="hidden" name="locale" value={locale} />
                <input type="hidden" name="productId" value={product.id} />
                <input type="hidden" name="url" value={url} />
                <button
                  type="submit"
                  className={smallButton}
                  data-testid="portal-photo-make-thumbnail"
                >
                  {t("photos.makeThumbnail")}
                </button>
              </form>
            )}
            <form action={removeProductPhoto}>
              <input type="hidden" name="locale" value={locale} />
              <input type="hidden" name="productId" value={product.id} />
              <input type="hidden" name="url" value={url} />
              <button
                type="submit"
                className={`${smallButton} text-berry-600`}
                data-testid="portal-photo-remove"
              >
                {t("photos.remove")}
              </button>
            </form>
          </li>
        ))}
      </ul>
      {!product.images.length && (
        <p className="text-base text-stone-600">{t("photos.empty")}</p>
      )}
    </ProductTaskTemplate>
  )
}
