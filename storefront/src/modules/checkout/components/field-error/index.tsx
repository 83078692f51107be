"use client"

import { useTranslations } from "next-intl"
import type { CheckoutError, CheckoutField } from "@/lib/data/checkout/types"

/** The line under a checkout input saying what to fix; nothing while the field is fine. */
export function FieldError({
  name,
  error,
}: {
  name: CheckoutField
  error: CheckoutError | undefined
}) {
  const t = useTranslations("checkout")
  return error ? (
    <p
      id={`${name}-error`}
      data-testid={`checkout-error-${name}`}
      className="mt-1 text-sm text-berry-700"
    >
      {t(`errors.${error}`)}
    </p>
  ) : null
}

/** Ties an input to its error line for screen readers. */
export function invalidField(
  name: CheckoutField,
  error: CheckoutError | undefined
) {
  return {
    "aria-invalid": !!error,
    "aria-describedby": error ? `${name}-error` : undefined,
  }
}
