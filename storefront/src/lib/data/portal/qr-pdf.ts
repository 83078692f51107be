import "server-only"

import { messageOf, statusOf } from "@/lib/data/shared/actor-session"
import { producerFetch } from "./fetch"

/** The two printouts of a product's QR code: a sheet of small labels, or one poster. */
export const QR_LAYOUTS = ["labels", "poster"] as const
export type QrLayout = (typeof QR_LAYOUTS)[number]

export type QrPdf =
  | {
      body: ReadableStream<Uint8Array>
      contentType: string
      disposition: string | null
    }
  | { status: 400 | 404; message: string }

/**
 * The member's own product's QR printout, made by the backend. A missing token or an expired
 * session goes to the portal's sign-in (producerFetch); another producer's product is 404.
 */
export async function fetchProductQrPdf(
  productId: string,
  layout: QrLayout,
  locale: string
): Promise<QrPdf> {
  try {
    const response = await producerFetch<Response>(
      `/producer/products/${encodeURIComponent(productId)}/qr.pdf?layout=${layout}`,
      { locale, accept: "application/pdf" }
    )
    if (!response.body) return { status: 404, message: "Not found" }
    return {
      body: response.body,
      contentType: response.headers.get("content-type") ?? "application/pdf",
      disposition: response.headers.get("content-disposition"),
    }
  } catch (error) {
    const status = statusOf(error)
    if (status === 400 || status === 404) {
      return { status, message: messageOf(error) }
    }
    throw error
  }
}
