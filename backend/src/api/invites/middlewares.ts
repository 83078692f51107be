import type { MiddlewareRoute } from "@medusajs/framework/http"
import { AcceptInvite } from "./validators"
import { rejectQueryParameters } from "../utils/query-parameters"
import { perClientIp, rateLimit } from "../utils/rate-limit"
import { validateBodyWithFieldErrors } from "../utils/validate-body"

/** Invite links are opened before any sign-in exists: the token is the credential. */
export const inviteMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/invites/:token",
    middlewares: [rejectQueryParameters],
  },
  {
    methods: ["POST"],
    matcher: "/invites/:token/accept",
    middlewares: [
      // A malformed request is refused before it is counted: it reaches nothing worth limiting,
      // and a 429 would hide which field is wrong.
      validateBodyWithFieldErrors(AcceptInvite),
      rateLimit("inviteAccept", [perClientIp]),
    ],
  },
]
