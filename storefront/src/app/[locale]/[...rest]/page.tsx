import { notFound } from "next/navigation"

// Any unknown path under a locale gets the localized not-found page with HTTP 404.
export default function CatchAllPage() {
  notFound()
}
