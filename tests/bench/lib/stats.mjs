// Medians, percentiles and the verdict of a figure against its goal.
export const median = (values) => {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b)
  if (!sorted.length) return NaN
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2
    ? sorted[middle]
    : (sorted[middle - 1] + sorted[middle]) / 2
}

export const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * "met" when every sample meets the goal, "not met" when none does, "within noise" when the
 * samples (one per pair, or per run) fall on both sides of it.
 */
export function verdict(samples, meets) {
  const known = samples.filter(Number.isFinite)
  if (!known.length) return "not measured"
  const passing = known.filter(meets).length
  if (passing === known.length) return "met"
  if (passing === 0) return "not met"
  return "within noise"
}

/** "1.23 (1.10–1.40)": the median and the spread of the samples. */
export function withSpread(samples, digits = 2) {
  const known = samples.filter(Number.isFinite)
  if (!known.length) return "–"
  const m = median(known).toFixed(digits)
  if (known.length === 1) return m
  return `${m} (${Math.min(...known).toFixed(digits)}–${Math.max(...known).toFixed(digits)})`
}
