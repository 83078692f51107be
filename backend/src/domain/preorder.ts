import type { FieldError } from "./cart-rules"
import type {
  HarvestPreorderDTO,
  HarvestPreorderInput,
  VietnamDate,
} from "../types/harvest/module"

const DAY_MS = 24 * 60 * 60 * 1000
/** How far ahead a harvest may be announced. */
export const PREORDER_HORIZON_DAYS = 366
export const MAX_PREORDER_QUANTITY = 100_000

const isCalendarDate = (value: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) &&
  new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value

/**
 * What is wrong with an announcement a member sent, field by field: the harvest is after today
 * and at most a year ahead, and the quantity is whole, positive and not below what shoppers
 * already pre-ordered.
 */
export function preorderProblems(
  input: HarvestPreorderInput,
  { today, ordered }: { today: VietnamDate; ordered: number }
): FieldError[] {
  const problems: FieldError[] = []
  const latest = new Date(
    Date.parse(`${today}T00:00:00Z`) + PREORDER_HORIZON_DAYS * DAY_MS
  )
    .toISOString()
    .slice(0, 10)
  if (!isCalendarDate(input.harvest_on)) {
    problems.push({
      field: "harvest_on",
      message: "harvest_on is a date written YYYY-MM-DD, e.g. 2027-05-10",
    })
  } else if (input.harvest_on <= today) {
    problems.push({
      field: "harvest_on",
      message: `the next harvest must be after today (${today})`,
    })
  } else if (input.harvest_on > latest) {
    problems.push({
      field: "harvest_on",
      message: `announce a harvest at most a year ahead (by ${latest})`,
    })
  }
  if (
    !Number.isInteger(input.quantity) ||
    input.quantity < 1 ||
    input.quantity > MAX_PREORDER_QUANTITY
  ) {
    problems.push({
      field: "quantity",
      message: `quantity is a whole number of units from 1 to ${MAX_PREORDER_QUANTITY}`,
    })
  } else if (input.quantity < ordered) {
    problems.push({
      field: "quantity",
      message: `shoppers have already pre-ordered ${ordered}: the quantity cannot be lower`,
    })
  }
  return problems
}

/**
 * How many more units shoppers may pre-order today: what is left of the announcement until the
 * day before the harvest, nothing once the harvest has come (the new stock then sells as usual).
 */
export function preorderUnitsLeft(
  preorder: Pick<HarvestPreorderDTO, "harvest_on" | "quantity" | "ordered">,
  today: VietnamDate
): number {
  if (today >= preorder.harvest_on) return 0
  return Math.max(preorder.quantity - preorder.ordered, 0)
}

/**
 * Where a cart's units of a variant come from: its stock while it has any, the announced
 * harvest once it has none and an announcement is open; `available` null means the variant does
 * not track stock.
 */
export function unitSource(
  available: number | null | undefined,
  preorderOpen: boolean
): "untracked" | "stock" | "preorder" {
  if (available === null || available === undefined) return "untracked"
  if (available <= 0 && preorderOpen) return "preorder"
  return "stock"
}

/** The refusal for units beyond what is left of an announcement. */
export function preorderQuantityProblem(
  wanted: number,
  left: number
): string | null {
  if (wanted <= left) return null
  return `Chỉ còn ${left} suất đặt trước / Only ${left} left to pre-order`
}
