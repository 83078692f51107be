import { createAdminHeaders, type RequestHeaders } from "../../utils/admin"
import { prepareMarketDefaults } from "../portal/portal-fixtures"
import {
  producerIn,
  refusal,
  signInOnboarder,
  type SignedInOnboarder,
} from "./onboarding-fixtures"
import type { SuiteContext } from "../../utils/suite"

// Draft → submitted (volunteer) → verified (officer) → suspended (officer, with a
// reason) → verified; every other move is refused with a reason, every move is recorded.

type Status = "draft" | "submitted" | "verified" | "suspended"
type Move = { by: "onboarder" | "officer"; path: string; body: object }

const MOVES: Record<string, Move> = {
  submit: {
    by: "onboarder",
    path: "/onboarding/producers/:id/submit",
    body: {},
  },
  verify: { by: "officer", path: "/admin/producers/:id/verify", body: {} },
  suspend: {
    by: "officer",
    path: "/admin/producers/:id/suspend",
    body: { reason: "Sản phẩm không đúng mô tả" },
  },
  reinstate: {
    by: "officer",
    path: "/admin/producers/:id/reinstate",
    body: { note: "Đã khắc phục" },
  },
}

const LEGAL: [Status, string, Status][] = [
  ["draft", "submit", "submitted"],
  ["submitted", "verify", "verified"],
  ["verified", "suspend", "suspended"],
  ["suspended", "reinstate", "verified"],
  ["suspended", "verify", "verified"],
]
const STATUSES: Status[] = ["draft", "submitted", "verified", "suspended"]
const ILLEGAL = STATUSES.flatMap((from) =>
  Object.keys(MOVES)
    .filter((action) => !LEGAL.some(([f, a]) => f === from && a === action))
    .map((action) => [from, action] as [Status, string])
)

export function lifecycleTests({ api, getContainer }: SuiteContext) {
  let admin: RequestHeaders
  let onboarder: SignedInOnboarder

  beforeEach(async () => {
    const container = getContainer()
    await prepareMarketDefaults(container)
    admin = await createAdminHeaders(container)
    onboarder = await signInOnboarder(api, container)
  })

  const move = (action: string, id: string) => {
    const { by, path, body } = MOVES[action]
    return api.post(
      path.replace(":id", id),
      body,
      by === "officer" ? admin : onboarder
    )
  }

  describe("producer lifecycle", () => {
    it.each(LEGAL)(
      "%s --%s--> %s, recorded with who, when and the note",
      async (from, action, to) => {
        const { producer } = await producerIn(api, onboarder, admin, from)
        const before = Date.now()

        const response = await move(action, producer.id)

        expect(response.status).toEqual(200)
        expect(response.data.producer.status).toEqual(to)
        const { data } = await api.get(
          `/admin/producers/${producer.id}/history`,
          admin
        )
        const last = data.history[data.history.length - 1]
        expect(last).toMatchObject({
          from_status: from,
          to_status: to,
          actor: {
            type: MOVES[action].by === "officer" ? "user" : "onboarder",
          },
        })
        expect(last.actor.id).toBeTruthy()
        expect(Date.parse(last.created_at)).toBeGreaterThanOrEqual(
          before - 1000
        )
        if (action === "suspend") {
          expect(last.note).toEqual("Sản phẩm không đúng mô tả")
        }
      }
    )

    it.each(ILLEGAL)(
      "refuses to move a %s producer with %s (400 with a reason, nothing recorded)",
      async (from, action) => {
        const { producer } = await producerIn(api, onboarder, admin, from)
        const { data: before } = await api.get(
          `/admin/producers/${producer.id}/history`,
          admin
        )

        const response = await refusal(move(action, producer.id))

        expect(response.status).toEqual(400)
        expect(response.data.message).toMatch(
          new RegExp(`^Cannot ${action} this producer: .+`)
        )
        const { data: after } = await api.get(
          `/admin/producers/${producer.id}`,
          admin
        )
        expect(after.producer.status).toEqual(from)
        const { data: history } = await api.get(
          `/admin/producers/${producer.id}/history`,
          admin
        )
        expect(history.count).toEqual(before.count)
      }
    )

    it("keeps the whole history of a producer in order, starting with its registration", async () => {
      const { producer } = await producerIn(api, onboarder, admin, "suspended")
      await move("reinstate", producer.id)

      const { data } = await api.get(
        `/admin/producers/${producer.id}/history`,
        admin
      )
      expect(
        data.history.map((change) => [change.from_status, change.to_status])
      ).toEqual([
        [null, "draft"],
        ["draft", "submitted"],
        ["submitted", "verified"],
        ["verified", "suspended"],
        ["suspended", "verified"],
      ])
      expect(data.history[0].actor).toMatchObject({
        type: "onboarder",
        id: onboarder.id,
        name: expect.stringContaining("Tình nguyện viên"),
      })
    })

    it("refuses a suspension without a reason", async () => {
      const { producer } = await producerIn(api, onboarder, admin, "verified")

      for (const body of [{}, { reason: "   " }]) {
        const response = await refusal(
          api.post(`/admin/producers/${producer.id}/suspend`, body, admin)
        )
        expect(response.status).toEqual(400)
        expect(response.data.message).toMatch(/reason/)
      }
    })

    it("does not let the status be edited around the lifecycle", async () => {
      const { producer } = await producerIn(api, onboarder, admin, "draft")

      const response = await refusal(
        api.post(
          `/admin/producers/${producer.id}`,
          { status: "verified" },
          admin
        )
      )

      expect(response.status).toEqual(400)
      expect(response.data.message).toContain("/verify")
    })

    it("answers 404 for a producer that does not exist", async () => {
      const response = await refusal(move("verify", "prdcr_missing"))
      expect(response.status).toEqual(404)
    })
  })
}
