// The shopper account's own shapes. Only ./reshape.ts knows the Medusa payloads they come from.

/** An address kept in the account, as the checkout stored it (2025 two-tier names). */
export interface SavedAddress {
  id: string
  name: string
  /** E.164, as the backend stores it. */
  phone: string | null
  province: string
  ward: string
  street: string
}

/** A saved address the checkout form can fill in: its province and ward as the form's codes. */
export interface CheckoutAddress extends SavedAddress {
  provinceCode: string
  wardCode: string
}

export interface Customer {
  id: string
  /** None for a shopper who signed up with a phone. */
  email: string | null
  name: string | null
  phone: string | null
  addresses: SavedAddress[]
}

export interface AccountOrder {
  id: string
  displayId: number
  createdAt: string
  total: number
  status: string
  paymentStatus: string
  fulfillmentStatus: string
  /** "Dâu tây × 2, Mứt dâu × 1". */
  lines: { title: string; quantity: number }[]
}

/** What the checkout offers a signed-in shopper: the account's email and saved addresses. */
export interface CheckoutAccount {
  /** Absent for an account made with a phone: the checkout's email field stays empty. */
  email?: string
  addresses: CheckoutAddress[]
}

export type SignUpField = "email" | "password" | "name"

/** Message keys (namespace "account.errors"), never backend text, so both languages work. */
export type SignUpError =
  "required" | "emailInvalid" | "emailTaken" | "passwordShort" | "passwordWeak"

export type SignUpState =
  | { status: "idle" }
  | {
      status: "error"
      fieldErrors?: Partial<Record<SignUpField, SignUpError>>
      formError?: "failed" | "tooMany"
      /** The backend's own sentence for `tooMany`, in the form's language. */
      message?: string
      /** What the shopper typed, except the password. */
      values: { email: string; name: string }
    }

/** A code Zalo sent: the phone in E.164 and the backend's challenge that goes with the code. */
export interface PhoneCodeSent {
  phone: string
  challenge: string
}

/**
 * The phone sign-up's first step. `sent` outlives a failed resend (a 429), so the shopper can
 * still type the code that arrived; `problem` says why the last request did not go through.
 */
export interface PhoneCodeState {
  sent: PhoneCodeSent | null
  problem?:
    "required" | "phoneInvalid" | "phoneClosed" | "codeNotSent" | "tooMany"
  /** The backend's own sentence for `tooMany`, in the form's language. */
  message?: string
}

export type PhoneSignUpField = "phone" | "code" | "password" | "name"

/** Message keys (namespace "account.errors"). */
export type PhoneSignUpError =
  | "required"
  | "codeInvalid"
  | "codeWrong"
  | "phoneInvalid"
  | "phoneTaken"
  | "passwordShort"
  | "passwordWeak"

export type PhoneSignUpState =
  | { status: "idle" }
  | {
      status: "error"
      fieldErrors?: Partial<Record<PhoneSignUpField, PhoneSignUpError>>
      formError?: "failed" | "tooMany" | "phoneClosed"
      message?: string
    }

/** The account page's "attach a guest order" form. */
export type AttachOrderState =
  | { status: "idle" }
  /** A confirmation link went to the order's email. */
  | { status: "requested"; displayId: number }
  | {
      status: "error"
      reason: "invalid" | "notFound" | "refused" | "failed" | "tooMany"
      message?: string
    }

/** The emailed link's page: confirm (accept) or say it was not you (decline). */
export type TransferState =
  | { status: "idle" }
  | { status: "accepted"; displayId: number; orderId: string }
  | { status: "declined" }
  | { status: "error"; reason: "invalidLink" | "failed" }
