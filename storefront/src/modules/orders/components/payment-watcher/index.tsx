"use client"

import { useRouter } from "next/navigation"
import { useEffect } from "react"
import { getOrderPaid } from "@/lib/data/checkout/orders"

const POLL_MS = 3000

/** Re-renders the order page as soon as the bank transfer is confirmed, without a reload. */
export default function PaymentWatcher({ orderId }: { orderId: string }) {
  const router = useRouter()
  useEffect(() => {
    let stopped = false
    const timer = setInterval(async () => {
      try {
        if (!stopped && (await getOrderPaid(orderId))) {
          stopped = true
          clearInterval(timer)
          router.refresh()
        }
      } catch {
        // A missed poll is retried on the next tick.
      }
    }, POLL_MS)
    return () => {
      stopped = true
      clearInterval(timer)
    }
  }, [orderId, router])
  return null
}
