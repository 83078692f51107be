import { defineConfig, devices } from "@playwright/test"

// Debian's Chromium: Playwright cannot download its own browsers on these machines.
const launchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
  ],
}

export default defineConfig({
  testDir: "./e2e",
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [["list"], ["json"]],
  use: {
    baseURL: process.env.STOREFRONT_URL ?? "http://localhost:8000",
    locale: "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
    trace: "retain-on-failure",
    launchOptions,
  },
  projects: [
    {
      name: "desktop",
      use: { ...devices["Desktop Chrome"], launchOptions },
      // Data-changing journeys run once, in the mobile project (e2e/tags.ts).
      grepInvert: /@phone-only/,
    },
    {
      name: "mobile",
      use: {
        ...devices["Pixel 7"],
        launchOptions,
        locale: "vi-VN",
        timezoneId: "Asia/Ho_Chi_Minh",
      },
    },
  ],
})
