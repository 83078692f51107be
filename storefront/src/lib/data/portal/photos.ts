"use server"

import { localeOf, text } from "@/lib/data/shared/form-input"
import { refresh } from "next/cache"
import { unstable_rethrow } from "next/navigation"
import { getPortalProduct } from "./products"
import { messageOf, statusOf } from "@/lib/data/shared/actor-session"
import { tooManyTries } from "@/lib/data/shared/too-many-tries"
import { producerFetch } from "./fetch"
import type { PortalFormState } from "./types"

/** Sends one photo from the phone to the backend, which checks, resizes and stores it. */
export async function uploadProductPhoto(
  _previous: PortalFormState,
  formData: FormData
): Promise<PortalFormState> {
  const productId = text(formData, "productId")
  const file = formData.get("file")
  if (!(file instanceof File) || !file.size) {
    return { status: "error", reason: "invalid", field: "file" }
  }
  const body = new FormData()
  body.set("file", file, file.name || "photo.jpg")
  try {
    await producerFetch(
      `/producer/products/${encodeURIComponent(productId)}/photos`,
      { method: "POST", locale: localeOf(formData), body }
    )
  } catch (error) {
    unstable_rethrow(error)
    const limited = tooManyTries(error)
    if (limited) return { status: "error", ...limited }
    if (statusOf(error) === 404) return { status: "error", reason: "notFound" }
    if (statusOf(error) === 400) {
      const message = messageOf(error)
      return {
        status: "error",
        reason: "invalid",
        field: message.includes("larger than") ? "fileSize" : "file",
      }
    }
    return { status: "error", reason: "failed" }
  }
  refresh()
  return { status: "saved" }
}

/** Saves the product's pictures in a new order; the first one is the thumbnail. */
async function saveImages(
  formData: FormData,
  reorder: (images: string[], url: string) => string[]
): Promise<void> {
  const locale = localeOf(formData)
  const product = await getPortalProduct(text(formData, "productId"), locale)
  if (!product) return
  await producerFetch(`/producer/products/${encodeURIComponent(product.id)}`, {
    method: "POST",
    locale,
    body: { images: reorder(product.images, text(formData, "url")) },
  })
  refresh()
}

export async function setProductThumbnail(formData: FormData): Promise<void> {
  await saveImages(formData, (images, url) =>
    images.includes(url)
      ? [url, ...images.filter((image) => image !== url)]
      : images
  )
}

export async function removeProductPhoto(formData: FormData): Promise<void> {
  await saveImages(formData, (images, url) =>
    images.filter((image) => image !== url)
  )
}
