// Cards through Stripe are offered in the Việt Nam region only when the backend registered the
// Stripe provider (STRIPE_API_KEY + STRIPE_WEBHOOK_SECRET, src/config/payments.ts). The seed runs
// once per database, so this step is also its own script for a market that gets Stripe later:
//   npx medusa exec ./src/scripts/enable-card-payments.ts
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { updateRegionsWorkflow } from "@medusajs/medusa/core-flows"
import { STRIPE_PROVIDER_ID } from "../../utils/payment-providers"

/** Adds Stripe to every VND region that lacks it; returns the regions changed (none on a rerun). */
export async function attachCardPayments(
  container: MedusaContainer
): Promise<string[]> {
  const payment = container.resolve(Modules.PAYMENT)
  const [stripe] = await payment.listPaymentProviders({
    id: STRIPE_PROVIDER_ID,
    is_enabled: true,
  })
  if (!stripe) {
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
    if (providers.includes(STRIPE_PROVIDER_ID)) {
      continue
    }
    await updateRegionsWorkflow(container).run({
      input: {
        selector: { id: region.id },
        update: { payment_providers: [...providers, STRIPE_PROVIDER_ID] },
      },
    })
    changed.push(region.id)
  }
  return changed
}
