import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { PortalStatsResponse } from "../../../../types/producer-portal/http"
import { MARKETPLACES } from "../../../../types/marketplace/module"
import {
  clicksByMarketplace,
  sharesBySource,
  statsWindowStart,
  weeklySales,
} from "../../../../utils/producer-stats"
import { listProducerProductIds } from "../../../utils/producer-products"
import { SHARING_MODULE } from "../../../../modules/sharing"
import type SharingModuleService from "../../../../modules/sharing/service"
import { resolveProducerScope } from "../../helpers"
import { readSalesLines } from "../../../../utils/producer-sales"

/**
 * The member's own figures for the last eight weeks: sales per week from its own order
 * lines only (cancelled orders left out, only the window's lines read), link-out clicks per marketplace, and visits from
 * shared links with the link-outs they led to, per source.
 */
export const GET = async (
  req: MedusaRequest,
  res: MedusaResponse<PortalStatsResponse>
) => {
  const scope = await resolveProducerScope(req)
  const now = new Date()
  const since = statsWindowStart(now)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const productIds = await listProducerProductIds(req.scope, scope.producer.id)
  const lines = await readSalesLines(
    req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION),
    productIds,
    since
  )
  const { data: products } = productIds.length
    ? await query.graph({
        entity: "product",
        fields: ["marketplace_listings.id"],
        filters: { id: productIds },
      })
    : { data: [] }
  const listingIds = products.flatMap((product) =>
    ((product.marketplace_listings ?? []) as ({ id: string } | null)[])
      .filter(Boolean)
      .map((listing) => listing!.id)
  )
  const { data: clicks } = listingIds.length
    ? await query.graph({
        entity: "listing_click",
        fields: ["clicked_at", "source", "listing.marketplace"],
        filters: { listing_id: listingIds, clicked_at: { $gte: since } },
      })
    : { data: [] }

  const visits = await req.scope
    .resolve<SharingModuleService>(SHARING_MODULE)
    .listShareVisits(
      { producer_id: scope.producer.id, visited_at: { $gte: since } },
      { select: ["visited_at", "source"] }
    )

  const weeks = weeklySales(lines, now)
  res.json({
    weeks,
    units_sold: weeks.reduce((sum, week) => sum + week.units, 0),
    revenue: weeks.reduce((sum, week) => sum + week.revenue, 0),
    clicks: clicksByMarketplace(
      clicks.map((click) => ({
        clicked_at: click.clicked_at,
        marketplace: click.listing?.marketplace,
      })),
      MARKETPLACES,
      now
    ),
    shares: sharesBySource(visits, clicks, now),
  })
}
