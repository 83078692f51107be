import { Modules } from "@medusajs/framework/utils"
import {
  prepareMarketDefaults,
  seedProducerWithProduct,
} from "./portal-fixtures"
import type { SuiteContext } from "../../utils/suite"

export function portalPasswordResetTests({ api, getContainer }: SuiteContext) {
  const waitForResetEmail = async (email: string) => {
    const notifications = getContainer().resolve(Modules.NOTIFICATION)
    for (let attempt = 0; attempt < 50; attempt++) {
      const [sent] = await notifications.listNotifications({ to: email })
      if (sent) return sent
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    throw new Error(`no reset email was sent to ${email}`)
  }

  it("emails a reset link whose token sets a new password for the member", async () => {
    const container = getContainer()
    const market = await prepareMarketDefaults(container)
    const { member } = await seedProducerWithProduct(api, container, market)

    const requested = await api.post(
      "/auth/producer/emailpass/reset-password",
      { identifier: member.email }
    )
    expect(requested.status).toEqual(201)

    const email = await waitForResetEmail(member.email)
    expect(email).toMatchObject({
      channel: "email",
      template: "producer-password-reset",
    })
    const link = new URL(email.data!.reset_url as string)
    expect(link.pathname).toEqual("/vi/portal/reset-password")
    expect(link.searchParams.get("email")).toEqual(member.email)

    await api.post(
      "/auth/producer/emailpass/update",
      { email: member.email, password: "mat-khau-moi-2026" },
      {
        headers: {
          authorization: `Bearer ${link.searchParams.get("token")}`,
        },
      }
    )
    const signedIn = await api.post("/auth/producer/emailpass", {
      email: member.email,
      password: "mat-khau-moi-2026",
    })
    expect(signedIn.data.token).toEqual(expect.any(String))
    const old = await api
      .post("/auth/producer/emailpass", {
        email: member.email,
        password: member.password,
      })
      .catch((error) => error.response)
    expect(old.status).toEqual(401)
  })

  it("opens the emailed link in English when the member asked from the English portal", async () => {
    const container = getContainer()
    const market = await prepareMarketDefaults(container)
    const { member } = await seedProducerWithProduct(api, container, market)

    await api.post("/auth/producer/emailpass/reset-password", {
      identifier: member.email,
      metadata: { locale: "en" },
    })

    const email = await waitForResetEmail(member.email)
    const link = new URL(email.data!.reset_url as string)
    expect(link.pathname).toEqual("/en/portal/reset-password")
  })
}
