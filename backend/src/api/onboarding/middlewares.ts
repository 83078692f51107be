import {
  authenticate,
  validateAndTransformBody,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import {
  OnboardingCreateInvite,
  OnboardingCreateListing,
  OnboardingCreateProduct,
  OnboardingCreateProducer,
  OnboardingSetCertificate,
  OnboardingSubmitProducer,
  OnboardingUpdateProducer,
} from "./validators"
import { photoUploadMiddleware } from "../photo-upload"

/** A producer's story and a certificate need a few pictures at once, not a whole album. */
const MAX_PHOTOS_PER_UPLOAD = 10

/**
 * Only a signed-in `onboarder` actor reaches /onboarding/*; customer, officer and producer
 * tokens carry another actor type and are refused with 401. Routes then scope by the
 * volunteer's own producers (issue 6).
 */
export const onboardingMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/onboarding*",
    middlewares: [authenticate("onboarder", ["session", "bearer"])],
  },
  {
    methods: ["POST"],
    matcher: "/onboarding/uploads",
    middlewares: [photoUploadMiddleware("files", MAX_PHOTOS_PER_UPLOAD)],
  },
  {
    methods: ["POST"],
    matcher: "/onboarding/producers",
    middlewares: [validateAndTransformBody(OnboardingCreateProducer)],
  },
  {
    methods: ["POST"],
    matcher: "/onboarding/producers/:id",
    middlewares: [validateAndTransformBody(OnboardingUpdateProducer)],
  },
  {
    methods: ["POST"],
    matcher: "/onboarding/producers/:id/submit",
    middlewares: [validateAndTransformBody(OnboardingSubmitProducer)],
  },
  {
    methods: ["POST"],
    matcher: "/onboarding/producers/:id/products",
    middlewares: [validateAndTransformBody(OnboardingCreateProduct)],
  },
  {
    methods: ["POST"],
    matcher: "/onboarding/producers/:id/products/:product_id/certificate",
    middlewares: [validateAndTransformBody(OnboardingSetCertificate)],
  },
  {
    methods: ["POST"],
    matcher:
      "/onboarding/producers/:id/products/:product_id/marketplace-listings",
    middlewares: [validateAndTransformBody(OnboardingCreateListing)],
  },
  {
    methods: ["POST"],
    matcher: "/onboarding/producers/:id/invites",
    middlewares: [validateAndTransformBody(OnboardingCreateInvite)],
  },
]
