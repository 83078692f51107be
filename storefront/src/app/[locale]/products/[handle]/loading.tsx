import { DetailSkeleton } from "@/modules/common/components/skeletons"

// Streams with HTTP 200 at once: src/proxy.ts has already answered a missing product with a 404.
export default function ProductLoading() {
  return <DetailSkeleton />
}
