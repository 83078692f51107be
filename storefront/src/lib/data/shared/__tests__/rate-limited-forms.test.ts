import { beforeEach, describe, expect, it, vi } from "vitest"
import { orderFailure } from "@/lib/data/checkout/completion"
import { acceptInvite } from "@/lib/data/portal/invite"
import { requestPasswordReset } from "@/lib/data/portal/session"
import { formFailure } from "../form-input"
import { signIn } from "../sign-in"

// Every form whose backend call is rate-limited shows the backend's 429 sentence, asked for in
// the form's language, instead of its generic error.
const backend = vi.hoisted(() => vi.fn())

vi.mock("server-only", () => ({}))
// Only its error class is used, and the refusals below are plain errors with a status.
vi.mock("@medusajs/js-sdk", () => ({ FetchError: class extends Error {} }))
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => undefined, set: () => {} }),
  headers: async () => new Headers(),
}))
vi.mock("../store-fetch", () => ({ uncachedStoreFetch: backend }))

const SENTENCE = {
  vi: "Bạn đã thử quá nhiều lần. Vui lòng thử lại sau 15 phút.",
  en: "Too many attempts. Please try again in 15 minutes.",
}

function form(fields: Record<string, string>) {
  const data = new FormData()
  for (const [name, value] of Object.entries(fields)) data.set(name, value)
  return data
}

beforeEach(() => {
  backend.mockReset()
  backend.mockImplementation(
    async (_path: string, init: { locale?: "vi" | "en" }) => {
      throw Object.assign(new Error(SENTENCE[init.locale ?? "vi"]), {
        status: 429,
        statusText: "Too Many Requests",
      })
    }
  )
})

const tooMany = (locale: "vi" | "en") => ({
  status: "error",
  reason: "tooMany",
  message: SENTENCE[locale],
})

describe("forms after too many tries", () => {
  it.each(["producer", "onboarder"] as const)(
    "the %s sign-in",
    async (actor) => {
      const credentials = {
        locale: "en",
        email: "member@example.vn",
        password: "wrong-password",
      }
      expect(
        await signIn(actor, { status: "idle" }, form(credentials))
      ).toEqual(tooMany("en"))
      expect(backend).toHaveBeenCalledWith(`/auth/${actor}/emailpass`, {
        method: "POST",
        body: { email: "member@example.vn", password: "wrong-password" },
        locale: "en",
      })
    }
  )

  it("the password reset request", async () => {
    const request = form({ locale: "vi", email: "member@example.vn" })
    expect(await requestPasswordReset({ status: "idle" }, request)).toEqual(
      tooMany("vi")
    )
  })

  it("the invite acceptance", async () => {
    const acceptance = form({
      locale: "en",
      token: "invite-token",
      email: "member@example.vn",
      password: "a-long-password",
      confirm: "a-long-password",
    })
    expect(await acceptInvite({ status: "idle" }, acceptance)).toEqual(
      tooMany("en")
    )
    expect(backend.mock.calls[0][0]).toBe("/invites/invite-token/accept")
  })

  it("the checkout's place-order and the upload forms", () => {
    const refusal = Object.assign(new Error(SENTENCE.vi), {
      status: 429,
      statusText: "Too Many Requests",
    })
    expect(orderFailure(refusal)).toEqual({
      formError: "tooMany",
      formMessage: SENTENCE.vi,
    })
    expect(formFailure(refusal, ["photos"])).toEqual(tooMany("vi"))
  })

  it("shows the backend's sentence when the shopper already holds too many unpaid transfer orders", () => {
    const sentence =
      "Bạn đang có 3 đơn chưa thanh toán: hãy chuyển khoản cho các đơn đó hoặc chờ chúng hết hạn trước khi đặt thêm."
    const refusal = Object.assign(new Error(sentence), { status: 409 })
    expect(orderFailure(refusal)).toEqual({
      formError: "unpaidLimit",
      formMessage: sentence,
    })
  })
})
