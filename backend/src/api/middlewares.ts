import {
  defineMiddlewares,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
} from "@medusajs/framework/http"
import { authMiddlewares } from "./auth/middlewares"
import { vietqrWebhookMiddlewares } from "./hooks/payment/vietqr/middlewares"
import { vnpayIpnMiddlewares } from "./hooks/vnpay/middlewares"
import { adminOrderBankTransferMiddlewares } from "./admin/orders/middlewares"
import { adminReadMiddlewares } from "./admin/middlewares"
import { storeOrderMiddlewares } from "./store/orders/middlewares"
import { storeCartMiddlewares } from "./store/carts/middlewares"
import { storeCustomerMiddlewares } from "./store/customers/middlewares"
import { storePhoneVerificationMiddlewares } from "./store/phone-verifications/middlewares"
import { storePaymentCollectionMiddlewares } from "./store/payment-collections/middlewares"
import { storeOrderLookupMiddlewares } from "./store/order-lookup/middlewares"
import { adminProducerMiddlewares } from "./admin/producers/middlewares"
import { adminProductExtensionMiddlewares } from "./admin/products/middlewares"
import { producerPortalMiddlewares } from "./producer/middlewares"
import { onboardingMiddlewares } from "./onboarding/middlewares"
import { inviteMiddlewares } from "./invites/middlewares"
import { storeMarketplaceListingMiddlewares } from "./store/marketplace-listings/middlewares"
import { storeInSeasonMiddlewares } from "./store/in-season/middlewares"
import { storeProducerMiddlewares } from "./store/producers/middlewares"
import { storeProductFieldMiddlewares } from "./store/products/middlewares"
import { storeSearchMiddlewares } from "./store/search/middlewares"
import { storeShareVisitMiddlewares } from "./store/share-visits/middlewares"
import { rejectQueryParameters } from "./utils/query-parameters"
import { marketErrorHandler } from "./utils/database-unavailable"
import { databaseGate } from "./utils/database-gate"

/**
 * Express announces itself in X-Powered-By on every answer; nothing needs it and it tells a
 * scanner what to try. Express sets it before any middleware runs, so it is removed here and the
 * app stops setting it, including on Medusa's own /health, registered after the API.
 */
export function withoutPoweredBy(
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  req.app.disable("x-powered-by")
  res.removeHeader("X-Powered-By")
  next()
}

export default defineMiddlewares({
  routes: [
    { matcher: "/", middlewares: [withoutPoweredBy, databaseGate] },
    ...authMiddlewares,
    ...vietqrWebhookMiddlewares,
    ...vnpayIpnMiddlewares,
    ...storeCartMiddlewares,
    ...storeCustomerMiddlewares,
    ...storePhoneVerificationMiddlewares,
    ...storePaymentCollectionMiddlewares,
    ...storeOrderLookupMiddlewares,
    ...adminOrderBankTransferMiddlewares,
    ...adminReadMiddlewares,
    ...storeOrderMiddlewares,
    ...storeProductFieldMiddlewares,
    ...storeSearchMiddlewares,
    ...storeProducerMiddlewares,
    ...storeInSeasonMiddlewares,
    ...storeMarketplaceListingMiddlewares,
    ...storeShareVisitMiddlewares,
    {
      methods: ["GET"],
      matcher: "/store/message-channels",
      middlewares: [rejectQueryParameters],
    },
    ...adminProducerMiddlewares,
    ...adminProductExtensionMiddlewares,
    ...producerPortalMiddlewares,
    ...onboardingMiddlewares,
    ...inviteMiddlewares,
  ],
  errorHandler: marketErrorHandler(),
})
