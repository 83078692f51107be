import { getLocale, getTranslations } from "next-intl/server"
import type { ReactNode } from "react"

// Grey shapes where a page's content will appear, shown at once when a link is tapped, so a
// slow connection shows that the page is on its way. Each mirrors its page's layout at phone
// width, so nothing jumps when the content arrives.

function Bone({ className }: { className: string }) {
  return (
    <div
      aria-hidden="true"
      className={`rounded-xl bg-leaf-100/80 motion-safe:animate-pulse ${className}`}
    />
  )
}

async function LoadingFrame({
  width,
  children,
}: {
  /** The page's column; null inside a shell that already sets one. */
  width: "max-w-6xl" | "max-w-2xl" | null
  children: ReactNode
}) {
  const t = await getTranslations({
    locale: await getLocale(),
    namespace: "common",
  })
  return (
    <div
      role="status"
      data-testid="page-loading"
      className={width ? `mx-auto ${width} px-4 py-8` : undefined}
    >
      <p className="mb-4 flex items-center gap-2 text-sm font-medium text-leaf-700">
        <span
          aria-hidden="true"
          className="size-4 rounded-full border-2 border-leaf-200 border-t-leaf-600 motion-safe:animate-spin"
        />
        {t("loading")}
      </p>
      {children}
    </div>
  )
}

function CardGrid() {
  return (
    <div className="grid grid-cols-2 gap-3 sm:grid-cols-3 sm:gap-4 lg:grid-cols-4">
      {Array.from({ length: 6 }, (_, index) => (
        <div key={index} className="space-y-2">
          <Bone className="aspect-square w-full" />
          <Bone className="h-4 w-3/4" />
          <Bone className="h-4 w-1/2" />
        </div>
      ))}
    </div>
  )
}

/** The product and producer lists, the search results: a title, the filter bar, a grid. */
export async function ListSkeleton({
  searchBar = false,
  filters = true,
}: {
  searchBar?: boolean
  filters?: boolean
}) {
  return (
    <LoadingFrame width="max-w-6xl">
      {searchBar && <Bone className="mb-6 h-11 w-full" />}
      <Bone className="mb-6 h-8 w-2/3 max-w-xs" />
      {filters && <Bone className="-mt-2 mb-6 h-11 w-24" />}
      <CardGrid />
    </LoadingFrame>
  )
}

/** A product or producer page: the photo, the title, the price and the buy button. */
export async function DetailSkeleton() {
  return (
    <LoadingFrame width="max-w-6xl">
      <div className="grid gap-8 md:grid-cols-2">
        <Bone className="aspect-square w-full" />
        <div className="space-y-4">
          <Bone className="h-6 w-24" />
          <Bone className="h-8 w-3/4" />
          <Bone className="h-9 w-1/3" />
          <Bone className="h-12 w-full" />
          <Bone className="h-24 w-full" />
        </div>
      </div>
    </LoadingFrame>
  )
}

/** The order page: the title, the payment status, the QR card and the lines. */
export async function OrderSkeleton() {
  return (
    <LoadingFrame width="max-w-2xl">
      <Bone className="h-8 w-1/2" />
      <Bone className="mt-3 h-7 w-36" />
      <Bone className="mt-6 h-96 w-full" />
      <Bone className="mt-6 h-32 w-full" />
    </LoadingFrame>
  )
}

/** A page of the members' portal, inside its shell: a heading and a few cards. */
export async function PortalSkeleton() {
  return (
    <LoadingFrame width={null}>
      <Bone className="h-8 w-1/2" />
      <div className="mt-6 space-y-3">
        {Array.from({ length: 3 }, (_, index) => (
          <Bone key={index} className="h-24 w-full" />
        ))}
      </div>
    </LoadingFrame>
  )
}
