"use client"

import { useTranslations } from "next-intl"
import { useActionState, useState } from "react"
import type { Locale } from "@/i18n/routing"
import { createPortalProduct } from "@/lib/data/portal/new-product"
import type { PortalFormState } from "@/lib/data/portal/types"
import { formatVnd } from "@/lib/util/money"
import { parseVndInput } from "@/lib/util/vnd-input"
import FormStatus from "@/modules/common/components/form-status"
import SubmitButton from "@/modules/common/components/submit-button"

const initialState: PortalFormState = { status: "idle" }
const field =
  "min-h-12 w-full rounded-xl border border-stone-300 bg-white px-3 text-lg"

type Row = { key: number; price: string }

/** A new product: its name, what it is, and one row per size with price and stock. */
export default function NewProductForm({ locale }: { locale: Locale }) {
  const t = useTranslations("portal.newProduct")
  const [state, formAction] = useActionState(createPortalProduct, initialState)
  const [rows, setRows] = useState<Row[]>([{ key: 0, price: "" }])
  const invalid = (name: string) =>
    state.status === "error" && state.field === name
  const setPrice = (key: number, price: string) =>
    setRows((current) =>
      current.map((row) => (row.key === key ? { ...row, price } : row))
    )
  return (
    <form action={formAction} className="space-y-5">
      <input type="hidden" name="locale" value={locale} />
      <label className="block space-y-1">
        <span className="text-base font-medium">{t("title")}</span>
        <input
          name="title"
          required
          maxLength={200}
          aria-invalid={invalid("title")}
          data-testid="portal-new-title"
          className={field}
        />
      </label>
      <label className="block space-y-1">
        <span className="text-base font-medium">{t("subtitle")}</span>
        <input name="subtitle" maxLength={300} className={field} />
      </label>
      <label className="block space-y-1">
        <span className="text-base font-medium">{t("description")}</span>
        <textarea
          name="description"
          rows={4}
          maxLength={5000}
          className={`${field} py-2`}
        />
      </label>
      {rows.map((row, index) => {
        const amount = parseVndInput(row.price)
        return (
          <fieldset
            key={row.key}
            className="space-y-3 rounded-2xl border border-stone-200 bg-white p-3"
            data-testid="portal-new-variant"
          >
            <legend className="px-1 text-base font-semibold">
              {t("variant", { n: index + 1 })}
            </legend>
            <label className="block space-y-1">
              <span className="text-base font-medium">{t("variantTitle")}</span>
              <input
                name="variant_title"
                required
                maxLength={100}
                placeholder="500g"
                aria-invalid={invalid("variant")}
                data-testid="portal-new-variant-title"
                className={field}
              />
            </label>
            <label className="block space-y-1">
              <span className="text-base font-medium">{t("price")}</span>
              <input
                name="variant_price"
                required
                inputMode="numeric"
                autoComplete="off"
                value={row.price}
                onChange={(event) => setPrice(row.key, event.target.value)}
                aria-invalid={invalid("price")}
                data-testid="portal-new-variant-price"
                className={`${field} text-2xl`}
              />
              <span
                className="block text-lg font-semibold text-berry-600"
                data-testid="portal-new-variant-price-preview"
              >
                {amount !== null && amount > 0 ? formatVnd(amount) : "\u00a0"}
              </span>
            </label>
            <label className="block space-y-1">
              <span className="text-base font-medium">{t("stock")}</span>
              <input
                name="variant_stock"
                type="number"
                inputMode="numeric"
                min={0}
                step={1}
                defaultValue={0}
                aria-invalid={invalid("stock")}
                data-testid="portal-new-variant-stock"
                className={`${field} text-2xl`}
              />
            </label>
            {rows.length > 1 && (
              <button
                type="button"
                onClick={() =>
                  setRows((current) =>
                    current.filter((other) => other.key !== row.key)
                  )
                }
                className="min-h-12 w-full rounded-xl border border-stone-300 px-4 text-base"
              >
                {t("removeVariant")}
              </button>
            )}
          </fieldset>
        )
      })}
      <button
        type="button"
        onClick={() =>
          setRows((current) => [
            ...current,
            { key: Math.max(...current.map((row) => row.key)) + 1, price: "" },
          ])
        }
        className="min-h-12 w-full rounded-xl border-2 border-dashed border-leaf-300 px-4 text-lg font-semibold text-leaf-800"
        data-testid="portal-new-add-variant"
      >
        {t("addVariant")}
      </button>
      <fieldset className="space-y-2">
        <legend className="text-base font-medium">{t("status")}</legend>
        {(["published", "draft"] as const).map((status) => (
          <label
            key={status}
            className="flex min-h-12 items-center gap-3 rounded-xl border border-stone-300 bg-white px-3 text-lg"
          >
            <input
              type="radio"
              name="status"
              value={status}
              defaultChecked={status === "published"}
              className="size-5"
            />
            {t(status)}
          </label>
        ))}
      </fieldset>
      <FormStatus area="portal" state={state} />
      <SubmitButton label={t("create")} testId="portal-new-create" />
    </form>
  )
}
