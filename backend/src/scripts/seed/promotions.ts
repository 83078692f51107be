import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import {
  createCampaignsWorkflow,
  createPromotionsWorkflow,
} from "@medusajs/medusa/core-flows"
import { producerTagValue } from "../../domain/promotion-codes"

/**
 * Demo codes: NamAnh farm's own offer (10% off its products only, through its producer tag) and
 * a Tết code whose campaign has ended, so the storefront's refusal can be seen.
 */
export const SEED_PROMOTION_CODES = {
  producerOffer: "NAMANH10",
  expired: "TET2026",
}

export async function seedPromotionCodes(container: MedusaContainer) {
  const products = container.resolve(Modules.PRODUCT)
  const [namanhTag] = await products.listProductTags({
    value: producerTagValue("namanh-farm"),
  })
  const {
    result: [tetCampaign],
  } = await createCampaignsWorkflow(container).run({
    input: {
      campaignsData: [
        {
          name: "Tết Bính Ngọ 2026",
          campaign_identifier: "tet-2026",
          starts_at: new Date("2026-01-20T00:00:00+07:00"),
          ends_at: new Date("2026-02-28T23:59:59+07:00"),
        },
      ],
    },
  })
  await createPromotionsWorkflow(container).run({
    input: {
      promotionsData: [
        {
          code: SEED_PROMOTION_CODES.producerOffer,
          type: "standard",
          status: "active",
          is_automatic: false,
          application_method: {
            type: "percentage",
            target_type: "items",
            allocation: "across",
            value: 10,
            currency_code: "vnd",
            target_rules: [
              {
                attribute: "items.product.tags.id",
                operator: "in",
                values: [namanhTag.id],
              },
            ],
          },
        },
        {
          code: SEED_PROMOTION_CODES.expired,
          type: "standard",
          status: "active",
          is_automatic: false,
          campaign_id: tetCampaign.id,
          application_method: {
            type: "percentage",
            target_type: "items",
            allocation: "across",
            value: 5,
            currency_code: "vnd",
          },
        },
      ],
    },
  })
}
