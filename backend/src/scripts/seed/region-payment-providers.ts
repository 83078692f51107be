import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { updateRegionsWorkflow } from "@medusajs/medusa/core-flows"

/**
 * Offers `providerId` in every VND region that lacks it, when the backend registered that
 * provider (config/payments.ts); returns the regions changed, none on a rerun.
 */
export async function offerPaymentProviderInVndRegions(
  container: MedusaContainer,
  providerId: string
): Promise<string[]> {
  const payment = container.resolve(Modules.PAYMENT)
  const [registered] = await payment.listPaymentProviders({
    id: providerId,
    is_enabled: true,
  })
  if (!registered) {
    return []
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: regions } = await query.graph({
    entity: "region",
    fields: ["id", "payment_providers.id"],
    filters: { currency_code: "vnd" },
  })
  const changed: string[] = []
  for (const region of regions) {
    const providers = (region.payment_providers ?? []).map(
      (provider) => provider!.id
    )
    if (providers.includes(providerId)) {
      continue
    }
    await updateRegionsWorkflow(container).run({
      input: {
        selector: { id: region.id },
        update: { payment_providers: [...providers, providerId] },
      },
    })
    changed.push(region.id)
  }
  return changed
}
