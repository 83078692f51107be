import { PortalSkeleton } from "@/modules/common/components/skeletons"

export default function PortalStatsLoading() {
  return <PortalSkeleton />
}
