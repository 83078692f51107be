import { PRODUCER_STATUSES } from "../../types/producer/module"
import {
  allowedActions,
  checkTransition,
  PRODUCER_ACTIONS,
} from "../producer-lifecycle"

const LEGAL = [
  ["draft", "submit", "submitted"],
  ["submitted", "verify", "verified"],
  ["suspended", "verify", "verified"],
  ["verified", "suspend", "suspended"],
  ["suspended", "reinstate", "verified"],
] as const

describe("producer lifecycle", () => {
  it.each(LEGAL)("%s --%s--> %s", (from, action, to) => {
    expect(checkTransition(from, action)).toEqual({ ok: true, to })
  })

  const illegal = PRODUCER_STATUSES.flatMap((from) =>
    PRODUCER_ACTIONS.filter(
      (action) =>
        !LEGAL.some(([legalFrom, a]) => legalFrom === from && a === action)
    ).map((action) => [from, action] as const)
  )

  it("refuses the 11 other pairs, each with a reason to act on", () => {
    expect(illegal).toHaveLength(11)
    for (const [from, action] of illegal) {
      const check = checkTransition(from, action)
      expect(check.ok).toBe(false)
      if (!check.ok) {
        expect(check.reason).toMatch(
          new RegExp(`^Cannot ${action} this producer: \\w`)
        )
      }
    }
  })

  it("offers an officer verify and reinstate for a suspended producer", () => {
    expect(allowedActions("suspended")).toEqual(["verify", "reinstate"])
    expect(allowedActions("draft")).toEqual(["submit"])
  })
})
