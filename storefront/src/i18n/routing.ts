import { defineRouting } from "next-intl/routing"

export const routing = defineRouting({
  locales: ["vi", "en"],
  defaultLocale: "vi",
  localePrefix: "always",
})

export type Locale = (typeof routing.locales)[number]

/** Every date the shop shows is Đà Lạt's. */
export const timeZone = "Asia/Ho_Chi_Minh"
