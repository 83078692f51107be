import type { PortalWeeklySales } from "@/lib/data/portal/types"
import { formatVnd } from "@/lib/util/money"

const WIDTH = 320
const HEIGHT = 160
const LABEL_SPACE = 20

/**
 * Weekly sales as plain SVG bars (no chart library: a few hundred bytes on a phone). Screen
 * readers get the same numbers from the table that follows, so the SVG itself is hidden to them.
 */
export default function WeeklySalesChart({
  weeks,
  caption,
  weekHeading,
  weekLabel,
  revenueLabel,
  unitsLabel,
}: {
  weeks: PortalWeeklySales[]
  caption: string
  weekHeading: string
  weekLabel: (weekStart: string) => string
  revenueLabel: string
  unitsLabel: string
}) {
  const top = Math.max(1, ...weeks.map((week) => week.revenue))
  const slot = WIDTH / Math.max(1, weeks.length)
  const chartHeight = HEIGHT - LABEL_SPACE
  return (
    <figure className="space-y-3" data-testid="portal-sales-chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        className="w-full"
        aria-hidden="true"
        focusable="false"
      >
        <line
          x1={0}
          x2={WIDTH}
          y1={chartHeight}
          y2={chartHeight}
          className="stroke-stone-300"
        />
        {weeks.map((week, index) => {
          const height = Math.round((week.revenue / top) * (chartHeight - 8))
          const x = index * slot + slot * 0.15
          return (
            <g key={week.week_start}>
              <rect
                x={x}
                y={chartHeight - height}
                width={slot * 0.7}
                height={Math.max(height, week.revenue ? 2 : 0)}
                rx={3}
                className="fill-leaf-600"
                data-testid="portal-sales-bar"
                data-revenue={week.revenue}
              />
              <text
                x={x + slot * 0.35}
                y={HEIGHT - 4}
                textAnchor="middle"
                className="fill-stone-600 text-[10px]"
              >
                {weekLabel(week.week_start)}
              </text>
            </g>
          )
        })}
      </svg>
      <figcaption className="text-base font-semibold">{caption}</figcaption>
      <table
        className="w-full text-left text-base"
        data-testid="portal-sales-table"
      >
        <thead>
          <tr className="border-b border-stone-200 text-sm text-stone-600">
            <th scope="col" className="py-2 font-medium">
              {weekHeading}
            </th>
            <th scope="col" className="py-2 text-right font-medium">
              {revenueLabel}
            </th>
            <th scope="col" className="py-2 text-right font-medium">
              {unitsLabel}
            </th>
          </tr>
        </thead>
        <tbody>
          {[...weeks].reverse().map((week) => (
            <tr key={week.week_start} className="border-b border-stone-100">
              <th scope="row" className="py-2 font-normal">
                {weekLabel(week.week_start)}
              </th>
              <td className="py-2 text-right tabular-nums">
                {formatVnd(week.revenue)}
              </td>
              <td className="py-2 text-right tabular-nums">{week.units}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  )
}
