import { test as base, expect } from "@playwright/test"

// Every spec imports `test` from here instead of @playwright/test, so every page it opens is
// watched for Content Security Policy violations: a policy that blocks something the shop
// really uses fails the journey that uses it, not a shopper in production.
export * from "@playwright/test"

export type CspViolation = { page: string; message: string }

export type CspWatch = {
  /** Hands over the violations seen so far, for tests that provoke them on purpose. */
  take(): CspViolation[]
}

const BINDING = "__reportCspViolation"

export const test = base.extend<{ csp: CspWatch }>({
  csp: [
    async ({ context }, use) => {
      let seen: CspViolation[] = []
      await context.exposeBinding(BINDING, ({ frame }, message: string) => {
        seen.push({ page: frame.url(), message })
      })
      await context.addInitScript((binding: string) => {
        document.addEventListener("securitypolicyviolation", (event) => {
          const report = (window as unknown as Record<string, unknown>)[binding]
          if (typeof report === "function") {
            report(
              `${event.effectiveDirective} blocked ${event.blockedURI || "inline"}`
            )
          }
        })
      }, BINDING)
      context.on("console", (message) => {
        if (message.text().includes("Content Security Policy")) {
          seen.push({
            page: message.page()?.url() ?? "",
            message: message.text(),
          })
        }
      })
      await use({
        take() {
          const taken = seen
          seen = []
          return taken
        },
      })
      expect(
        seen,
        "no page reported a Content Security Policy violation"
      ).toEqual([])
    },
    { auto: true },
  ],
})
