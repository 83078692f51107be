import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  Modules,
  PUBLISHABLE_KEY_HEADER,
} from "@medusajs/framework/utils"
import type { RequestHeaders } from "./admin"

export type StoreContext = RequestHeaders & { salesChannelId: string }

/** A sales channel and a publishable key linked to it: what every /store call needs. */
export async function createStoreContext(
  container: MedusaContainer
): Promise<StoreContext> {
  const salesChannelModule = container.resolve(Modules.SALES_CHANNEL)
  const apiKeyModule = container.resolve(Modules.API_KEY)
  const link = container.resolve(ContainerRegistrationKeys.LINK)

  const salesChannel = await salesChannelModule.createSalesChannels({
    name: "Chợ Xuân Thọ",
  })
  const apiKey = await apiKeyModule.createApiKeys({
    title: "Storefront",
    type: "publishable",
    created_by: "integration-test",
  })
  await link.create({
    [Modules.API_KEY]: { publishable_key_id: apiKey.id },
    [Modules.SALES_CHANNEL]: { sales_channel_id: salesChannel.id },
  })
  return {
    headers: { [PUBLISHABLE_KEY_HEADER]: apiKey.token },
    salesChannelId: salesChannel.id,
  }
}
