import type { MiddlewareRoute } from "@medusajs/framework/http"
import {
  AdminListBankTransactionsParams,
  AdminMatchBankTransaction,
} from "./bank-transactions/validators"
import { AdminCreateOnboarder } from "./onboarders/validators"
import { validateBodyWithFieldErrors } from "../utils/validate-body"
import { rejectQueryParameters, validateQuery } from "../utils/query-parameters"
import { notificationSettingsBody } from "../utils/notification-settings"

/** Officers' read routes of the market's own: each names the query parameters it reads. */
export const adminReadMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/bank-transactions",
    middlewares: [validateQuery(AdminListBankTransactionsParams, {})],
  },
  ...[
    "/admin/onboarders",
    "/admin/onboarding/stats",
    "/admin/notification-settings",
    "/admin/search-status",
  ].map((matcher): MiddlewareRoute => ({
    methods: ["GET"],
    matcher,
    middlewares: [rejectQueryParameters],
  })),
  {
    methods: ["POST"],
    matcher: "/admin/bank-transactions/:id/match",
    middlewares: [validateBodyWithFieldErrors(AdminMatchBankTransaction)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/notification-settings",
    middlewares: [
      validateBodyWithFieldErrors(notificationSettingsBody("officer")),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/admin/onboarders",
    middlewares: [validateBodyWithFieldErrors(AdminCreateOnboarder)],
  },
]
