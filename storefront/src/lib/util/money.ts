// VND has no minor unit: amounts from the backend are whole đồng (85000 → "85.000 ₫").
// Both locales use the Vietnamese format: prices are in đồng, written the way shoppers in Vietnam read them.
const vnd = new Intl.NumberFormat("vi-VN", {
  style: "currency",
  currency: "VND",
  maximumFractionDigits: 0,
})

export function formatVnd(amount: number): string {
  return vnd.format(Math.round(amount))
}

export function formatVndOrNull(
  amount: number | null | undefined
): string | null {
  return typeof amount === "number" && Number.isFinite(amount)
    ? formatVnd(amount)
    : null
}
