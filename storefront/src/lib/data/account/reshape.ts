// The boundary between the Store API's customer and order payloads and the account's own types,
// and the checks a sign-up makes before it asks the backend. Nothing else in the account wing
// reads raw payloads; no "server-only" here, so it is unit-tested alone.
import type { AddressOption } from "@/lib/data/shared/addresses"
import type {
  AccountOrder,
  CheckoutAddress,
  Customer,
  PhoneSignUpError,
  PhoneSignUpField,
  PhoneSignUpState,
  SavedAddress,
  SignUpError,
  SignUpField,
} from "./types"

type Maybe<T> = T | null | undefined

export interface RawCustomerAddress {
  id: string
  first_name?: Maybe<string>
  last_name?: Maybe<string>
  phone?: Maybe<string>
  address_1?: Maybe<string>
  /** The ward or commune's name: Medusa's address has no ward, the checkout stores it here. */
  city?: Maybe<string>
  province?: Maybe<string>
}

export interface RawCustomer {
  id: string
  /** Null for a customer who signed up with a phone. */
  email?: Maybe<string>
  first_name?: Maybe<string>
  last_name?: Maybe<string>
  phone?: Maybe<string>
  addresses?: Maybe<RawCustomerAddress[]>
}

export interface RawAccountOrder {
  id: string
  display_id: number
  created_at: string
  total: number
  status: string
  payment_status?: Maybe<string>
  fulfillment_status?: Maybe<string>
  items?: Maybe<{ title?: Maybe<string>; quantity: number }[]>
}

const joined = (...parts: Maybe<string>[]): string =>
  parts
    .map((part) => part?.trim() ?? "")
    .filter(Boolean)
    .join(" ")

/** An address the checkout saved; one without a street, ward or province cannot fill a form. */
export function reshapeAddress(raw: RawCustomerAddress): SavedAddress | null {
  const street = raw.address_1?.trim()
  const ward = raw.city?.trim()
  const province = raw.province?.trim()
  if (!street || !ward || !province) return null
  return {
    id: raw.id,
    name: joined(raw.first_name, raw.last_name),
    phone: raw.phone?.trim() || null,
    province,
    ward,
    street,
  }
}

export function reshapeCustomer(raw: RawCustomer): Customer {
  return {
    id: raw.id,
    email: raw.email?.trim() || null,
    name: joined(raw.first_name, raw.last_name) || null,
    phone: raw.phone?.trim() || null,
    addresses: (raw.addresses ?? []).flatMap((address) => {
      const saved = reshapeAddress(address)
      return saved ? [saved] : []
    }),
  }
}

export function reshapeAccountOrder(raw: RawAccountOrder): AccountOrder {
  return {
    id: raw.id,
    displayId: raw.display_id,
    createdAt: raw.created_at,
    total: Number(raw.total),
    status: raw.status,
    paymentStatus: raw.payment_status ?? "not_paid",
    fulfillmentStatus: raw.fulfillment_status ?? "not_fulfilled",
    lines: (raw.items ?? []).map((item) => ({
      title: item.title ?? "",
      quantity: item.quantity,
    })),
  }
}

/**
 * Saved addresses as the checkout form's choices: the province and ward names matched back to
 * the 2025 list's codes. An address whose ward no longer exists in its province (saved before a
 * merger) is left out rather than half filled.
 */
export function checkoutAddresses(
  addresses: SavedAddress[],
  provinces: AddressOption[],
  wardsOf: (provinceCode: string) => AddressOption[]
): CheckoutAddress[] {
  return addresses.flatMap((address) => {
    const province = provinces.find((p) => p.name === address.province)
    const ward = province
      ? wardsOf(province.code).find((w) => w.name === address.ward)
      : undefined
    return province && ward
      ? [{ ...address, provinceCode: province.code, wardCode: ward.code }]
      : []
  })
}

const digits = (phone: Maybe<string>): string => {
  const only = (phone ?? "").replace(/\D/g, "")
  // +84 912… and 0912… are the same number.
  return only.startsWith("84") ? only.slice(2) : only.replace(/^0/, "")
}
const normalised = (value: string): string =>
  value.trim().replace(/\s+/g, " ").toLocaleLowerCase("vi")

/** Whether the account already keeps this address, so the checkout does not save it twice. */
export function isSavedAlready(
  saved: SavedAddress[],
  candidate: Omit<SavedAddress, "id">
): boolean {
  return saved.some(
    (address) =>
      normalised(address.name) === normalised(candidate.name) &&
      digits(address.phone) === digits(candidate.phone) &&
      address.province === candidate.province &&
      address.ward === candidate.ward &&
      normalised(address.street) === normalised(candidate.street)
  )
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
/** The backend's rule for members' and shoppers' passwords; it also refuses common ones. */
export const MIN_PASSWORD_LENGTH = 10

/** What the sign-up form must fix before the backend is asked. */
export function signUpProblems(values: {
  email: string
  password: string
}): Partial<Record<SignUpField, SignUpError>> {
  const problems: Partial<Record<SignUpField, SignUpError>> = {}
  if (!values.email) problems.email = "required"
  else if (!EMAIL.test(values.email)) problems.email = "emailInvalid"
  if (!values.password) problems.password = "required"
  else if (values.password.length < MIN_PASSWORD_LENGTH) {
    problems.password = "passwordShort"
  }
  return problems
}

/**
 * The backend's refusal of a registration, as the field to fix: a 401 is Medusa's "Identity
 * with email already exists", a 400 naming the password is the common-password rule.
 */
export function registrationRefusal(
  error: unknown
): Partial<Record<SignUpField, SignUpError>> | null {
  const { status, message, errors } = (error ?? {}) as {
    status?: unknown
    message?: unknown
    errors?: unknown
  }
  if (status === 401) return { email: "emailTaken" }
  if (status !== 400) return null
  const named = Array.isArray(errors)
    ? errors.some(
        (entry: unknown) =>
          (entry as { field?: unknown } | null)?.field === "password"
      )
    : typeof message === "string" && /password/i.test(message)
  return named ? { password: "passwordWeak" } : null
}

type PhoneSignUpRefusal = Omit<
  Extract<PhoneSignUpState, { status: "error" }>,
  "status"
>

/** What the phone sign-up's last step must fix before the backend is asked. */
export function phoneSignUpProblems(values: {
  code: string
  password: string
}): Partial<Record<PhoneSignUpField, PhoneSignUpError>> {
  const problems: Partial<Record<PhoneSignUpField, PhoneSignUpError>> = {}
  if (!values.code) problems.code = "required"
  else if (!/^\d{6}$/.test(values.code)) problems.code = "codeInvalid"
  if (!values.password) problems.password = "required"
  else if (values.password.length < MIN_PASSWORD_LENGTH) {
    problems.password = "passwordShort"
  }
  return problems
}

/**
 * The backend's refusal of a phone registration, as the field to fix or the form's message.
 * The SDK keeps only a refusal's message, so beside the `errors` list (when it came along) the
 * backend's fixed English half is read: "The code is wrong…", "password…", "Phone sign-up is
 * not available…", "Enter an email or a Vietnamese mobile number". A 401 is Medusa's "Identity
 * with email already exists": this number has an account.
 */
export function phoneRegistrationRefusal(
  error: unknown
): PhoneSignUpRefusal | null {
  const { status, message, errors } = (error ?? {}) as {
    status?: unknown
    message?: unknown
    errors?: unknown
  }
  if (status === 401) return { fieldErrors: { phone: "phoneTaken" } }
  if (status !== 400) return null
  const said = typeof message === "string" ? message : ""
  const named = (field: string) =>
    Array.isArray(errors) &&
    errors.some(
      (entry: unknown) => (entry as { field?: unknown } | null)?.field === field
    )
  if (named("code") || /code is wrong/i.test(said)) {
    return { fieldErrors: { code: "codeWrong" } }
  }
  if (named("password") || /password/i.test(said)) {
    return { fieldErrors: { password: "passwordWeak" } }
  }
  if (/not available/i.test(said)) return { formError: "phoneClosed" }
  if (named("email") || /mobile number/i.test(said)) {
    return { fieldErrors: { phone: "phoneInvalid" } }
  }
  return null
}
