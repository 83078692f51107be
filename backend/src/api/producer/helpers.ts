import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { memberWriteRefusal } from "../../domain/account-rights"
import type {
  PortalMember,
  PortalProducer,
  PortalProduct,
} from "../../types/producer-portal/http"
import {
  portalProductFields,
  readProducerProducts,
  toPortalProduct,
} from "../utils/producer-products"
import { readSignedInActor } from "../utils/signed-in-actor"

export type ProducerScope = {
  member: PortalMember
  producer: PortalProducer
}

/**
 * The member behind the token and the one producer it acts for. Every /producer/* route starts
 * here and scopes all reads and writes by `producer.id` (Medusa's RBAC module needs an
 * Enterprise licence). A token whose member was removed is refused.
 */
export async function resolveProducerScope(
  req: MedusaRequest
): Promise<ProducerScope> {
  const member = await readSignedInActor<{
    id: string
    email: string
    name: string | null
    producer: PortalProducer | null
  }>(req, "producer_member", [
    "id",
    "email",
    "name",
    "producer.id",
    "producer.handle",
    "producer.name",
    "producer.kind",
    "producer.status",
  ])
  if (!member?.producer) {
    throw new MedusaError(
      MedusaError.Types.UNAUTHORIZED,
      "Sign in again as a member of a producer"
    )
  }
  return {
    member: { id: member.id, email: member.email, name: member.name ?? null },
    producer: member.producer,
  }
}

/**
 * Every change a member makes passes here first: `memberWriteRefusal` keeps a suspended
 * producer's members to reading.
 */
export async function requireWritableProducer(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  const { producer } = await resolveProducerScope(req)
  const refusal = memberWriteRefusal(producer.status)
  next(
    refusal ? new MedusaError(MedusaError.Types.FORBIDDEN, refusal) : undefined
  )
}

/** Reads products of the scope's producer; ids of other producers are silently left out. */
export async function listPortalProducts(
  container: MedusaContainer,
  scope: ProducerScope,
  productIds?: string[]
): Promise<PortalProduct[]> {
  const { products, ...readings } = await readProducerProducts(container, {
    producerId: scope.producer.id,
    productIds,
    fields: portalProductFields,
    order: "DESC",
  })
  return products.map((product) =>
    toPortalProduct(product, scope.producer.status, readings)
  )
}

/** One product of the scope's producer, or the same 404 a missing id gives. */
export async function retrievePortalProduct(
  container: MedusaContainer,
  scope: ProducerScope,
  productId: string
): Promise<PortalProduct> {
  const [product] = await listPortalProducts(container, scope, [productId])
  if (!product) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Product with id: ${productId} was not found`
    )
  }
  return product
}
