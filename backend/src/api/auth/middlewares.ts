import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
  MiddlewareRoute,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { isDeployment, readMarketEnv } from "../../config/env"
import { passwordProblem } from "../../domain/password-rule"
import { adminAddressAllowed } from "../../utils/admin-addresses"
import {
  perClientIp,
  rateLimit,
  requestClientIp,
  type CounterKey,
} from "../utils/rate-limit"

/** Portal members come only from invites, volunteers only from officers. */
const INVITE_ONLY_ACTORS = ["producer", "onboarder"]

function refuseSelfRegistration(
  _req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  next(
    new MedusaError(
      MedusaError.Types.FORBIDDEN,
      "Accounts here are created by invitation: ask your tech-team volunteer or the commune officer for an invite link"
    )
  )
}

/** Medusa's reset route sets the password it is given; the market's rule applies there too. */
function requireAcceptablePassword(
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  const password = (req.body as { password?: unknown } | undefined)?.password
  const problem =
    typeof password === "string"
      ? passwordProblem(password)
      : "password is required"
  if (!problem) {
    return next()
  }
  res.status(400).json({
    type: "invalid_data",
    message: `Invalid request: ${problem}`,
    errors: [{ field: "password", message: problem }],
  })
}

/**
 * With ADMIN_ALLOWED_IPS set, a deployment lets officers sign in and use the Admin API only from
 * those addresses (the commune office, say). Medusa mounts the Admin's static bundle ahead of
 * the API's middlewares, so /app itself still loads, empty: without a sign-in it reads nothing.
 */
function restrictAdminToAllowedAddresses(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  const address = requestClientIp(req)
  const allowed = adminAddressAllowed(
    address,
    readMarketEnv().ADMIN_ALLOWED_IPS,
    isDeployment(process.env)
  )
  next(
    allowed
      ? undefined
      : new MedusaError(
          MedusaError.Types.FORBIDDEN,
          `Medusa Admin is open only from the commune's addresses; ${address} is not one of them`
        )
  )
}

function bodyText(req: MedusaRequest, field: string): string | null {
  const value = (req.body as Record<string, unknown> | undefined)?.[field]
  return typeof value === "string" && value.trim()
    ? value.trim().toLowerCase()
    : null
}

/** The account a sign-in names, per actor type: the same email may be a shopper and a member. */
const perSignInAccount: CounterKey = {
  scope: "subject",
  key: (req) => {
    const email = bodyText(req, "email")
    return email ? `sign-in:${req.params.actor_type}:${email}` : null
  },
}

const perResetAccount: CounterKey = {
  scope: "subject",
  key: (req) => {
    const identifier = bodyText(req, "identifier")
    return identifier ? `reset:${req.params.actor_type}:${identifier}` : null
  },
}

/**
 * Medusa's /auth routes: sign-in failures are counted per account and per client address (the
 * answer is the same 401 whether or not the account exists); reset requests, which send an
 * email, count every time; a new password must pass the market's rule.
 */
export const authMiddlewares: MiddlewareRoute[] = [
  ...["/auth/user*", "/admin*", "/app*"].map((matcher): MiddlewareRoute => ({
    matcher,
    middlewares: [restrictAdminToAllowedAddresses],
  })),
  ...INVITE_ONLY_ACTORS.map((actor): MiddlewareRoute => ({
    methods: ["POST"],
    matcher: `/auth/${actor}/:auth_provider/register`,
    middlewares: [refuseSelfRegistration],
  })),
  {
    methods: ["POST"],
    matcher: "/auth/:actor_type/emailpass",
    middlewares: [
      // A success clears the account's failures but never the address's: an attacker could
      // otherwise sign in to an account of their own between guesses.
      rateLimit("signInAccount", [perSignInAccount], {
        countOnlyStatus: 401,
        forgetOnSuccess: true,
      }),
      rateLimit("signInIp", [perClientIp], { countOnlyStatus: 401 }),
    ],
  },
  {
    // Shoppers make their own accounts: every sign-up counts against the address, and the
    // password obeys the same rule as members' and volunteers'.
    methods: ["POST"],
    matcher: "/auth/customer/emailpass/register",
    middlewares: [
      rateLimit("signInIp", [perClientIp]),
      requireAcceptablePassword,
    ],
  },
  {
    methods: ["POST"],
    matcher: "/auth/:actor_type/emailpass/reset-password",
    middlewares: [
      rateLimit("signInAccount", [perResetAccount]),
      rateLimit("signInIp", [perClientIp]),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/auth/:actor_type/emailpass/update",
    middlewares: [
      rateLimit("signInIp", [perClientIp], { countOnlyStatus: 401 }),
      requireAcceptablePassword,
    ],
  },
]
