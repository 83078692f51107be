import { PortalSkeleton } from "@/modules/common/components/skeletons"

export default function PortalOrdersLoading() {
  return <PortalSkeleton />
}
