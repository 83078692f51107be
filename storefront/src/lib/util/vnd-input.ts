// Members type prices the way they say them: "120000", "120.000", "120 000" or "120,000 ₫".
// VND has no minor unit, so every separator is a thousands separator.

/** The whole-đồng amount typed, or null when it is not a plain number of đồng. */
export function parseVndInput(input: string): number | null {
  const digits = input.replace(/[\s.,_₫đ]|vnd|VND|đồng/g, "")
  if (!/^\d{1,10}$/.test(digits)) return null
  return Number(digits)
}
