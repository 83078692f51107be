import {
  validateAndTransformBody,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { AcceptInvite } from "./validators"

/** Invite links are opened before any sign-in exists: the token is the credential. */
export const inviteMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["POST"],
    matcher: "/invites/:token/accept",
    middlewares: [validateAndTransformBody(AcceptInvite)],
  },
]
