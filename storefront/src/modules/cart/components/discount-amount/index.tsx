import { formatVnd } from "@/lib/util/money"

/** What promotion codes take off, written as a deduction ("−12.000 ₫") wherever totals show it. */
export default function DiscountAmount({
  amount,
  testId,
  className,
}: {
  amount: number
  testId?: string
  className?: string
}) {
  return (
    <span data-testid={testId} className={className}>
      −{formatVnd(amount)}
    </span>
  )
}
