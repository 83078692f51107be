/** Where a shared link was passed on: the `src` a shared URL carries. */
export const SHARE_SOURCES = ["zalo", "fb", "qr", "copy"] as const
export type ShareSource = (typeof SHARE_SOURCES)[number]

/** The kinds of page a shared link can open. */
export const SHARED_PAGES = ["home", "list", "product", "producer"] as const
export type SharedPage = (typeof SHARED_PAGES)[number]

/** Product and producer pages are named by their handle; home and lists need none. */
export const PAGES_WITH_HANDLE: readonly SharedPage[] = ["product", "producer"]
