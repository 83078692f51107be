/**
 * Journeys that change shared data (a price, an order, a new producer) run once, on the phone
 * profile most producers and volunteers use; the desktop project leaves them out (see
 * playwright.config.ts) so two workers never race on the same seed rows.
 */
export const PHONE_ONLY = { tag: "@phone-only" }

/**
 * What does not depend on the screen (HTTP headers and statuses, share images, the error page's
 * words) runs once as well, on the same profile: a second viewport would only repeat it.
 */
export const SCREEN_INDEPENDENT = PHONE_ONLY
