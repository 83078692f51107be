import { ListSkeleton } from "@/modules/common/components/skeletons"

export default function SearchLoading() {
  return <ListSkeleton searchBar />
}
