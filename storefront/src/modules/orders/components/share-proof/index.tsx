"use client"

import { useEffect } from "react"
import { shareOrderProof } from "@/lib/data/checkout/orders"

/**
 * Gives the order page in the other language the proof this page was opened with, so a
 * language switch keeps the delivery details.
 */
export default function ShareProof({
  orderId,
  locale,
}: {
  orderId: string
  locale: string
}) {
  useEffect(() => {
    shareOrderProof(orderId, locale).catch(() => {
      // Without the copy the other language shows the summary, as for anyone else.
    })
  }, [orderId, locale])
  return null
}
