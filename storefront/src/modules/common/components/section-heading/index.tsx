import type { ReactNode } from "react"

export default function SectionHeading({
  title,
  action,
}: {
  title: string
  action?: ReactNode
}) {
  return (
    <div className="mb-4 flex items-end justify-between gap-4">
      <h2 className="text-xl font-semibold text-leaf-900 sm:text-2xl">
        {title}
      </h2>
      {action}
    </div>
  )
}
