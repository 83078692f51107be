import { createHash } from "node:crypto"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { readMarketEnv } from "../../../config/env"
import { zaloVerifiesPhones } from "../../../domain/shopper-contact"
import {
  newPhoneCode,
  PHONE_CODE_TTL_SECONDS,
  signPhoneCode,
} from "../../../utils/phone-code"
import { storefrontLink } from "../../../utils/public-links"
import { messageLocale } from "../../../utils/request-locale"
import { sendMessagesWorkflow } from "../../../workflows/messaging/send-messages"
import type { StorePhoneVerificationType } from "./validators"

/**
 * POST /store/phone-verifications — sends a six-digit code to the phone on Zalo for a shopper
 * signing up with it. The answer's `challenge` goes with the code and the password to
 * `/auth/customer/emailpass/register`; only the phone's owner can pair them.
 */
export async function POST(
  req: MedusaRequest<StorePhoneVerificationType>,
  res: MedusaResponse
) {
  if (!zaloVerifiesPhones()) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      "Chợ chưa nhận đăng ký bằng số điện thoại: hãy đăng ký bằng email / Phone sign-up is not available here: sign up with an email"
    )
  }
  const { phone } = req.validatedBody
  const locale = messageLocale(
    req.get("x-medusa-locale"),
    req.get("accept-language")
  )
  const signUpUrl = storefrontLink(`/${locale}/account/sign-up`)
  const code = newPhoneCode()
  const challenge = signPhoneCode(phone, code, readMarketEnv().JWT_SECRET)
  await sendMessagesWorkflow(req.scope).run({
    input: [
      {
        kind: "phone-verification",
        locale,
        facts: { code, minutes: PHONE_CODE_TTL_SECONDS / 60, signUpUrl },
        recipient: {
          audience: "shopper",
          id: null,
          email: null,
          phone,
          zalo: true,
        },
        resource: { type: "phone", id: phone },
        links: { sign_up_url: signUpUrl },
        // One message per code; the key never holds the code itself.
        key: `phone-verification:${createHash("sha256").update(challenge).digest("hex").slice(0, 32)}`,
      },
    ],
  })
  res.status(202).json({ phone, challenge })
}
