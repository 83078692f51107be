import type { Producer } from "@/lib/data/catalogue/types"

export function producerLocation(producer: Producer): string | null {
  const parts = [producer.village, producer.ward, producer.province].filter(
    (part): part is string => Boolean(part)
  )
  return parts.length ? parts.join(", ") : null
}
