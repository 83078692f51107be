import { Modules } from "@medusajs/framework/utils"
import { settled } from "../../utils/api"
import {
  type CheckoutWorld,
  createCheckoutWorld,
  eventually,
  prepareVietqrCart,
  SHIPPING_ADDRESS,
} from "../checkout/fixtures"
import type { SuiteContext } from "../../utils/suite"

// Shoppers make their own accounts, keep addresses the checkout offers, and bring a guest order
// into their history only through a link sent to that order's own email.

const PASSWORD = "dau-tay-xuan-tho-2026"
let sequence = 0

export function shopperAccountsTests({ api, getContainer }: SuiteContext) {
  let world: CheckoutWorld

  beforeEach(async () => {
    world = await createCheckoutWorld(getContainer())
  })

  const store = (extra: Record<string, string> = {}) => ({
    headers: { ...world.headers, ...extra },
  })

  /** Signs up as the storefront does: identity, customer, then a session token. */
  async function signUp(email = `khach-${++sequence}@xuantho.test`) {
    const {
      data: { token: registration },
    } = await api.post("/auth/customer/emailpass/register", {
      email,
      password: PASSWORD,
    })
    await api.post(
      "/store/customers",
      { email, first_name: "Lan" },
      store({ authorization: `Bearer ${registration}` })
    )
    const {
      data: { token },
    } = await api.post("/auth/customer/emailpass", {
      email,
      password: PASSWORD,
    })
    return { email, signedIn: store({ authorization: `Bearer ${token}` }) }
  }

  it("refuses a weak password at sign-up, naming the field, and creates nothing", async () => {
    const refused = await settled(
      api.post("/auth/customer/emailpass/register", {
        email: "yeu@xuantho.test",
        password: "1234567890",
      })
    )
    expect(refused.status).toBe(400)
    expect(refused.data.errors![0].field).toBe("password")
    const signIn = await settled(
      api.post("/auth/customer/emailpass", {
        email: "yeu@xuantho.test",
        password: "1234567890",
      })
    )
    expect(signIn.status).toBe(401)
  })

  it("keeps a saved address in the cart's form, and refuses one that is not Vietnamese, field by field", async () => {
    const { signedIn } = await signUp()
    const refused = await settled(
      api.post(
        "/store/customers/me/addresses",
        { ...SHIPPING_ADDRESS, phone: "12345", province: "Tỉnh Không Có" },
        signedIn
      )
    )
    expect(refused.status).toBe(400)
    expect(
      refused.data.errors!.map((error: { field: string }) => error.field)
    ).toEqual(["phone", "province"])
    const incomplete = await settled(
      api.post(
        "/store/customers/me/addresses",
        { first_name: "Lan", address_1: "12 Hùng Vương" },
        signedIn
      )
    )
    expect(incomplete.status).toBe(400)
    expect(
      incomplete.data.errors!.map((error: { field: string }) => error.field)
    ).toEqual(["phone", "province", "city"])

    const { data } = await api.post(
      "/store/customers/me/addresses",
      SHIPPING_ADDRESS,
      signedIn
    )
    expect(data.customer.addresses).toHaveLength(1)
    expect(data.customer.addresses[0]).toMatchObject({
      phone: "+84912345678",
      province: "Lâm Đồng",
      city: "Phường Xuân Trường - Đà Lạt",
      country_code: "vn",
    })
  })

  it("attaches a guest order only after the link sent to the order's email is followed", async () => {
    const { cartId } = await prepareVietqrCart(api, world)
    const {
      data: { order },
    } = await api.post(`/store/carts/${cartId}/complete`, {}, store())
    const { signedIn } = await signUp()

    const withoutProof = await settled(
      api.post(`/store/orders/${order.id}/transfer/request`, {}, signedIn)
    )
    expect(withoutProof.status).toBe(404)

    const {
      data: { proof },
    } = await api.post(
      "/store/order-lookup",
      { display_id: order.display_id, contact: "lan@example.vn" },
      store()
    )
    const requested = await api.post(
      `/store/orders/${order.id}/transfer/request`,
      {},
      { headers: { ...signedIn.headers, "x-order-proof": proof } }
    )
    expect(requested.status).toBe(200)

    const notifications = getContainer().resolve(Modules.NOTIFICATION)
    const sent = await eventually(async () => {
      const [found] = await notifications.listNotifications({
        to: "lan@example.vn",
        template: "order-transfer-requested",
      })
      return found
    })
    const acceptUrl = new URL(String(sent.data?.accept_url))
    expect(acceptUrl.pathname).toBe("/vi/account/orders/transfer")
    expect(acceptUrl.searchParams.get("order")).toBe(order.id)
    const token = acceptUrl.searchParams.get("token")!

    const history = async () =>
      (await api.get("/store/orders?fields=id", signedIn)).data.orders.map(
        (listed: { id: string }) => listed.id
      )
    expect(await history()).toEqual([])

    const guessed = await settled(
      api.post(
        `/store/orders/${order.id}/transfer/accept`,
        { token: "00000000-0000-4000-8000-000000000000" },
        store()
      )
    )
    expect(guessed.status).toBe(404)
    expect(JSON.stringify(guessed.data)).not.toContain("lan@example.vn")

    const accepted = await api.post(
      `/store/orders/${order.id}/transfer/accept`,
      { token },
      store()
    )
    expect(accepted.status).toBe(200)
    expect(await history()).toEqual([order.id])
    const mine = await api.get(
      `/store/orders/${order.id}?fields=id,email`,
      signedIn
    )
    expect(mine.data.order.id).toBe(order.id)
  })
}
