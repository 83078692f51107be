import { ListSkeleton } from "@/modules/common/components/skeletons"

// In its own route group so that it does not wrap the producer pages below.
export default function ProducersLoading() {
  return <ListSkeleton filters={false} />
}
