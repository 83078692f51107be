import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import {
  isProductVisibleById,
  listVisibleProductsByProducer,
} from "../../domain/visibility"
import type { MessageLocale } from "../request-locale"
import { COLUMNS, LABELS_PER_PAGE, renderLabelSheet } from "./labels"
import { readPosterPhoto } from "./photo"
import { POSTER_PHOTO_PIXELS, renderPoster } from "./poster"
import { readQrSheetProducts } from "./product-facts"

export type QrSheetLayout = "poster" | "labels"

/** A printable PDF and the name it is downloaded under. */
export type PrintedSheet = { pdf: Buffer; filename: string }

// A code printed for a product shoppers cannot see would open a missing page on every package:
// printing waits until the product is on sale.

const NOT_VISIBLE = {
  vi: "Sản phẩm này chưa hiển thị với người mua (bản nháp, đã lưu trữ, hoặc nhà sản xuất chưa được xác minh), nên mã QR sẽ mở ra trang không tồn tại. Hãy đăng bán sản phẩm rồi in lại.",
  en: "This product is not visible to shoppers yet (a draft, archived, or its producer is not verified), so its QR code would open a missing page. Publish the product, then print again.",
}

const NOTHING_VISIBLE = {
  vi: "Nhà sản xuất này chưa có sản phẩm nào hiển thị với người mua, nên không có tem nào để in. Hãy xác minh nhà sản xuất và đăng bán sản phẩm trước.",
  en: "This producer has no product visible to shoppers, so there is no label to print. Verify the producer and publish its products first.",
}

/** Handles are URL-safe already; anything else stays out of a header's quoted filename. */
const fileSafe = (name: string) => name.replace(/[^A-Za-z0-9._-]+/g, "-")

/**
 * One product's poster or sheet of 24 labels. The caller has checked that the product is the
 * asker's to print; here it must also be visible to shoppers.
 */
export async function printProductSheet(
  container: MedusaContainer,
  productId: string,
  layout: QrSheetLayout,
  locale: MessageLocale
): Promise<PrintedSheet> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  if (!(await isProductVisibleById(query, productId))) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, NOT_VISIBLE[locale])
  }
  const [product] = await readQrSheetProducts(container, [productId])
  if (!product) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Product with id: ${productId} was not found`
    )
  }
  const filename = `${fileSafe(product.handle)}-qr-${layout}.pdf`
  if (layout === "labels") {
    return {
      pdf: await renderLabelSheet(
        Array.from({ length: LABELS_PER_PAGE }, () => product),
        `${product.title} — tem QR`
      ),
      filename,
    }
  }
  const photo = await readPosterPhoto(
    container,
    product.photoUrl,
    POSTER_PHOTO_PIXELS.width,
    POSTER_PHOTO_PIXELS.height
  )
  return { pdf: await renderPoster(product, photo), filename }
}

/**
 * Packaging labels for every product of a producer that shoppers can see: each product fills
 * one row of three labels, continuing on as many pages as it takes.
 */
export async function printProducerLabels(
  container: MedusaContainer,
  producerId: string,
  locale: MessageLocale
): Promise<PrintedSheet> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: producers } = await query.graph({
    entity: "producer",
    fields: ["id", "handle", "name"],
    filters: { id: producerId },
  })
  const producer = producers[0]
  if (!producer) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Producer with id: ${producerId} was not found`
    )
  }
  const visible = await listVisibleProductsByProducer(query, {
    producerIds: [producerId],
  })
  const products = await readQrSheetProducts(
    container,
    visible.get(producerId) ?? []
  )
  if (!products.length) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      NOTHING_VISIBLE[locale]
    )
  }
  products.sort((a, b) => a.title.localeCompare(b.title, "vi"))
  const labels = products.flatMap((product) =>
    Array.from({ length: COLUMNS }, () => product)
  )
  return {
    pdf: await renderLabelSheet(labels, `${producer.name} — tem QR`),
    filename: `${fileSafe(producer.handle)}-qr-labels.pdf`,
  }
}
