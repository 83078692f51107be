import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { FOREIGN_IMAGE_MESSAGE, isOwnFileUrl } from "../utils/own-file-url"

/**
 * The check the product hooks run first: every picture and thumbnail of the written products
 * must come from the market's own file store. Medusa's product hooks run after the write, so a
 * refusal here rolls the write back; Medusa Admin uploads through the same file store, so its
 * own pictures pass.
 */
export async function productImagesFromOwnStore(
  container: MedusaContainer,
  productIds: string[]
): Promise<void> {
  if (!productIds.length) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id", "title", "thumbnail", "images.url"],
    filters: { id: [...new Set(productIds)] },
  })
  for (const product of products) {
    const urls = [
      product.thumbnail,
      ...(product.images ?? []).map((image) => image?.url),
    ].filter((url): url is string => typeof url === "string" && url !== "")
    const foreign = urls.find((url) => !isOwnFileUrl(url))
    if (foreign) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `${FOREIGN_IMAGE_MESSAGE} (${product.title}: ${foreign})`
      )
    }
  }
}
