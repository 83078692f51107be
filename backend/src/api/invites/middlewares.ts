import {
  validateAndTransformBody,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { AcceptInvite } from "./validators"
import { rejectQueryParameters } from "../utils/query-parameters"

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
    middlewares: [validateAndTransformBody(AcceptInvite)],
  },
]
