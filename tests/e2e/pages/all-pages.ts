// Every page of the shop a person can open: the public pages, the members' portal and the
// volunteers' onboarding, each in Vietnamese and English. Checks that must hold on every page
// (layout on a phone, accessibility, speed…) walk this one list through PageTour
// (./page-tour.ts), so a new page is added here once and every such check covers it.

export const LOCALES = ["vi", "en"] as const
export type TourLocale = (typeof LOCALES)[number]

export type PageArea = "public" | "portal" | "onboarding"

/**
 * What has to be in place before the page shows its real content, in the order a tour sets
 * it up: a product in the cart, then a placed order, then a member signed in to the portal,
 * then a volunteer signed in to onboarding with a producer of their own.
 */
export type PageNeed = "nothing" | "cart" | "order" | "member" | "volunteer"
export const NEEDS_IN_ORDER: PageNeed[] = [
  "nothing",
  "cart",
  "order",
  "member",
  "volunteer",
]

/** Ids a tour finds or creates on its way, for the pages that need them. */
export interface PageIds {
  orderId: string
  portalProductId: string
  portalVariantId: string
  draftProducerId: string
}

export interface SitePage {
  /** A short name for reports ("product", "portal variant"). */
  name: string
  area: PageArea
  need: PageNeed
  /** The address without its locale prefix ("/products/dau-tay-namanh"). */
  path: (ids: PageIds) => string
  /** Lists whose first result a shopper must see on a phone's first screen: its test id. */
  firstResult?: string
  /** The status the page answers with, when it is not 200. */
  status?: 404
}

// Seeded data every run has (backend/src/scripts/seed.ts).
export const SEEDED = {
  product: "dau-tay-namanh",
  producer: "namanh-farm",
  category: "dac-san-say",
  member: "namanh-farm",
} as const

const WIZARD_STEPS = [
  "basics",
  "place",
  "story",
  "products",
  "certificates",
  "submit",
  "invite",
] as const

const fixed = (path: string) => () => path

export const SITE_PAGES: SitePage[] = [
  // Public pages
  { name: "home", area: "public", need: "nothing", path: fixed("/") },
  {
    name: "product list",
    area: "public",
    need: "nothing",
    path: fixed("/products"),
    firstResult: "product-card",
  },
  {
    name: "product list of a category",
    area: "public",
    need: "nothing",
    path: fixed(`/products?category=${SEEDED.category}`),
    firstResult: "product-card",
  },
  {
    name: "product list in season",
    area: "public",
    need: "nothing",
    // What is in season changes with the month: the page may rightly list nothing.
    path: fixed("/products/in-season"),
  },
  {
    name: "product",
    area: "public",
    need: "nothing",
    path: fixed(`/products/${SEEDED.product}`),
  },
  {
    name: "producer list",
    area: "public",
    need: "nothing",
    path: fixed("/producers"),
  },
  {
    name: "producer",
    area: "public",
    need: "nothing",
    path: fixed(`/producers/${SEEDED.producer}`),
  },
  {
    name: "search results",
    area: "public",
    need: "nothing",
    path: fixed("/search?q=dau"),
    firstResult: "search-hit",
  },
  {
    name: "search in season",
    area: "public",
    need: "nothing",
    path: fixed("/search/in-season?q=hong"),
  },
  {
    name: "search without results",
    area: "public",
    need: "nothing",
    path: fixed("/search?q=xqzvwk"),
  },
  {
    name: "empty cart",
    area: "public",
    need: "nothing",
    path: fixed("/cart"),
  },
  {
    name: "order lookup",
    area: "public",
    need: "nothing",
    path: fixed("/order-lookup"),
  },
  {
    name: "account sign-in",
    area: "public",
    need: "nothing",
    path: fixed("/account/sign-in"),
  },
  {
    name: "account sign-up",
    area: "public",
    need: "nothing",
    path: fixed("/account/sign-up"),
  },
  {
    name: "account order transfer",
    area: "public",
    need: "nothing",
    // Opened from the emailed link; the token is only checked when the shopper confirms.
    path: fixed(
      "/account/orders/transfer?order=order_from_the_email&token=from-the-email"
    ),
  },
  {
    name: "missing product",
    area: "public",
    need: "nothing",
    path: fixed("/products/khong-co-san-pham-nay"),
    status: 404,
  },
  { name: "cart", area: "public", need: "cart", path: fixed("/cart") },
  { name: "checkout", area: "public", need: "cart", path: fixed("/checkout") },
  {
    name: "order",
    area: "public",
    need: "order",
    path: (ids) => `/orders/${ids.orderId}`,
  },

  // The members' portal
  {
    name: "portal sign-in",
    area: "portal",
    need: "nothing",
    path: fixed("/portal/sign-in"),
  },
  {
    name: "portal forgotten password",
    area: "portal",
    need: "nothing",
    path: fixed("/portal/forgot-password"),
  },
  {
    name: "portal new password",
    area: "portal",
    need: "nothing",
    // Opened from the reset email; the token is only checked when the form is sent.
    path: fixed("/portal/reset-password?token=from-the-email&email=a@b.vn"),
  },
  {
    name: "portal invite",
    area: "portal",
    need: "nothing",
    path: fixed("/portal/invite/an-invite-that-does-not-exist"),
  },
  {
    name: "portal home",
    area: "portal",
    need: "member",
    path: fixed("/portal"),
  },
  {
    name: "portal products",
    area: "portal",
    need: "member",
    path: fixed("/portal/products"),
  },
  {
    name: "portal new product",
    area: "portal",
    need: "member",
    path: fixed("/portal/products/new"),
  },
  {
    name: "portal product",
    area: "portal",
    need: "member",
    path: (ids) => `/portal/products/${ids.portalProductId}`,
  },
  ...(["details", "links", "photos"] as const).map((task): SitePage => ({
    name: `portal product ${task}`,
    area: "portal",
    need: "member",
    path: (ids) => `/portal/products/${ids.portalProductId}/${task}`,
  })),
  {
    name: "portal variant",
    area: "portal",
    need: "member",
    path: (ids) =>
      `/portal/products/${ids.portalProductId}/variants/${ids.portalVariantId}`,
  },
  {
    name: "portal orders",
    area: "portal",
    need: "member",
    path: fixed("/portal/orders"),
  },
  {
    name: "portal figures",
    area: "portal",
    need: "member",
    path: fixed("/portal/stats"),
  },
  {
    name: "portal emails",
    area: "portal",
    need: "member",
    path: fixed("/portal/settings"),
  },

  // The volunteers' onboarding
  {
    name: "onboarding sign-in",
    area: "onboarding",
    need: "nothing",
    path: fixed("/onboarding/sign-in"),
  },
  {
    name: "onboarding producers",
    area: "onboarding",
    need: "volunteer",
    path: fixed("/onboarding"),
  },
  {
    name: "onboarding new producer",
    area: "onboarding",
    need: "volunteer",
    path: fixed("/onboarding/producers/new"),
  },
  ...WIZARD_STEPS.map((step): SitePage => ({
    name: `onboarding step ${step}`,
    area: "onboarding",
    need: "volunteer",
    path: (ids) => `/onboarding/producers/${ids.draftProducerId}/${step}`,
  })),
]

/** "/vi", "/en/products?…": the page's address in one language. */
export function localizedPath(locale: TourLocale, path: string): string {
  return path === "/" ? `/${locale}` : `/${locale}${path}`
}
