import type {
  MedusaContainer,
  RemoteQueryFunction,
} from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { computeChecklist } from "../../../utils/producer-checklist"
import { allowedActions } from "../../../utils/producer-lifecycle"
import type { ProducerStatus } from "../../../types/producer/module"
import { adminProducerDetailFields } from "./query-config"

type Row = Record<string, any>

/** The consent record as one object, or null for producers registered without a volunteer. */
export function consentOf(producer: Row) {
  return producer.consent_given_by
    ? {
        given_by: producer.consent_given_by as string,
        method: producer.consent_method as string,
        given_at: producer.consent_at
          ? new Date(producer.consent_at).toISOString()
          : null,
      }
    : null
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
  const producer = producers[0] as Row
  const products = ((producer.products ?? []) as (Row | null)[]).filter(
    (product): product is Row => !!product
  )
  const { data: prices } = products.length
    ? await query.graph({
        entity: "product",
        fields: ["id", "variants.prices.amount"],
        filters: { id: products.map((product) => product.id) },
      })
    : { data: [] as Row[] }
  const checklist = computeChecklist({
    ...producer,
    products: products.map((product) => ({
      prices: (
        (prices as Row[]).find((row) => row.id === product.id)?.variants ?? []
      ).flatMap((variant: Row | null) =>
        (variant?.prices ?? []).map((price: Row | null) =>
          Number(price?.amount ?? 0)
        )
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
    allowed_actions: allowedActions(producer.status as ProducerStatus),
  }
}

type QueryGraph = Pick<RemoteQueryFunction, "graph">

/** Names the officers and volunteers of a history, so the admin shows people, not ids. */
async function actorNames(query: QueryGraph, changes: Row[]) {
  const idsOf = (type: string) => [
    ...new Set(
      changes
        .filter((change) => change.actor_type === type)
        .map((change) => change.actor_id as string)
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
    for (const user of users as Row[]) {
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
    for (const onboarder of onboarders as Row[]) {
      names.set(onboarder.id, onboarder.name)
    }
  }
  return names
}

/** Every status change of one producer, oldest first; 404 when the producer does not exist. */
export async function listProducerHistory(query: QueryGraph, id: string) {
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
  const names = await actorNames(query, changes as Row[])
  return (changes as Row[]).map((change) => ({
    id: change.id as string,
    from_status: change.from_status as ProducerStatus | null,
    to_status: change.to_status as ProducerStatus,
    actor: {
      type: change.actor_type as string,
      id: change.actor_id as string,
      name: names.get(change.actor_id) ?? null,
    },
    note: (change.note as string | null) ?? null,
    created_at: new Date(change.created_at).toISOString(),
  }))
}
