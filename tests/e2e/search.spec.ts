import { expect, test } from "./fixtures"
import { SearchPage } from "./pages/search-page"

// Shoppers type without Vietnamese marks, on phones (mobile project) and desktops.
test("“dau tay” typed in the header finds Dâu tây, and the stars facet narrows the results", async ({
  page,
}) => {
  const search = new SearchPage(page)

  await test.step("typing “dau tay” suggests Dâu tây", async () => {
    await search.gotoHome("vi")
    await search.typeInHeader("dau tay")
    await expect(search.suggestion("dau-tay-namanh")).toBeVisible()
    await expect(search.suggestion("dau-tay-namanh")).toContainText("Dâu tây")
  })

  await test.step("Enter opens the search page with Dâu tây first", async () => {
    await search.headerInput.press("Enter")
    await expect(page).toHaveURL(/\/vi\/search\?q=dau(\+|%20)tay$/)
    expect(search.searchParam("q")).toBe("dau tay")
    await expect(search.hits.first()).toBeVisible()
    await expect(search.hitTitles.first()).toHaveText("Dâu tây")
  })

  await test.step("choosing at least 4 OCOP stars narrows the results and stays in the URL", async () => {
    const before = await search.hits.count()
    await search.chooseStars(4)
    await expect(page).toHaveURL(/[?&]stars=4(&|$)/)
    expect(search.searchParam("q")).toBe("dau tay")
    await expect(search.starsOption(4)).toHaveAttribute("aria-current", "true")
    await expect(search.hits).not.toHaveCount(before)
    expect(await search.hits.count()).toBeLessThan(before)
    await expect(search.hitTitles.first()).toHaveText("Dâu tây")

    await page.reload()
    await expect(search.starsOption(4)).toHaveAttribute("aria-current", "true")
    await expect(search.hitTitles.first()).toHaveText("Dâu tây")
  })

  await test.step("the filter shows as a chip, and removing the chip brings the other results back", async () => {
    const chip = page.locator(
      '[data-testid="active-filter"][data-filter="stars"]'
    )
    await expect(chip).toHaveText(/Từ 4 sao/)
    const narrowed = await search.hits.count()
    await chip.click()
    await expect(page).not.toHaveURL(/[?&]stars=/)
    expect(search.searchParam("q")).toBe("dau tay")
    await expect(search.hits).not.toHaveCount(narrowed)
    await expect(chip).toHaveCount(0)
  })
})

test("a query that matches nothing shows the empty state with suggestions", async ({
  page,
}) => {
  const search = new SearchPage(page)

  await search.gotoResults("xqzvwk plorfth")
  await expect(search.empty).toBeVisible()
  await expect(search.hits).toHaveCount(0)
})
