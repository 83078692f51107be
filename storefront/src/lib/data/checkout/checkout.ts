"use server"

import { redirect } from "next/navigation"
import { getCart } from "./cart"
import { getCartId, removeCartId } from "./cart-cookie"
import { listProvinces, listWards } from "@/lib/data/shared/addresses"
import { uncachedStoreFetch } from "@/lib/data/shared/store-fetch"
import { statusOf } from "@/lib/data/shared/actor-session"
import { claimCart, saveCheckoutAddress } from "@/lib/data/account/session"
import { localeOf, refusedFields, text } from "@/lib/data/shared/form-input"
import {
  completeCart,
  keepProofOfCompletedCart,
  orderFailure,
  stockOrFailed,
} from "./completion"
import { orderPagePath } from "./order-proof"
import type {
  CheckoutData,
  CheckoutError,
  CheckoutField,
  CheckoutState,
  OrderFailure,
  PaymentChoice,
} from "./types"

const VIETQR_PROVIDER = "pp_vietqr_vietqr"
const STRIPE_PROVIDER = "pp_stripe_stripe"
const VNPAY_PROVIDER = "pp_vnpay_vnpay"
const STRIPE_KEY_VARIABLE = ["NEXT_PUBLIC", "STRIPE_KEY"].join("_")

/** What the checkout page needs, or null when there is nothing to pay for. */
export async function getCheckoutData(): Promise<CheckoutData | null> {
  const cart = await getCart()
  if (!cart || cart.lines.length === 0) return null
  const [{ shipping_options }, { payment_providers }, channels] =
    await Promise.all([
      uncachedStoreFetch<{
        shipping_options: { id: string; name: string; amount: number }[]
      }>("/store/shipping-options", {
        query: { cart_id: cart.id, fields: "id,name,amount" },
      }),
      uncachedStoreFetch<{ payment_providers: { id: string }[] }>(
        "/store/payment-providers",
        { query: { region_id: await cartRegion(cart.id) } }
      ),
      uncachedStoreFetch<{ zalo: boolean }>("/store/message-channels"),
    ])
  return {
    cart,
    shippingOptions: shipping_options
      .map((option) => ({
        id: option.id,
        name: option.name,
        amount: Number(option.amount),
      }))
      .sort((a, b) => b.amount - a.amount),
    paymentChoices: paymentChoices(payment_providers),
    zaloOffered: channels.zalo,
  }
}

/**
 * VietQR first (the default), VNPay when the backend offers it in the region; a card only when the backend offers Stripe in the region and the
 * storefront has Stripe's publishable key, read at run time so one build serves both set-ups.
 */
function paymentChoices(providers: { id: string }[]): PaymentChoice[] {
  const ids = new Set(providers.map((provider) => provider.id))
  const choices: PaymentChoice[] = []
  if (ids.has(VIETQR_PROVIDER)) {
    choices.push({ id: VIETQR_PROVIDER, kind: "vietqr" })
  }
  if (ids.has(VNPAY_PROVIDER)) {
    choices.push({ id: VNPAY_PROVIDER, kind: "vnpay" })
  }
  // Looked up by a computed name so Next.js does not freeze the build-time value in.
  const publishableKey = process.env[STRIPE_KEY_VARIABLE]
  if (ids.has(STRIPE_PROVIDER) && publishableKey) {
    choices.push({ id: STRIPE_PROVIDER, kind: "card", publishableKey })
  }
  return choices
}

async function cartRegion(cartId: string): Promise<string> {
  const { cart } = await uncachedStoreFetch<{ cart: { region_id: string } }>(
    `/store/carts/${encodeURIComponent(cartId)}`,
    { query: { fields: "id,region_id" } }
  )
  return cart.region_id
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

const FIELDS = [
  "email",
  "phone",
  "name",
  "province",
  "ward",
  "address",
  "shipping",
  "payment",
] as const

/**
 * The address fields the backend refused, by the names of this form. The backend alone decides
 * what a Vietnamese mobile number is; the form only says which input to fix.
 */
function backendFieldErrors(
  error: unknown
): Partial<Record<CheckoutField, CheckoutError>> | null {
  if (statusOf(error) !== 400) return null
  const result: Partial<Record<CheckoutField, CheckoutError>> = {}
  for (const name of refusedFields(error)) {
    if (name.endsWith(".phone")) result.phone = "phoneInvalid"
    else if (name.endsWith(".province")) result.province = "provinceUnknown"
    else if (name.endsWith(".city")) result.ward = "wardUnknown"
  }
  return Object.keys(result).length ? result : null
}

/**
 * Places the order: contact and 2025 address on the cart (the backend validates again and
 * stores the phone in E.164), shipping method, VietQR payment session, then completion.
 * On success the shopper lands on the order page with the QR code.
 */
export async function placeOrder(
  _previous: CheckoutState,
  formData: FormData
): Promise<CheckoutState> {
  const values: Record<string, string> = Object.fromEntries(
    FIELDS.map((name) => [name, text(formData, name)])
  )
  const locale = localeOf(formData)
  // Only offered where the market sends order messages on Zalo; the backend checks again.
  const zaloConsent = formData.get("zalo") === "on"
  // Only offered to a signed-in shopper; a guest's tick saves nothing.
  const saveAddress = formData.get("saveAddress") === "on"
  const fieldErrors: Partial<Record<CheckoutField, CheckoutError>> = {}
  for (const name of FIELDS) {
    const optional = name === "email" && zaloConsent
    if (!values[name] && !optional) fieldErrors[name] = "required"
  }
  if (values.email && !EMAIL.test(values.email))
    fieldErrors.email = "emailInvalid"

  const province = (await listProvinces()).find(
    (p) => p.code === values.province
  )
  if (values.province && !province) fieldErrors.province = "provinceUnknown"
  const ward = province
    ? (await listWards(province.code)).find((w) => w.code === values.ward)
    : undefined
  if (province && values.ward && !ward) fieldErrors.ward = "wardUnknown"
  if (Object.keys(fieldErrors).length) {
    return { status: "error", fieldErrors, values }
  }

  const cartId = await getCartId()
  if (!cartId) return { status: "error", formError: "emptyCart", values }
  const cartPath = `/store/carts/${encodeURIComponent(cartId)}`
  const address = {
    first_name: values.name,
    address_1: values.address,
    city: ward!.name,
    province: province!.name,
    country_code: "vn",
    phone: values.phone,
  }
  // Once the cart is a signed-in shopper's, its calls go as them.
  let asCustomer: Record<string, string> = {}
  const keepAddress = async () => {
    if (!saveAddress || !asCustomer.authorization) return
    await saveCheckoutAddress(
      {
        name: values.name,
        phone: values.phone,
        province: address.province,
        ward: address.city,
        street: values.address,
      },
      locale
    )
  }

  let orderId = ""
  let paymentUrl = ""
  try {
    asCustomer = await claimCart(cartId)
    await uncachedStoreFetch(cartPath, {
      method: "POST",
      headers: asCustomer,
      body: {
        ...(values.email && { email: values.email }),
        shipping_address: address,
        billing_address: address,
        // The shopper's agreement to Zalo messages and when it was given (personal-data rules).
        metadata: zaloConsent
          ? {
              locale,
              zalo_consent: true,
              zalo_consent_at: new Date().toISOString(),
            }
          : { locale },
      },
      query: { fields: "id" },
    })
    await uncachedStoreFetch(`${cartPath}/shipping-methods`, {
      method: "POST",
      body: { option_id: values.shipping },
      query: { fields: "id" },
      headers: asCustomer,
    })
    const { payment_collection } = await uncachedStoreFetch<{
      payment_collection: { id: string }
    }>("/store/payment-collections", {
      method: "POST",
      body: { cart_id: cartId },
      headers: asCustomer,
    })
    const { payment_collection: withSession } = await uncachedStoreFetch<{
      payment_collection: {
        payment_sessions?: {
          data?: { client_secret?: string; payment_url?: string }
        }[]
      }
    }>(`/store/payment-collections/${payment_collection.id}/payment-sessions`, {
      method: "POST",
      // VNPay shows its page in the shopper's language.
      body: { provider_id: values.payment, data: { locale } },
      headers: asCustomer,
    })
    if (values.payment === VNPAY_PROVIDER) {
      paymentUrl = withSession.payment_sessions?.[0]?.data?.payment_url ?? ""
      if (!paymentUrl) return { status: "error", formError: "failed", values }
      // The gateway places the order once paid; the shopper has chosen this address already.
      await keepAddress()
    } else if (values.payment === STRIPE_PROVIDER) {
      // The card is entered in Stripe's Payment Element; completeCardOrder places the order.
      const clientSecret =
        withSession.payment_sessions?.[0]?.data?.client_secret
      if (!clientSecret) return { status: "error", formError: "failed", values }
      await keepAddress()
      return { status: "card", clientSecret, values }
    } else {
      const completed = await completeCart(cartPath, locale)
      if (completed.type !== "order" || !completed.order) {
        return {
          status: "error",
          formError: stockOrFailed(completed.error),
          values,
        }
      }
      orderId = completed.order.id
      await keepAddress()
    }
  } catch (error) {
    const fromBackend = backendFieldErrors(error)
    if (fromBackend)
      return { status: "error", fieldErrors: fromBackend, values }
    return { status: "error", ...orderFailure(error), values }
  }
  if (paymentUrl) {
    // VNPay's IPN places the order; the cart stays until the shopper comes back to the return page.
    redirect(paymentUrl)
  }
  await keepProofOfCompletedCart(cartPath, locale)
  await removeCartId()
  redirect(orderPagePath(locale, orderId))
}

/**
 * After Stripe.js confirmed the card: completes the cart into an order (Medusa asks Stripe for
 * the PaymentIntent's status) and opens the order page. If the shopper leaves before this,
 * Stripe's payment_intent.succeeded webhook completes the cart instead.
 */
export async function completeCardOrder(locale: string): Promise<OrderFailure> {
  const cartId = await getCartId()
  if (!cartId) return { formError: "emptyCart" }
  const pageLocale = locale === "en" ? "en" : "vi"
  const cartPath = `/store/carts/${encodeURIComponent(cartId)}`
  let orderId: string
  try {
    const completed = await completeCart(cartPath, pageLocale)
    if (completed.type !== "order" || !completed.order) {
      return { formError: stockOrFailed(completed.error) }
    }
    orderId = completed.order.id
  } catch (error) {
    return orderFailure(error)
  }
  await keepProofOfCompletedCart(cartPath, pageLocale)
  await removeCartId()
  redirect(orderPagePath(pageLocale, orderId))
}
