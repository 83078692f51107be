import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import type { ProducerDTO, ProducerStatus } from "../../types/producer/module"
import {
  computeChecklist,
  loadChecklistInput,
} from "../../utils/producer-checklist"
import { consentOf } from "../utils/producer-consent"
import {
  onboardingProductFields,
  readProducerProducts,
  toPortalProduct,
} from "../utils/producer-products"
import { readSignedInActor } from "../utils/signed-in-actor"
import { onboardingProducerFields } from "./query-config"

/** A producer as `onboardingProducerFields` reads it. */
type OnboardingProducerRow = ProducerDTO

type OwnedProducer = { id: string; status: ProducerStatus }

export type OnboarderScope = {
  id: string
  email: string
  name: string
  team: string | null
  village: string | null
  phone: string | null
}

/**
 * The volunteer behind the token. Every /onboarding/* route starts here and scopes by its id;
 * a token whose volunteer was removed or deactivated is refused at once.
 */
export async function resolveOnboarder(
  req: MedusaRequest
): Promise<OnboarderScope> {
  const onboarder = await readSignedInActor<
    OnboarderScope & { deactivated_at: Date | string | null }
  >(req, "onboarder", [
    "id",
    "email",
    "name",
    "team",
    "village",
    "phone",
    "deactivated_at",
  ])
  if (!onboarder) {
    throw new MedusaError(
      MedusaError.Types.UNAUTHORIZED,
      "Sign in again as a tech-team volunteer"
    )
  }
  if (onboarder.deactivated_at) {
    throw new MedusaError(
      MedusaError.Types.UNAUTHORIZED,
      "This volunteer account was deactivated by a commune officer"
    )
  }
  return {
    id: onboarder.id,
    email: onboarder.email,
    name: onboarder.name,
    team: onboarder.team,
    village: onboarder.village,
    phone: onboarder.phone,
  }
}

/**
 * Filters narrowed to one volunteer's producers. Typed loosely because `medusa build`'s
 * generated query types may predate the `onboarder` relation.
 */
export function ownedBy(
  onboarder: { id: string },
  filters: Record<string, unknown> = {}
): Record<string, unknown> {
  return { ...filters, onboarder_id: onboarder.id }
}

/** The producer shape of /onboarding/* answers (consent as one object). */
export function toOnboardingProducer(producer: OnboardingProducerRow) {
  const { consent_given_by, consent_method, consent_at, ...fields } = producer
  return {
    ...fields,
    photos: producer.photos ?? [],
    consent: consentOf({ consent_given_by, consent_method, consent_at }),
  }
}

/**
 * One producer this volunteer onboarded, or the same 404 a missing id gives: another
 * volunteer's producers do not exist for it (no hint, as in the portal).
 */
export async function retrieveOwnedProducer(
  req: MedusaRequest,
  onboarder: OnboarderScope,
  producerId: string
): Promise<OnboardingProducerRow> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: producers } = await query.graph({
    entity: "producer",
    fields: onboardingProducerFields,
    filters: ownedBy(onboarder, { id: producerId }),
  })
  if (!producers[0]) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Producer with id: ${producerId} was not found`
    )
  }
  return producers[0] as OnboardingProducerRow
}

/** The producer's products as the wizard shows them, with the whole OCOP certificate. */
export async function listOnboardingProducts(
  container: MedusaContainer,
  producer: OwnedProducer,
  productIds?: string[]
) {
  const { products, ...readings } = await readProducerProducts(container, {
    producerId: producer.id,
    productIds,
    fields: onboardingProductFields,
    order: "ASC",
  })
  return products.map((product) => {
    const certificate = product.ocop_certificate
    return {
      ...toPortalProduct(product, producer.status, readings),
      ocop_certificate: certificate
        ? {
            stars: certificate.stars,
            displayed_stars: certificate.displayed_stars ?? null,
            decision_number: certificate.decision_number,
            issuing_level: certificate.issuing_level,
            issued_at: certificate.issued_at
              ? new Date(certificate.issued_at).toISOString()
              : null,
            expires_at: new Date(certificate.expires_at).toISOString(),
            image_url: certificate.image_url ?? null,
          }
        : null,
    }
  })
}

/** One product of the producer, or 404 like an unknown id. */
export async function retrieveOnboardingProduct(
  container: MedusaContainer,
  producer: OwnedProducer,
  productId: string
) {
  const [product] = await listOnboardingProducts(container, producer, [
    productId,
  ])
  if (!product) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Product with id: ${productId} was not found`
    )
  }
  return product
}

/**
 * For routes under /onboarding/producers/:id/products/:product_id: checks the producer is the
 * volunteer's own, applies `change` and answers with the product as the wizard now shows it.
 */
export async function changeOnboardingProduct(
  req: MedusaRequest,
  res: MedusaResponse,
  change: (ids: { producer_id: string; product_id: string }) => Promise<unknown>
) {
  const onboarder = await resolveOnboarder(req)
  const producer = await retrieveOwnedProducer(req, onboarder, req.params.id)
  await change({ producer_id: producer.id, product_id: req.params.product_id })
  res.json({
    product: await retrieveOnboardingProduct(
      req.scope,
      producer,
      req.params.product_id
    ),
  })
}

/** The full answer for one producer: its fields, consent, products and checklist. */
export async function refetchOnboardingProducer(
  req: MedusaRequest,
  onboarder: OnboarderScope,
  producerId: string
) {
  const producer = await retrieveOwnedProducer(req, onboarder, producerId)
  const products = await listOnboardingProducts(req.scope, producer)
  return {
    ...toOnboardingProducer(producer),
    products,
    checklist: await checklistOf(req.scope, producerId),
  }
}

/** The checklist of a producer the caller already may see. */
export async function checklistOf(
  container: MedusaContainer,
  producerId: string
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const input = await loadChecklistInput(query, producerId)
  if (!input) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Producer with id: ${producerId} was not found`
    )
  }
  return computeChecklist(input)
}
