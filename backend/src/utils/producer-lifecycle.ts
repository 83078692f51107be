import type { ProducerStatus } from "../types/producer/module"

/**
 * The producer lifecycle: a volunteer submits a draft, an officer verifies it,
 * suspends it with a reason and reinstates it. Anything else is refused with a reason a
 * person can act on.
 */
export const PRODUCER_ACTIONS = [
  "submit",
  "verify",
  "suspend",
  "reinstate",
] as const
export type ProducerAction = (typeof PRODUCER_ACTIONS)[number]

type Transition = { from: ProducerStatus[]; to: ProducerStatus }

export const PRODUCER_TRANSITIONS: Record<ProducerAction, Transition> = {
  submit: { from: ["draft"], to: "submitted" },
  // An officer's "verify" also lifts a suspension: the admin has one button for both.
  verify: { from: ["submitted", "suspended"], to: "verified" },
  suspend: { from: ["verified"], to: "suspended" },
  reinstate: { from: ["suspended"], to: "verified" },
}

const WHY_NOT: Record<ProducerAction, Record<ProducerStatus, string>> = {
  submit: {
    draft: "",
    submitted:
      "it is already submitted and waits for a commune officer to verify it",
    verified: "it is already verified and selling",
    suspended:
      "it is suspended: only a commune officer can reinstate it after checking the reason",
  },
  verify: {
    draft:
      "it is still a draft: the volunteer must complete the checklist and submit it first",
    submitted: "",
    verified: "it is already verified",
    suspended: "",
  },
  suspend: {
    draft: "it is a draft and sells nothing yet: there is nothing to suspend",
    submitted:
      "it is not verified yet: leave it unverified instead of suspending it",
    verified: "",
    suspended: "it is already suspended",
  },
  reinstate: {
    draft: "it was never verified: it has to be submitted and verified",
    submitted: "it was never verified: verify it instead",
    verified: "it is already verified",
    suspended: "",
  },
}

export type TransitionCheck =
  { ok: true; to: ProducerStatus } | { ok: false; reason: string }

/** Whether `action` may move a producer out of `from`, and where to. */
export function checkTransition(
  from: ProducerStatus,
  action: ProducerAction
): TransitionCheck {
  const transition = PRODUCER_TRANSITIONS[action]
  if (transition.from.includes(from)) {
    return { ok: true, to: transition.to }
  }
  return {
    ok: false,
    reason: `Cannot ${action} this producer: ${WHY_NOT[action][from]}.`,
  }
}

/** Every (from, action) pair, for tests and the admin's buttons. */
export function allowedActions(from: ProducerStatus): ProducerAction[] {
  return PRODUCER_ACTIONS.filter((action) => checkTransition(from, action).ok)
}
