import type { Marketplace } from "../types/marketplace/module"
import { SHARE_SOURCES, type ShareSource } from "../types/sharing/module"

/** How many weeks the portal's chart covers, this week included. */
export const STATS_WEEKS = 8
// Vietnam has no daylight saving time: a week starts on Monday 00:00 at UTC+7.
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000
const DAY_MS = 24 * 60 * 60 * 1000

export type WeeklySales = {
  /** Monday of the week in Vietnam, YYYY-MM-DD. */
  week_start: string
  /** Whole đồng of the producer's own lines. */
  revenue: number
  units: number
  orders: number
}

export type SaleLine = {
  order_id: string
  created_at: Date | string
  quantity: number
  unit_price: number
}

export type Click = { clicked_at: Date | string; marketplace: Marketplace }

/** The instant a Vietnamese week (Monday 00:00 UTC+7) starts, for any moment inside it. */
export function vietnamWeekStart(moment: Date): Date {
  const local = new Date(moment.getTime() + VIETNAM_OFFSET_MS)
  const daysSinceMonday = (local.getUTCDay() + 6) % 7
  const mondayLocal = Date.UTC(
    local.getUTCFullYear(),
    local.getUTCMonth(),
    local.getUTCDate() - daysSinceMonday
  )
  return new Date(mondayLocal - VIETNAM_OFFSET_MS)
}

/** The first instant the figures cover: Monday of the oldest of STATS_WEEKS weeks. */
export function statsWindowStart(now: Date): Date {
  const thisWeek = vietnamWeekStart(now)
  return new Date(thisWeek.getTime() - (STATS_WEEKS - 1) * 7 * DAY_MS)
}

function weekKey(start: Date): string {
  return new Date(start.getTime() + VIETNAM_OFFSET_MS)
    .toISOString()
    .slice(0, 10)
}

/** Sales per week, oldest first, with an empty week where nothing sold (so a chart has no gaps). */
export function weeklySales(lines: SaleLine[], now: Date): WeeklySales[] {
  const start = statsWindowStart(now)
  const weeks = Array.from({ length: STATS_WEEKS }, (_, index) => ({
    week_start: weekKey(new Date(start.getTime() + index * 7 * DAY_MS)),
    revenue: 0,
    units: 0,
    orders: new Set<string>(),
  }))
  for (const line of lines) {
    const at = new Date(line.created_at)
    if (at < start || at > now) continue
    const key = weekKey(vietnamWeekStart(at))
    const week = weeks.find((candidate) => candidate.week_start === key)
    if (!week) continue
    week.revenue += line.unit_price * line.quantity
    week.units += line.quantity
    week.orders.add(line.order_id)
  }
  return weeks.map((week) => ({ ...week, orders: week.orders.size }))
}

/** Link-out clicks per marketplace inside the window; every marketplace appears, even at 0. */
export function clicksByMarketplace(
  clicks: Click[],
  marketplaces: readonly Marketplace[],
  now: Date
): Record<Marketplace, number> {
  const start = statsWindowStart(now)
  const counts = Object.fromEntries(
    marketplaces.map((marketplace) => [marketplace, 0])
  ) as Record<Marketplace, number>
  for (const click of clicks) {
    const at = new Date(click.clicked_at)
    if (at >= start && at <= now && click.marketplace in counts) {
      counts[click.marketplace] += 1
    }
  }
  return counts
}

export type ShareVisitRecord = {
  visited_at: Date | string
  source: ShareSource
}
export type SourcedClick = {
  clicked_at: Date | string
  source: ShareSource | null | undefined
}
export type ShareFigures = {
  source: ShareSource
  visits: number
  /** Link-outs to a marketplace by shoppers whose visit began at a link of this source. */
  link_outs: number
}

/** Visits and link-outs per share source inside the window; every source appears, even at 0. */
export function sharesBySource(
  visits: ShareVisitRecord[],
  clicks: SourcedClick[],
  now: Date
): ShareFigures[] {
  const start = statsWindowStart(now)
  const inWindow = (moment: Date | string) => {
    const at = new Date(moment)
    return at >= start && at <= now
  }
  return SHARE_SOURCES.map((source) => ({
    source,
    visits: visits.filter(
      (visit) => visit.source === source && inWindow(visit.visited_at)
    ).length,
    link_outs: clicks.filter(
      (click) => click.source === source && inWindow(click.clicked_at)
    ).length,
  }))
}
