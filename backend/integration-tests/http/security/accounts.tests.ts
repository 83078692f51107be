import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createAdminHeaders, type RequestHeaders } from "../../utils/admin"
import { settled } from "../../utils/api"
import { createStoreContext, type StoreContext } from "../../utils/store"
import { createDraft, signInOnboarder } from "../onboarding/onboarding-fixtures"
import {
  prepareMarketDefaults,
  seedProducerWithProduct,
  signInProducerMember,
} from "../portal/portal-fixtures"
import type { SuiteContext } from "../../utils/suite"

// Members come only from invites and volunteers only from officers; an officer's removal or
// deactivation ends access at the next request; a suspended producer's members only read.

export function accountsTests({ api, getContainer }: SuiteContext) {
  let admin: RequestHeaders
  let market: StoreContext

  beforeEach(async () => {
    const container = getContainer()
    await prepareMarketDefaults(container)
    admin = await createAdminHeaders(container)
    market = await createStoreContext(container)
  })

  it("refuses self-registration as a producer member or a volunteer, not as a shopper", async () => {
    for (const actor of ["producer", "onboarder"]) {
      const response = await settled(
        api.post(`/auth/${actor}/emailpass/register`, {
          email: `ai-do-${actor}@la.test`,
          password: "mat-khau-rat-dai-2026",
        })
      )
      expect(response.status).toEqual(403)
      expect(response.data.message).toContain("invitation")
      const signIn = await settled(
        api.post(`/auth/${actor}/emailpass`, {
          email: `ai-do-${actor}@la.test`,
          password: "mat-khau-rat-dai-2026",
        })
      )
      expect(signIn.status).toEqual(401)
    }
    const shopper = await api.post("/auth/customer/emailpass/register", {
      email: "khach-moi@la.test",
      password: "mat-khau-rat-dai-2026",
    })
    expect(shopper.status).toEqual(200)
  })

  it("holds every new password to the rule: invite, reset and an officer's new volunteer", async () => {
    const volunteer = await signInOnboarder(api, getContainer())
    const draft = await createDraft(api, volunteer)
    const {
      data: { invite },
    } = await api.post(
      `/onboarding/producers/${draft.id}/invites`,
      { email: "moi@htx.test" },
      volunteer
    )
    const token = invite.url.split("/").pop()
    for (const password of ["ngan", "1234567890", "MatKhau123"]) {
      const refused = await settled(
        api.post(`/invites/${token}/accept`, { password })
      )
      expect(refused.status).toEqual(400)
      expect(refused.data.errors?.[0]?.field).toEqual("password")
    }
    const opened = await api.get(`/invites/${token}`)
    expect(opened.status).toEqual(200)

    const reset = await settled(
      api.post(
        "/auth/producer/emailpass/update",
        { email: "moi@htx.test", password: "anhyeuem123" },
        { headers: { authorization: "Bearer khong-quan-trong" } }
      )
    )
    expect(reset.status).toEqual(400)
    expect(reset.data.errors?.[0]?.field).toEqual("password")

    const officerMade = await settled(
      api.post(
        "/admin/onboarders",
        {
          email: "tnv@xuantho.test",
          name: "Tình nguyện viên",
          password: "password123",
        },
        admin
      )
    )
    expect(officerMade.status).toEqual(400)
    expect(officerMade.data.errors?.map((error) => error.field)).toEqual([
      "password",
    ])
    const { data } = await api.get("/admin/onboarders", admin)
    expect(JSON.stringify(data)).not.toContain("tnv@xuantho.test")
  })

  it("lets an officer create a volunteer who signs in, then deactivate them with effect at the next request", async () => {
    const created = await api.post(
      "/admin/onboarders",
      {
        email: "TNV.Moi@xuantho.test",
        name: "Trần Thị Hoa",
        team: "Tổ công nghệ số",
        village: "Thôn Xuân Sơn",
        phone: "0987 654 321",
        password: "hoa-dalat-2026-xuan",
      },
      admin
    )
    expect(created.status).toEqual(201)
    expect(created.data.onboarder).toMatchObject({
      email: "tnv.moi@xuantho.test",
      phone: "+84987654321",
      deactivated_at: null,
    })
    const { data: signIn } = await api.post("/auth/onboarder/emailpass", {
      email: "tnv.moi@xuantho.test",
      password: "hoa-dalat-2026-xuan",
    })
    const asVolunteer = {
      headers: { authorization: `Bearer ${signIn.token}` },
    }
    const me = await api.get("/onboarding/me", asVolunteer)
    expect(me.data.onboarder.email).toEqual("tnv.moi@xuantho.test")

    const deactivated = await api.post(
      `/admin/onboarders/${created.data.onboarder.id}/deactivate`,
      {},
      admin
    )
    expect(deactivated.data.onboarder.deactivated_at).toBeTruthy()
    const after = await settled(api.get("/onboarding/me", asVolunteer))
    expect(after.status).toEqual(401)
    const draft = await settled(api.get("/onboarding/producers", asVolunteer))
    expect(draft.status).toEqual(401)
  })

  it("lists a producer's members and removes one: their next request and sign-in get 401, the others keep working", async () => {
    const container = getContainer()
    const seeded = await seedProducerWithProduct(api, container, market)
    const colleague = await signInProducerMember(
      api,
      container,
      seeded.producer.id
    )

    const { data } = await api.get(
      `/admin/producers/${seeded.producer.id}/members`,
      admin
    )
    expect(data.members.map((member) => member.email).sort()).toEqual(
      [seeded.member.email, colleague.email].sort()
    )
    expect(Object.keys(data.members[0]).sort()).toEqual([
      "created_at",
      "email",
      "id",
      "name",
    ])
    const removed = data.members.find(
      (member) => member.email === seeded.member.email
    )

    const other = await seedProducerWithProduct(api, container, market)
    const wrongProducer = await settled(
      api.delete(
        `/admin/producers/${other.producer.id}/members/${removed.id}`,
        admin
      )
    )
    expect(wrongProducer.status).toEqual(404)
    expect((await api.get("/producer/me", seeded.member)).status).toEqual(200)

    const deleted = await api.delete(
      `/admin/producers/${seeded.producer.id}/members/${removed.id}`,
      admin
    )
    expect(deleted.data).toEqual({
      id: removed.id,
      object: "producer_member",
      deleted: true,
    })
    expect(
      (await settled(api.get("/producer/me", seeded.member))).status
    ).toEqual(401)
    const signIn = await settled(
      api.post("/auth/producer/emailpass", {
        email: seeded.member.email,
        password: seeded.member.password,
      })
    )
    expect(signIn.status).toEqual(401)
    expect((await api.get("/producer/me", colleague)).status).toEqual(200)

    // The same email can be invited again.
    const again = await api.post(
      `/admin/producers/${seeded.producer.id}/invites`,
      { email: seeded.member.email },
      admin
    )
    const accepted = await api.post(
      `/invites/${again.data.invite.url.split("/").pop()}/accept`,
      { password: "lai-la-thanh-vien-2026" }
    )
    expect(accepted.status).toEqual(200)
  })

  it("keeps a suspended producer's members to reading: writes get 403 with the reason and change nothing", async () => {
    const container = getContainer()
    const { producer, product, member } = await seedProducerWithProduct(
      api,
      container,
      market
    )
    await api.post(
      `/admin/producers/${producer.id}/suspend`,
      { reason: "Giấy chứng nhận hết hạn" },
      admin
    )

    const listed = await api.get("/producer/products", member)
    expect(listed.data.products.map((row) => row.id)).toContain(product.id)
    const orders = await api.get("/producer/orders", member)
    expect(orders.status).toEqual(200)

    const writes = [
      () =>
        api.post(
          `/producer/products/${product.id}`,
          { title: "Đổi tên" },
          member
        ),
      () => api.post(`/producer/products/${product.id}/archive`, {}, member),
      () =>
        api.post(
          "/producer/products",
          { title: "Sản phẩm mới", price: 50000, stock: 3 },
          member
        ),
    ]
    for (const write of writes) {
      const refused = await settled(write())
      expect(refused.status).toEqual(403)
      expect(refused.data.message).toContain("suspended")
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [stored],
    } = await query.graph({
      entity: "product",
      fields: ["id", "title", "status"],
      filters: { id: product.id },
    })
    expect(stored.title).toEqual(product.title)
    expect(listed.data.products).toHaveLength(1)
    const again = await api.get("/producer/products", member)
    expect(again.data.products).toHaveLength(1)
  })

  it("lets an officer invite to a verified producer and list the invites without their tokens", async () => {
    const { producer } = await seedProducerWithProduct(
      api,
      getContainer(),
      market
    )
    const sent = await api.post(
      `/admin/producers/${producer.id}/invites`,
      { email: "la@htx.test" },
      admin
    )
    expect(sent.data.invite.url).toContain("/vi/portal/invite/")
    const { data } = await api.get(
      `/admin/producers/${producer.id}/invites`,
      admin
    )
    expect(data.invites).toEqual([
      expect.objectContaining({ email: "la@htx.test", state: "open" }),
    ])
    expect(JSON.stringify(data)).not.toContain("token")
  })
}
