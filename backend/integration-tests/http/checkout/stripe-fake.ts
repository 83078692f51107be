import http from "node:http"
import type { AddressInfo } from "node:net"

// Stripe's API cannot be reached here and no stripe-mock exists: this local HTTP server answers
// the few API paths the Medusa Stripe provider calls, with PaymentIntents kept in memory so a
// test can play the shopper confirming a card. Tests only: the provider's client is pointed at
// it by `pointProviderAt`, the running app never is.

export type FakeIntent = {
  id: string
  object: "payment_intent"
  amount: number
  amount_received: number
  currency: string
  status: string
  client_secret: string
  capture_method: string
  metadata: Record<string, string>
}

/** Every request the provider sent, with Stripe's form body decoded. */
export type StripeCall = { method: string; path: string; body: URLSearchParams }

export async function startFakeStripe() {
  const intents = new Map<string, FakeIntent>()
  const calls: StripeCall[] = []
  let sequence = 0

  function answer(method: string, path: string, body: URLSearchParams) {
    calls.push({ method, path, body })
    const [, , resource, id, action] = path.split("/")
    if (resource === "refunds" && method === "POST") {
      sequence += 1
      return {
        id: `re_fake_${sequence}`,
        object: "refund",
        amount: Number(body.get("amount")),
        payment_intent: body.get("payment_intent"),
        status: "succeeded",
      }
    }
    if (resource !== "payment_intents") {
      return null
    }
    if (!id) {
      sequence += 1
      const intent: FakeIntent = {
        id: `pi_fake_${sequence}`,
        object: "payment_intent",
        amount: Number(body.get("amount")),
        amount_received: 0,
        currency: body.get("currency") ?? "",
        status: "requires_payment_method",
        client_secret: `pi_fake_${sequence}_secret_fake`,
        capture_method: body.get("capture_method") ?? "automatic",
        metadata: { session_id: body.get("metadata[session_id]") ?? "" },
      }
      intents.set(intent.id, intent)
      return intent
    }
    const intent = intents.get(id)
    if (intent && action === "cancel") {
      intent.status = "canceled"
    } else if (intent && method === "POST" && body.get("amount")) {
      intent.amount = Number(body.get("amount"))
    }
    return intent ?? null
  }

  const server = http.createServer((req, res) => {
    let raw = ""
    req.on("data", (chunk) => (raw += chunk))
    req.on("end", () => {
      const [path] = (req.url ?? "").split("?")
      const found = answer(req.method ?? "GET", path, new URLSearchParams(raw))
      res.writeHead(found ? 200 : 404, { "content-type": "application/json" })
      res.end(
        JSON.stringify(
          found ?? {
            error: { type: "invalid_request_error", message: "No such object" },
          }
        )
      )
    })
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as AddressInfo

  return {
    calls,
    /**
     * Swaps the registered provider's client for a Stripe SDK client aimed at this server (the
     * provider builds its own without host options).
     */
    pointProviderAt(
      provider: { stripe_: object },
      StripeClient: new (key: string, config: object) => object,
      apiKey: string
    ) {
      provider.stripe_ = new StripeClient(apiKey, {
        host: "127.0.0.1",
        port,
        protocol: "http",
        maxNetworkRetries: 0,
      })
    },
    /** What Stripe.js does when the shopper's card is accepted in the Payment Element. */
    confirmCard(intentId: string) {
      const intent = intents.get(intentId)!
      intent.status = "succeeded"
      intent.amount_received = intent.amount
      return intent
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
