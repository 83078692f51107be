import type { ReactNode } from "react"
import PrivateArea, {
  privateAreaMetadata,
} from "@/modules/common/templates/private-area"

// The volunteers' tool is private: never cached; every page reads their cookie.
export const dynamic = "force-dynamic"
export const metadata = privateAreaMetadata

export default function OnboardingLayout(props: {
  children: ReactNode
  params: Promise<{ locale: string }>
}) {
  return <PrivateArea area="onboarding" {...props} />
}
