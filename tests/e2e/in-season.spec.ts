import { expect, test, type Page } from "./fixtures"

// What is in season is the backend's decision for the month it is in Vietnam, read with the
// run's real clock. The seed makes wind-dried persimmons October to January and picks spaghetti
// squash May to August, so in December the persimmons are listed and the squash is not.

const PERSIMMONS = { handle: "hong-treo-gio", months: [10, 11, 12, 1] }
const SQUASH = { handle: "bi-mi-soi", months: [5, 6, 7, 8] }

/** The month it is in Đà Lạt (UTC+7 all year). */
const vietnamMonth = () => new Date(Date.now() + 7 * 3600_000).getUTCMonth() + 1

const card = (page: Page, handle: string) =>
  page.locator(`[data-testid="product-card"][data-handle="${handle}"]`)

test("the in-season list shows only what is in season, each with the “Đang vào mùa” badge", async ({
  page,
}) => {
  const month = vietnamMonth()
  const cards = page.getByTestId("product-card")

  await test.step("/vi/products/in-season lists the persimmons, not the squash", async () => {
    await page.goto("/vi/products/in-season")
    await expect(card(page, PERSIMMONS.handle)).toHaveCount(
      PERSIMMONS.months.includes(month) ? 1 : 0
    )
    await expect(card(page, SQUASH.handle)).toHaveCount(
      SQUASH.months.includes(month) ? 1 : 0
    )
    const listed = await cards.count()
    await expect(cards.getByTestId("in-season-badge")).toHaveCount(listed)
    if (PERSIMMONS.months.includes(month)) {
      await expect(
        card(page, PERSIMMONS.handle).getByTestId("in-season-badge")
      ).toHaveText("Đang vào mùa")
    }
  })

  await test.step("the “Đang vào mùa” filter switches between the two addresses", async () => {
    const filter = page.getByTestId("in-season-filter")
    await expect(filter).toHaveAttribute("href", "/vi/products")
    await expect(filter).toHaveAttribute("aria-current", "true")
    await expect(
      page.locator('[data-testid="active-filter"][data-filter="in-season"]')
    ).toHaveAttribute("href", "/vi/products")

    await page.goto("/vi/products")
    await expect(filter).toHaveAttribute("href", "/vi/products/in-season")
    await expect(filter).not.toHaveAttribute("aria-current", "true")
  })
})
