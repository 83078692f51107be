import { ListSkeleton } from "@/modules/common/components/skeletons"

// Streams with HTTP 200 at once: src/proxy.ts has already answered an unknown category with a
// 404. It sits in its own route group so that it does not wrap the product pages below.
export default function ProductsLoading() {
  return <ListSkeleton />
}
