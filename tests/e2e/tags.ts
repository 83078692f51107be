/**
 * Journeys that change shared data (a price, an order, a new producer) run once, on the phone
 * profile most producers and volunteers use; the desktop project leaves them out (see
 * playwright.config.ts) so two workers never race on the same seed rows.
 */
export const PHONE_ONLY = { tag: "@phone-only" }
