import type { ReactNode } from "react"
import PrivateArea, {
  privateAreaMetadata,
} from "@/modules/common/templates/private-area"

// The portal is private to members: never cached. Every page reads the member's cookie, so it
// renders per request (the locale layout would otherwise try to render statically).
export const dynamic = "force-dynamic"
export const metadata = privateAreaMetadata

export default function PortalLayout(props: {
  children: ReactNode
  params: Promise<{ locale: string }>
}) {
  return <PrivateArea area="portal" {...props} />
}
