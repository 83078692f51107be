import type {
  MedusaContainer,
  RemoteQueryFunction,
} from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import {
  computeChecklist,
  variantPricesOf,
  type PricedProductRow,
} from "../../../utils/producer-checklist"
import { allowedActions } from "../../../utils/producer-lifecycle"
import type { Marketplace } from "../../../types/marketplace/module"
import type { OcopIssuingLevel } from "../../../types/ocop/module"
import type { ProducerDTO } from "../../../types/producer/module"
import { consentOf } from "../../utils/producer-consent"
import { adminProducerDetailFields } from "./query-config"

/** A product of a producer as `adminProducerDetailFields` reads it. */
type AdminProducerProductRow = {
  id: string
  title: string
  handle: string
  status: string
  thumbnail: string | null
  ocop_certificate: {
    stars: number
    decision_number: string
    issuing_level: OcopIssuingLevel
    issued_at: Date | string
    expires_at: Date | string
    image_url: string | null
  } | null
  marketplace_listings:
    ({ id: string; marketplace: Marketplace; url: string } | null)[] | null
}

/** A producer as `adminProducerDetailFields` reads it. */
type AdminProducerRow = ProducerDTO & {
  onboarder: {
    id: string
    name: string
    team: string | null
    village: string | null
  } | null
  products: (AdminProducerProductRow | null)[] | null
}

type StatusChangeRow = {
  id: string
  from_status: ProducerDTO["status"] | null
  to_status: ProducerDTO["status"]
  actor_type: string
  actor_id: string
  note: string | null
  created_at: Date | string
}

/**
 * Re-reads a producer for an admin response: its products with certificate and listings, the
 * consent record, the checklist and the lifecycle actions an officer may take now.
 */
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
  const producer = producers[0] as AdminProducerRow
  const products = (producer.products ?? []).filter(
    (product): product is AdminProducerProductRow => !!product
  )
  const { data: priced } = products.length
    ? await query.graph({
        entity: "product",
        fields: ["id", "variants.prices.amount"],
        filters: { id: products.map((product) => product.id) },
      })
    : { data: [] }
  const prices = priced as (PricedProductRow & { id: string })[]
  const checklist = computeChecklist({
    ...producer,
    products: products.map((product) => ({
      prices: variantPricesOf(
        prices.find((row) => row.id === product.id) ?? {}
      ),
      has_certificate: !!product.ocop_certificate,
      listing_count: (product.marketplace_listings ?? []).filter(Boolean)
        .length,
    })),
  })
  return {
    ...producer,
    products,
    consent: consentOf(producer),
    checklist,
    allowed_actions: allowedActions(producer.status),
  }
}

type QueryGraph = Pick<RemoteQueryFunction, "graph">

/** Names the officers and volunteers of a history, so the admin shows people, not ids. */
async function actorNames(query: QueryGraph, changes: StatusChangeRow[]) {
  const idsOf = (type: string) => [
    ...new Set(
      changes
        .filter((change) => change.actor_type === type)
        .map((change) => change.actor_id)
    ),
  ]
  const names = new Map<string, string>()
  const userIds = idsOf("user")
  if (userIds.length) {
    const { data: users } = await query.graph({
      entity: "user",
      fields: ["id", "email", "first_name", "last_name"],
      filters: { id: userIds },
    })
    for (const user of users as {
      id: string
      email: string
      first_name: string | null
      last_name: string | null
    }[]) {
      const name = [user.first_name, user.last_name].filter(Boolean).join(" ")
      names.set(user.id, name || user.email)
    }
  }
  const onboarderIds = idsOf("onboarder")
  if (onboarderIds.length) {
    const { data: onboarders } = await query.graph({
      entity: "onboarder",
      fields: ["id", "name"],
      filters: { id: onboarderIds },
    })
    for (const onboarder of onboarders as { id: string; name: string }[]) {
      names.set(onboarder.id, onboarder.name)
    }
  }
  return names
}

/** The same 404 every officer route gives for a producer id that does not exist. */
export async function assertProducerExists(query: QueryGraph, id: string) {
  const { data: producers } = await query.graph({
    entity: "producer",
    fields: ["id"],
    filters: { id },
  })
  if (!producers[0]) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Producer with id: ${id} was not found`
    )
  }
}

/** Every status change of one producer, oldest first; 404 when the producer does not exist. */
export async function listProducerHistory(query: QueryGraph, id: string) {
  await assertProducerExists(query, id)
  const { data: changes } = await query.graph({
    entity: "producer_status_change",
    fields: [
      "id",
      "from_status",
      "to_status",
      "actor_type",
      "actor_id",
      "note",
      "created_at",
    ],
    filters: { producer_id: id },
    pagination: { order: { created_at: "ASC" } },
  })
  const rows = changes as StatusChangeRow[]
  const names = await actorNames(query, rows)
  return rows.map((change) => ({
    id: change.id,
    from_status: change.from_status,
    to_status: change.to_status,
    actor: {
      type: change.actor_type,
      id: change.actor_id,
      name: names.get(change.actor_id) ?? null,
    },
    note: change.note ?? null,
    created_at: new Date(change.created_at).toISOString(),
  }))
}
