import { PortalSkeleton } from "@/modules/common/components/skeletons"

// In its own route group so that it does not wrap the product pages, which answer 404 for
// another producer's product.
export default function PortalDashboardLoading() {
  return <PortalSkeleton />
}
