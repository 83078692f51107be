import { Link } from "@/i18n/navigation"

export default function BackLink({
  href,
  label,
}: {
  href: string
  label: string
}) {
  return (
    <Link
      href={href}
      className="inline-flex min-h-12 items-center gap-2 text-base font-medium text-leaf-700"
    >
      <span aria-hidden="true">‹</span>
      {label}
    </Link>
  )
}
