import { DetailSkeleton } from "@/modules/common/components/skeletons"

// Streams with HTTP 200 at once: src/proxy.ts has already answered a missing producer with a 404.
export default function ProducerLoading() {
  return <DetailSkeleton />
}
