import type {
  IUserModuleService,
  MedusaContainer,
  RemoteQueryFunction,
} from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import ProducerProductLink from "../../../links/producer-product"
import type { MessageLocale } from "../../../notifications/kinds"
import type { MessageRecipient } from "../types"

export type ProducerPeople = {
  id: string
  name: string
  members: MessageRecipient[]
}

const queryOf = (container: MedusaContainer) =>
  container.resolve<RemoteQueryFunction>(ContainerRegistrationKeys.QUERY)

/** Each product's producer, for the products that have one. */
export async function producerIdsByProduct(
  container: MedusaContainer,
  productIds: string[]
): Promise<Map<string, string>> {
  if (!productIds.length) {
    return new Map()
  }
  const { data } = await queryOf(container).graph({
    entity: ProducerProductLink.entryPoint,
    fields: ["product_id", "producer_id"],
    filters: { product_id: productIds },
  })
  return new Map(
    data.map((link) => [String(link.product_id), String(link.producer_id)])
  )
}

/** Producers with the members who sign in for them (every member is told). */
export async function producersWithMembers(
  container: MedusaContainer,
  producerIds: string[]
): Promise<Map<string, ProducerPeople>> {
  if (!producerIds.length) {
    return new Map()
  }
  const { data } = await queryOf(container).graph({
    entity: "producer",
    fields: ["id", "name", "members.id", "members.email"],
    filters: { id: producerIds },
  })
  return new Map(
    data.map((producer) => [
      String(producer.id),
      {
        id: String(producer.id),
        name: String(producer.name),
        members: (producer.members ?? [])
          .filter((member) => !!member?.email)
          .map((member) => ({
            audience: "member" as const,
            id: String(member!.id),
            email: String(member!.email),
          })),
      },
    ])
  )
}

/** Commune officers: every Medusa Admin user, in the language they chose (Vietnamese first). */
export async function officers(
  container: MedusaContainer
): Promise<(MessageRecipient & { locale: MessageLocale })[]> {
  const users = await container
    .resolve<IUserModuleService>(Modules.USER)
    .listUsers({}, { select: ["id", "email", "metadata"] })
  return users.map((user) => ({
    audience: "officer" as const,
    id: user.id,
    email: user.email,
    locale: user.metadata?.locale === "en" ? "en" : "vi",
  }))
}
