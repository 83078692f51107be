import { beforeEach, describe, expect, it, vi } from "vitest"
import { zaloOffered } from "../channels"
import { sendPhoneCode, signUpWithPhone } from "../phone-sign-up"

// The phone sign-up's actions with Next's request scope and the backend replaced by a local
// stand-in at the HTTP boundary: what goes out, which cookies are kept, what the forms get back.
const backend = vi.hoisted(() => vi.fn())
const kept = vi.hoisted(
  () => [] as { name: string; value: string; options: unknown }[]
)

vi.mock("server-only", () => ({}))
vi.mock("@medusajs/js-sdk", () => ({ FetchError: class extends Error {} }))
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: () => undefined,
    set: (name: string, value: string, options: unknown) => {
      kept.push({ name, value, options })
    },
    delete: () => {},
  }),
  headers: async () => new Headers(),
}))
vi.mock("@/lib/data/shared/store-fetch", () => ({
  uncachedStoreFetch: backend,
}))

const refused = (status: number, message = "refused") =>
  Object.assign(new Error(message), { status })

function form(fields: Record<string, string>) {
  const data = new FormData()
  for (const [name, value] of Object.entries(fields)) data.set(name, value)
  return data
}

const SENT = { phone: "+84912345678", challenge: "1765000000.c2lnbmVk" }

beforeEach(() => {
  backend.mockReset()
  kept.length = 0
})

describe("zaloOffered", () => {
  it("offers the phone only when the market says it has Zalo", async () => {
    backend.mockResolvedValueOnce({ zalo: true })
    expect(await zaloOffered()).toBe(true)
    backend.mockResolvedValueOnce({ zalo: false })
    expect(await zaloOffered()).toBe(false)
  })

  it("falls back to email alone when the backend does not answer", async () => {
    backend.mockRejectedValueOnce(refused(502))
    expect(await zaloOffered()).toBe(false)
  })
})

describe("sendPhoneCode", () => {
  it("asks for a code to the number as typed and keeps the challenge for the next step", async () => {
    backend.mockResolvedValueOnce(SENT)
    expect(
      await sendPhoneCode(
        { sent: null },
        form({ locale: "vi", phone: "0912 345 678" })
      )
    ).toEqual({ sent: SENT })
    expect(backend).toHaveBeenCalledWith("/store/phone-verifications", {
      method: "POST",
      body: { phone: "0912 345 678" },
      locale: "vi",
    })
  })

  it("says phone sign-up is not open when the backend has no sign-up codes", async () => {
    backend.mockRejectedValueOnce(refused(404))
    expect(
      await sendPhoneCode(
        { sent: null },
        form({ locale: "vi", phone: "0912 345 678" })
      )
    ).toEqual({ sent: null, problem: "phoneClosed" })
  })

  it("marks the number when it is not Vietnamese", async () => {
    backend.mockRejectedValueOnce(refused(400, "Invalid request: phone: …"))
    expect(
      await sendPhoneCode(
        { sent: null },
        form({ locale: "en", phone: "+1 202 555 0100" })
      )
    ).toEqual({ sent: null, problem: "phoneInvalid" })
  })

  it("keeps the code already sent when a resend is refused as too many, with the backend's sentence", async () => {
    backend.mockRejectedValueOnce(
      refused(429, "Quá nhiều lần thử, hãy thử lại sau 10 phút")
    )
    expect(
      await sendPhoneCode(
        { sent: SENT },
        form({ locale: "vi", phone: SENT.phone })
      )
    ).toEqual({
      sent: SENT,
      problem: "tooMany",
      message: "Quá nhiều lần thử, hãy thử lại sau 10 phút",
    })
  })

  it("asks for a number without calling the backend when none was typed", async () => {
    expect(
      await sendPhoneCode({ sent: null }, form({ locale: "vi", phone: " " }))
    ).toEqual({ sent: null, problem: "required" })
    expect(backend).not.toHaveBeenCalled()
  })
})

describe("signUpWithPhone", () => {
  const filled = (fields: Record<string, string> = {}) =>
    form({
      locale: "vi",
      ...SENT,
      code: "042 917",
      name: "Nguyễn Thị Lan",
      password: "dau tay da lat",
      ...fields,
    })

  it("registers the phone with its code, creates the customer without an email, signs in with the phone and opens the account", async () => {
    backend
      .mockResolvedValueOnce({ token: "registration" })
      .mockResolvedValueOnce({ customer: { id: "cus_1" } })
      .mockResolvedValueOnce({ token: "session" })
    await expect(
      signUpWithPhone({ status: "idle" }, filled())
    ).rejects.toMatchObject({
      digest: expect.stringContaining(";/vi/account;"),
    })
    expect(backend.mock.calls.map(([path]) => path)).toEqual([
      "/auth/customer/emailpass/register",
      "/store/customers",
      "/auth/customer/emailpass",
    ])
    expect(backend.mock.calls[0][1].body).toEqual({
      email: "+84912345678",
      password: "dau tay da lat",
      code: "042917",
      challenge: SENT.challenge,
    })
    expect(backend.mock.calls[1][1]).toMatchObject({
      body: { first_name: "Nguyễn Thị Lan" },
      headers: { authorization: "Bearer registration" },
    })
    expect(backend.mock.calls[2][1].body).toEqual({
      email: "+84912345678",
      password: "dau tay da lat",
    })
    expect(
      kept.find((c) => c.name === "_xuan_tho_customer_token")
    ).toMatchObject({ value: "session", options: { httpOnly: true } })
  })

  it("marks the code when the backend says it is wrong or expired, and creates nothing", async () => {
    backend.mockRejectedValueOnce(
      refused(
        400,
        "Invalid request: Mã xác nhận sai hoặc đã hết hạn: hãy xin mã mới / The code is wrong or has expired: ask for a new one"
      )
    )
    expect(await signUpWithPhone({ status: "idle" }, filled())).toEqual({
      status: "error",
      fieldErrors: { code: "codeWrong" },
    })
    expect(backend).toHaveBeenCalledTimes(1)
    expect(kept).toEqual([])
  })

  it("says the number already has an account", async () => {
    backend.mockRejectedValueOnce(
      refused(401, "Identity with email already exists")
    )
    expect(await signUpWithPhone({ status: "idle" }, filled())).toEqual({
      status: "error",
      fieldErrors: { phone: "phoneTaken" },
    })
  })

  it("refuses a code that is not six digits and a short password without asking the backend", async () => {
    expect(
      await signUpWithPhone(
        { status: "idle" },
        filled({ code: "4291", password: "123456" })
      )
    ).toEqual({
      status: "error",
      fieldErrors: { code: "codeInvalid", password: "passwordShort" },
    })
    expect(backend).not.toHaveBeenCalled()
  })
})
