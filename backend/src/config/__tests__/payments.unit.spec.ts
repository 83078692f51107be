import { readMarketEnv } from "../env"
import { paymentModule } from "../payments"

const DATABASE_URL = "postgres://market:secret@localhost:5432/market"
const VNPAY = {
  VNPAY_TMN_CODE: "XUANTHO1",
  VNPAY_HASH_SECRET: "XUANTHOVNPAYTESTSECRET0123456789",
  VNPAY_URL: "https://sandbox.vnpayment.vn/paymentv2/vpcpay.html",
}

const providerIds = (source: NodeJS.ProcessEnv) =>
  (
    paymentModule(readMarketEnv({ DATABASE_URL, ...source })).options!
      .providers as { id: string }[]
  ).map((provider) => provider.id)

describe("VNPay registration", () => {
  it("is registered as `vnpay` with all three settings", () => {
    expect(providerIds(VNPAY)).toEqual(["vietqr", "vnpay"])
  })

  it("is left out without any of them", () => {
    expect(providerIds({})).toEqual(["vietqr"])
  })

  it.each(Object.keys(VNPAY))("refuses to start without %s", (key) => {
    const partial: NodeJS.ProcessEnv = { ...VNPAY, [key]: undefined }
    expect(() => providerIds(partial)).toThrow(
      new RegExp(`${key} is required with the other VNPAY_\\* settings`)
    )
  })
})
