import type { ProducerStatus } from "../types/producer/module"

/** Who sends a producer's invite: the volunteer who registered it or a commune officer. */
export type Inviter = "onboarder" | "officer"

/** A refusal: `forbidden` when the inviter lacks the right, `not_allowed` when nobody has it now. */
export type Refusal = { kind: "forbidden" | "not_allowed"; message: string }

/**
 * Why this inviter may not invite a member of a producer in this status, or null when it may.
 * A volunteer brings the first members of a producer still being registered; once an officer
 * has verified it, a portal login opens prices, stock and shoppers' addresses, so only officers
 * add people. A suspended producer takes nobody new.
 */
export function inviteRefusal(
  inviter: Inviter,
  producerStatus: ProducerStatus
): Refusal | null {
  if (producerStatus === "suspended") {
    return {
      kind: "not_allowed",
      message:
        "This producer is suspended: no invite can be sent until a commune officer reinstates it.",
    }
  }
  if (inviter === "onboarder" && producerStatus === "verified") {
    return {
      kind: "forbidden",
      message:
        "This producer is verified: new members are invited by a commune officer in Medusa Admin.",
    }
  }
  return null
}

/**
 * Why a member of a producer in this status may not change anything, or null when it may. A
 * suspended producer's members can still read their listings and orders.
 */
export function memberWriteRefusal(
  producerStatus: ProducerStatus
): string | null {
  return producerStatus === "suspended"
    ? "This producer is suspended: you can view your listings and orders, but changes are blocked until a commune officer reinstates it."
    : null
}
