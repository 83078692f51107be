import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
  MiddlewareRoute,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { isDeployment, readMarketEnv } from "../../config/env"
import { passwordProblem } from "../../domain/password-rule"
import { zaloVerifiesPhones } from "../../domain/shopper-contact"
import { normalizeVietnamesePhone } from "../../utils/phone"
import { verifyPhoneCode } from "../../utils/phone-code"
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

function fieldRefusal(res: MedusaResponse, field: string, message: string) {
  res.status(400).json({
    type: "invalid_data",
    message: `Invalid request: ${message}`,
    errors: [{ field, message }],
  })
}

/**
 * A shopper may sign in with a phone number as typed (0912 345 678): the account's identifier
 * is its E.164 form, which is what Medusa compares.
 */
function phoneIdentifierInE164(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  const body = req.body as { email?: unknown } | undefined
  if (typeof body?.email === "string" && !body.email.includes("@")) {
    body.email = normalizeVietnamesePhone(body.email) ?? body.email
  }
  next()
}

/**
 * A sign-up with a phone instead of an email carries the code Zalo sent to that phone and the
 * challenge it came with; otherwise anyone could claim a number. Only where Zalo verifies
 * phones at all.
 */
function requireVerifiedPhone(
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  const body = (req.body ?? {}) as {
    email?: unknown
    code?: unknown
    challenge?: unknown
  }
  if (typeof body.email !== "string" || body.email.includes("@")) {
    return next()
  }
  const phone = normalizeVietnamesePhone(body.email)
  if (!phone) {
    return fieldRefusal(
      res,
      "email",
      "Nhập email hoặc số di động Việt Nam / Enter an email or a Vietnamese mobile number"
    )
  }
  if (!zaloVerifiesPhones()) {
    return fieldRefusal(
      res,
      "email",
      "Chợ chưa nhận đăng ký bằng số điện thoại: hãy dùng email / Phone sign-up is not available here: use an email"
    )
  }
  if (
    !verifyPhoneCode(
      phone,
      body.code,
      body.challenge,
      readMarketEnv().JWT_SECRET
    )
  ) {
    return fieldRefusal(
      res,
      "code",
      "Mã xác nhận sai hoặc đã hết hạn: hãy xin mã mới / The code is wrong or has expired: ask for a new one"
    )
  }
  body.email = phone
  next()
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
    // Before the counters below, so that one phone typed two ways is one account to them.
    methods: ["POST"],
    matcher: "/auth/customer/emailpass",
    middlewares: [phoneIdentifierInE164],
  },
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
    // Shoppers make their own accounts: every sign-up counts against the address, a phone
    // must be proven by its Zalo code, and the password obeys the members' rule.
    methods: ["POST"],
    matcher: "/auth/customer/emailpass/register",
    middlewares: [
      rateLimit("signInIp", [perClientIp]),
      requireVerifiedPhone,
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
