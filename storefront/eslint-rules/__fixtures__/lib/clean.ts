// Must pass: the data layer using its own utilities.
import { formatVnd } from "@/lib/util/money"

export const price = formatVnd(85000)
