import { parseZaloTemplateIds, zaloNotificationProvider } from "../zalo"

const ZALO = {
  ZALO_APP_ID: "4291763606161179100",
  ZALO_APP_SECRET: "xuan-tho-zalo-app-secret",
  ZALO_OA_REFRESH_TOKEN: "first-refresh-token",
}

describe("Zalo ZNS registration", () => {
  it("registers the provider on the zalo channel with all three settings", () => {
    expect(
      zaloNotificationProvider({
        ...ZALO,
        ZALO_TEMPLATE_IDS: "order-placed=312345",
      })
    ).toEqual({
      resolve: "./src/modules/providers/zalo-zns",
      id: "zalo-zns",
      options: {
        channels: ["zalo"],
        app_id: ZALO.ZALO_APP_ID,
        app_secret: ZALO.ZALO_APP_SECRET,
        refresh_token: ZALO.ZALO_OA_REFRESH_TOKEN,
        template_ids: { "order-placed": "312345" },
      },
    })
  })

  it("passes other Zalo addresses when they are set", () => {
    const options = zaloNotificationProvider({
      ...ZALO,
      ZALO_OAUTH_URL: "http://127.0.0.1:9101/v4/oa/access_token",
      ZALO_ZNS_URL: "http://127.0.0.1:9101/message/template",
    })?.options
    expect(options).toMatchObject({
      oauth_url: "http://127.0.0.1:9101/v4/oa/access_token",
      zns_url: "http://127.0.0.1:9101/message/template",
    })
  })

  it("leaves Zalo out without any of its settings", () => {
    expect(zaloNotificationProvider({})).toBeNull()
  })

  it.each(Object.keys(ZALO))("refuses to start without %s", (key) => {
    expect(() => zaloNotificationProvider({ ...ZALO, [key]: "" })).toThrow(
      new RegExp(`^${key} is required with the other ZALO_\\* settings`)
    )
  })

  it("names every missing setting at once", () => {
    expect(() =>
      zaloNotificationProvider({ ZALO_APP_ID: ZALO.ZALO_APP_ID })
    ).toThrow(/^ZALO_APP_SECRET, ZALO_OA_REFRESH_TOKEN are required/)
  })
})

describe("ZALO_TEMPLATE_IDS", () => {
  it("maps each message kind to its approved template", () => {
    expect(
      parseZaloTemplateIds(
        " order-placed=312345, payment-received = 312346,producer-new-order=312350 "
      )
    ).toEqual({
      "order-placed": "312345",
      "payment-received": "312346",
      "producer-new-order": "312350",
    })
  })

  it("is empty when unset", () => {
    expect(parseZaloTemplateIds(undefined)).toEqual({})
  })

  it("names a kind that does not exist", () => {
    expect(() =>
      parseZaloTemplateIds("order-placed=312345,order-paid=312346")
    ).toThrow(/"order-paid", which is not a message kind: use order-placed, /)
  })

  it.each([
    ["order-placed", "no template id"],
    ["order-placed=", "an empty template id"],
    ["order-placed=ZNS-1", "a template id that is not a number"],
    ["order-placed=312345=312346", "two template ids"],
  ])("refuses %s (%s)", (value) => {
    expect(() => parseZaloTemplateIds(value)).toThrow(
      /write order-placed=<template id>/
    )
  })

  it("refuses a kind named twice", () => {
    expect(() =>
      parseZaloTemplateIds("order-placed=312345,order-placed=312399")
    ).toThrow(/names "order-placed" twice/)
  })
})
