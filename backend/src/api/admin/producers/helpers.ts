import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { adminProducerDetailFields } from "./query-config"

/** Re-reads a producer with its products for an admin response. */
export async function refetchAdminProducer(scope: MedusaContainer, id: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: producers } = await query.graph({
    entity: "producer",
    fields: adminProducerDetailFields,
    filters: { id },
  })
  if (!producers[0]) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Producer with id: ${id} was not found`
    )
  }
  return producers[0]
}
