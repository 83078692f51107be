import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { settled } from "../../utils/api"
import { createStoreContext } from "../../utils/store"
import { runWorkflow } from "../../utils/workflows"
import { applySeedSeasons } from "../../../src/scripts/seed/seasons"
import { seedProduct } from "../../utils/catalogue"
import {
  prepareMarketDefaults,
  seedProducerWithProduct,
} from "../portal/portal-fixtures"
import {
  createCompleteDraft,
  signInOnboarder,
} from "../onboarding/onboarding-fixtures"
import type { SuiteContext } from "../../utils/suite"

// When a product is at its best: members set it in the portal, volunteers while onboarding,
// shoppers read it with the product; demo products get theirs from the seed.

export function productSeasonsTests({ api, getContainer }: SuiteContext) {
  it("lets a member set its product's season, months kept in calendar order, and shoppers read it", async () => {
    const container = getContainer()
    const market = await prepareMarketDefaults(container)
    const store = await createStoreContext(container)
    const owner = await seedProducerWithProduct(api, container, market)

    const persimmons = await api.post(
      `/producer/products/${owner.product.id}/season`,
      { all_year: false, harvest_months: [1, 12, 11, 10] },
      owner.member
    )
    expect(persimmons.data.product.season).toEqual({
      all_year: false,
      harvest_months: [1, 10, 11, 12],
      best_months: [],
    })

    const strawberries = await api.post(
      `/producer/products/${owner.product.id}/season`,
      { all_year: true, best_months: [12, 1, 2, 3, 4] },
      owner.member
    )
    expect(strawberries.data.product.season).toEqual({
      all_year: true,
      harvest_months: [],
      best_months: [1, 2, 3, 4, 12],
    })

    const page = await api.get(
      `/store/producers/${owner.producer.handle}`,
      store
    )
    expect(page.data.producer.products[0].harvest_season).toMatchObject({
      all_year: true,
      harvest_months: [],
      best_months: [1, 2, 3, 4, 12],
    })

    const squash = await seedProduct(container, {
      salesChannelId: store.salesChannelId,
      producerId: owner.producer.id,
      title: "Bí mì sợi",
    })
    await runWorkflow(container, "set-product-season", {
      product_id: squash.id,
      all_year: false,
      harvest_months: [5, 6, 7, 8],
      best_months: [],
    })
    const { data } = await api.get(
      `/store/products?handle=${squash.handle}&fields=+harvest_season.*`,
      store
    )
    expect(data.products[0].harvest_season).toMatchObject({
      all_year: false,
      harvest_months: [5, 6, 7, 8],
    })
  })

  it("refuses months outside 1–12 with 400 naming harvest_months, and another producer's product with 404, changing nothing", async () => {
    const container = getContainer()
    const market = await prepareMarketDefaults(container)
    const owner = await seedProducerWithProduct(api, container, market)
    const other = await seedProducerWithProduct(api, container, market)
    const setSeason = (productId: string, body: Record<string, unknown>) =>
      settled(
        api.post(`/producer/products/${productId}/season`, body, owner.member)
      )

    const month13 = await setSeason(owner.product.id, {
      all_year: false,
      harvest_months: [12, 13],
    })
    expect(month13.status).toEqual(400)
    expect(month13.data.errors).toEqual([
      expect.objectContaining({ field: "harvest_months" }),
    ])
    const noMonths = await setSeason(owner.product.id, { all_year: false })
    expect(noMonths.status).toEqual(400)
    expect(noMonths.data.errors?.[0]?.field).toEqual("harvest_months")
    const notYours = await setSeason(other.product.id, {
      all_year: true,
    })
    expect(notYours.status).toEqual(404)

    const { data } = await api.get(
      `/producer/products/${owner.product.id}`,
      owner.member
    )
    expect(data.product.season).toBeNull()
  })

  it("lets a volunteer record a season while onboarding a producer", async () => {
    const container = getContainer()
    await prepareMarketDefaults(container)
    const onboarder = await signInOnboarder(api, container)
    const { producer, product } = await createCompleteDraft(api, onboarder)

    const { data } = await api.post(
      `/onboarding/producers/${producer.id}/products/${product.id}/season`,
      { all_year: false, harvest_months: [5, 6, 7, 8] },
      onboarder
    )
    expect(data.product.season).toEqual({
      all_year: false,
      harvest_months: [5, 6, 7, 8],
      best_months: [],
    })
  })

  it("gives demo products the seed's seasons once, leaving a season someone set alone", async () => {
    const container = getContainer()
    const market = await prepareMarketDefaults(container)
    const persimmons = await seedProduct(container, {
      salesChannelId: market.salesChannelId,
      title: "Hồng treo gió",
    })
    const strawberries = await seedProduct(container, {
      salesChannelId: market.salesChannelId,
      title: "Dâu tây",
    })
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const productModule = container.resolve(Modules.PRODUCT)
    await productModule.updateProducts(persimmons.id, {
      handle: "hong-treo-gio",
    })
    await productModule.updateProducts(strawberries.id, {
      handle: "dau-tay-namanh",
    })
    const owner = await seedProducerWithProduct(api, container, market)
    await api.post(
      `/producer/products/${owner.product.id}/season`,
      { all_year: true },
      owner.member
    )

    await applySeedSeasons(container)
    await applySeedSeasons(container)

    const { data } = await query.graph({
      entity: "product",
      fields: ["id", "handle", "harvest_season.*"],
      filters: { id: [persimmons.id, strawberries.id, owner.product.id] },
    })
    const seasonOf = (id: string) =>
      data.find((product) => product.id === id)?.harvest_season
    expect(seasonOf(persimmons.id)).toMatchObject({
      all_year: false,
      harvest_months: [1, 10, 11, 12],
    })
    expect(seasonOf(strawberries.id)).toMatchObject({
      all_year: true,
      best_months: [1, 2, 3, 4, 12],
    })
    expect(seasonOf(owner.product.id)).toMatchObject({
      all_year: true,
      best_months: [],
    })
  })
}
