import { formatVnd } from "../../notifications/email/format"
import type { QrSheetProduct } from "./product-facts"

// Posters and labels hang in Xuân Thọ's shops and go on its packages: they speak Vietnamese,
// whatever language the person printing them reads.

/** "120.000 ₫", or "từ 95.000 ₫" when the product's sizes cost different amounts. */
export function priceLine(product: QrSheetProduct): string | null {
  if (product.price === null) {
    return null
  }
  const price = formatVnd(product.price)
  return product.priceVaries ? `từ ${price}` : price
}

/** "HTX Nam Anh · Thôn Xuân Thành", leaving out what the producer did not fill in. */
export function producerLine(product: QrSheetProduct): string {
  return [product.producerName, product.village].filter(Boolean).join(" · ")
}

export const SCAN_CAPTION = "Quét mã để xem và đặt mua trên Chợ OCOP Xuân Thọ"
