import { OrderSkeleton } from "@/modules/common/components/skeletons"

// Streams with HTTP 200 at once: src/proxy.ts has already answered a missing order with a 404.
export default function OrderLoading() {
  return <OrderSkeleton />
}
