import { authenticate, type MiddlewareRoute } from "@medusajs/framework/http"
import { ProductSeason } from "../utils/product-fields"
import {
  OnboardingCreateInvite,
  OnboardingCreateListing,
  OnboardingCreateProduct,
  OnboardingCreateProducer,
  OnboardingSetCertificate,
  OnboardingSubmitProducer,
  OnboardingUpdateProducer,
} from "./validators"
import { photoUploadMiddleware } from "../utils/photo-upload"
import { perActor, rateLimit } from "../utils/rate-limit"
import { validateBodyWithFieldErrors } from "../utils/validate-body"
import { rejectQueryParameters } from "../utils/query-parameters"

/** A producer's story and a certificate need a few pictures at once, not a whole album. */
const MAX_PHOTOS_PER_UPLOAD = 10

/**
 * Only a signed-in `onboarder` actor reaches /onboarding/*; customer, officer and producer
 * tokens carry another actor type and are refused with 401. Routes then scope by the
 * volunteer's own producers.
 */
export const onboardingMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/onboarding*",
    middlewares: [authenticate("onboarder", ["session", "bearer"])],
  },
  {
    methods: ["GET"],
    matcher: "/onboarding*",
    middlewares: [rejectQueryParameters],
  },
  {
    methods: ["POST"],
    matcher: "/onboarding/uploads",
    middlewares: [
      rateLimit("uploads", [perActor]),
      photoUploadMiddleware("files", MAX_PHOTOS_PER_UPLOAD),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/onboarding/producers",
    middlewares: [validateBodyWithFieldErrors(OnboardingCreateProducer)],
  },
  {
    methods: ["POST"],
    matcher: "/onboarding/producers/:id",
    middlewares: [validateBodyWithFieldErrors(OnboardingUpdateProducer)],
  },
  {
    methods: ["POST"],
    matcher: "/onboarding/producers/:id/submit",
    middlewares: [validateBodyWithFieldErrors(OnboardingSubmitProducer)],
  },
  {
    methods: ["POST"],
    matcher: "/onboarding/producers/:id/products",
    middlewares: [validateBodyWithFieldErrors(OnboardingCreateProduct)],
  },
  {
    methods: ["POST"],
    matcher: "/onboarding/producers/:id/products/:product_id/certificate",
    middlewares: [validateBodyWithFieldErrors(OnboardingSetCertificate)],
  },
  {
    methods: ["POST"],
    matcher: "/onboarding/producers/:id/products/:product_id/season",
    middlewares: [validateBodyWithFieldErrors(ProductSeason)],
  },
  {
    methods: ["POST"],
    matcher:
      "/onboarding/producers/:id/products/:product_id/marketplace-listings",
    middlewares: [validateBodyWithFieldErrors(OnboardingCreateListing)],
  },
  {
    methods: ["POST"],
    matcher: "/onboarding/producers/:id/invites",
    middlewares: [validateBodyWithFieldErrors(OnboardingCreateInvite)],
  },
]
