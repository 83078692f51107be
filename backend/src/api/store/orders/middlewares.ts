import { allowFields, type MiddlewareRoute } from "@medusajs/framework/http"
import { rejectQueryParameters } from "../../utils/query-parameters"
import { recogniseCustomer, requireOrderAccess } from "../../utils/order-access"

const orderIdFromPath = requireOrderAccess((req) => req.params.id)
const orderIdWithTransferToken = requireOrderAccess((req) => req.params.id, {
  transferTokenOf: (req) =>
    (req.body as { token?: unknown } | undefined)?.token,
})

/**
 * Medusa's own order routes answer anyone holding an order id with the shopper's email, name,
 * phone and address. Here they answer only the order's signed-in customer or a holder of a
 * proof; the summary route, which carries no personal details, stays open to the id.
 */
export const storeOrderMiddlewares: MiddlewareRoute[] = [
  // An order's pre-ordered lines and their ship dates, e.g. `+preorder_lines.*`. Without
  // `methods` this runs before core's query validation, which checks the allowed fields.
  {
    matcher: "/store/orders/:id",
    middlewares: [allowFields(["preorder_lines", "preorder_lines.*"])],
  },
  {
    methods: ["GET"],
    matcher: "/store/orders/:id/summary",
    middlewares: [rejectQueryParameters],
  },
  {
    methods: ["GET"],
    matcher: "/store/orders/:id",
    middlewares: [recogniseCustomer, orderIdFromPath],
  },
  {
    methods: ["GET"],
    matcher: "/store/orders/:id/messages",
    middlewares: [rejectQueryParameters, recogniseCustomer, orderIdFromPath],
  },
  ...["request", "cancel"].map((step): MiddlewareRoute => ({
    methods: ["POST"],
    matcher: `/store/orders/:id/transfer/${step}`,
    middlewares: [recogniseCustomer, orderIdFromPath],
  })),
  // The order's owner answers a transfer from the emailed link: its token is their proof.
  ...["accept", "decline"].map((step): MiddlewareRoute => ({
    methods: ["POST"],
    matcher: `/store/orders/:id/transfer/${step}`,
    middlewares: [recogniseCustomer, orderIdWithTransferToken],
  })),
  {
    methods: ["POST"],
    matcher: "/store/returns",
    middlewares: [
      recogniseCustomer,
      requireOrderAccess(
        (req) => (req.body as { order_id?: unknown } | undefined)?.order_id
      ),
    ],
  },
]
