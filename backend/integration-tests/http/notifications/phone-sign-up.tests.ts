import { settled } from "../../utils/api"
import { createStoreContext, type StoreContext } from "../../utils/store"
import type { ZaloStandIn } from "../../utils/zalo-stand-in"
import type { SuiteContext } from "../../utils/suite"

// Where Zalo carries messages, a shopper may sign up with a phone: Zalo brings the code that
// proves the number is theirs, and the account's identifier is the number in E.164.

const PASSWORD = "dau-tay-xuan-tho-2026"

export function phoneSignUpTests(
  { api, getContainer }: Pick<SuiteContext, "api" | "getContainer">,
  zalo: () => ZaloStandIn
) {
  let market: StoreContext

  beforeEach(async () => {
    market = await createStoreContext(getContainer())
  })

  async function askForCode(phone: string) {
    const { status, data } = await api.post(
      "/store/phone-verifications",
      { phone },
      { headers: market.headers }
    )
    expect(status).toBe(202)
    const sent = zalo()
      .delivered()
      .find((call) => call.body.phone === "84912345678")
    return {
      challenge: data.challenge as string,
      code: String(sent?.body.template_data?.code),
    }
  }

  it("sends the code on Zalo, refuses a wrong one, and signs the phone's owner up and in (stand-in)", async () => {
    const { challenge, code } = await askForCode("0912 345 678")
    expect(code).toMatch(/^\d{6}$/)

    const wrongCode = code === "000000" ? "111111" : "000000"
    const refused = await settled(
      api.post("/auth/customer/emailpass/register", {
        email: "0912 345 678",
        password: PASSWORD,
        code: wrongCode,
        challenge,
      })
    )
    expect(refused.status).toBe(400)
    expect(refused.data.errors![0].field).toBe("code")

    const registered = await settled(
      api.post("/auth/customer/emailpass/register", {
        email: "0912 345 678",
        password: PASSWORD,
        code,
        challenge,
      })
    )
    expect(registered.data).toEqual({ token: expect.any(String) })
    const registration =
      "token" in registered.data ? String(registered.data.token) : ""
    const created = await settled(
      api.post(
        "/store/customers",
        { first_name: "Lan", phone: "0999 999 999" },
        {
          headers: {
            ...market.headers,
            authorization: `Bearer ${registration}`,
          },
        }
      )
    )
    expect(created.data).toMatchObject({
      customer: { phone: "+84912345678", email: null },
    })

    const signedIn = await api.post("/auth/customer/emailpass", {
      email: "091 234 5678",
      password: PASSWORD,
    })
    expect(signedIn.data.token).toBeTruthy()
  })

  it("refuses a phone sign-up without a code, and a code sent to another number", async () => {
    const { challenge, code } = await askForCode("0912 345 678")
    for (const attempt of [
      { email: "0912 345 678", password: PASSWORD },
      { email: "0987 654 321", password: PASSWORD, code, challenge },
    ]) {
      const refused = await settled(
        api.post("/auth/customer/emailpass/register", attempt)
      )
      expect(refused.status).toBe(400)
      expect(refused.data.errors![0].field).toBe("code")
    }
  })
}
