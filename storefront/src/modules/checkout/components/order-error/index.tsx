import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import type { OrderFailure } from "@/lib/data/checkout/types"

const box = "rounded-xl bg-berry-50 p-3 text-berry-700"

/** The checkout's error area: why the order was not placed, and what the shopper can do. */
export default function OrderError({
  failure,
  testId,
}: {
  failure: OrderFailure
  testId: string
}) {
  const t = useTranslations("checkout")
  if (failure.unavailable) {
    return (
      <div
        role="alert"
        data-testid={testId}
        data-reason="unavailable"
        className={`space-y-1 ${box}`}
      >
        <p className="font-semibold">
          {t("errors.unavailable", { title: failure.unavailable.title })}
        </p>
        <p>
          {t.rich("errors.removeUnavailable", {
            cart: (chunks) => (
              <Link
                href="/cart"
                data-testid="checkout-go-to-cart"
                className="font-semibold underline"
              >
                {chunks}
              </Link>
            ),
          })}
        </p>
      </div>
    )
  }
  return (
    <p role="alert" data-testid={testId} className={box}>
      {failure.formMessage ?? t(`errors.${failure.formError ?? "failed"}`)}
    </p>
  )
}
