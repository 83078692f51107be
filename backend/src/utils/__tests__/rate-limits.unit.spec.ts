import {
  LOCAL_IP_MULTIPLIER,
  parseRateLimit,
  RATE_LIMITS,
  resolveLimit,
} from "../rate-limit/limits"
import { messageLocale } from "../request-locale"

describe("resolveLimit", () => {
  it.each([
    ["signInAccount", "subject", false, { count: 10, seconds: 900 }],
    ["signInAccount", "subject", true, { count: 10, seconds: 900 }],
    ["signInIp", "ip", true, { count: 30, seconds: 900 }],
    [
      "signInIp",
      "ip",
      false,
      { count: 30 * LOCAL_IP_MULTIPLIER, seconds: 900 },
    ],
    ["orderLookup", "subject", false, { count: 10, seconds: 900 }],
    ["orderLookup", "ip", false, { count: 100, seconds: 900 }],
    ["cartComplete", "ip", true, { count: 20, seconds: 600 }],
    ["linkClicks", "ip", true, { count: 60, seconds: 60 }],
    ["qrSheets", "subject", true, { count: 30, seconds: 600 }],
  ] as const)(
    "%s per %s (deployment: %s) allows %j by default",
    (name, scope, deployment, expected) => {
      expect(resolveLimit(name, scope, {}, deployment)).toEqual(expected)
    }
  )

  it("takes a setting as it is, in a deployment or not", () => {
    const settings = { RATE_LIMIT_SIGN_IN_IP: "5/2" }
    expect(resolveLimit("signInIp", "ip", settings, false)).toEqual({
      count: 5,
      seconds: 2,
    })
  })

  it.each(["10", "10/", "/900", "0/900", "10/0", "a/b", "10/900/1"])(
    "does not read %j as a limit",
    (value) => {
      expect(parseRateLimit(value)).toBeNull()
    }
  )

  it("names a distinct setting for every limit", () => {
    const settings = Object.values(RATE_LIMITS).map((limit) => limit.setting)
    expect(new Set(settings).size).toEqual(settings.length)
  })
})

describe("messageLocale", () => {
  it.each([
    ["en-US", undefined, "en"],
    ["vi-VN", "en", "vi"],
    [undefined, "en-GB,en;q=0.9", "en"],
    [undefined, "fr-FR,en;q=0.5", "vi"],
    [undefined, undefined, "vi"],
  ])(
    "x-medusa-locale %s, Accept-Language %s → %s",
    (medusa, accept, expected) => {
      expect(messageLocale(medusa, accept)).toEqual(expected)
    }
  )
})
