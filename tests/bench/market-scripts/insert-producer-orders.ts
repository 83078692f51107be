// Gives one producer BENCH_PRODUCER_ORDERS orders (default 5,000), written in bulk through the
// order module: one line each, on one of the producer's products, as a shopper's order would
// carry it. Run by tests/bench/bench.mjs with `medusa exec` in the market backend.
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

const BATCH = 250

export default async function insertProducerOrders({ container }: ExecArgs) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const orderModule = container.resolve(Modules.ORDER)
  const handle = process.env.BENCH_PRODUCER_HANDLE ?? "namanh-farm"
  const total = Number(process.env.BENCH_PRODUCER_ORDERS ?? 5000)

  const { data: producers } = await query.graph({
    entity: "producer",
    fields: ["id", "products.id", "products.title", "products.variants.*"],
    filters: { handle },
  })
  const products = (producers[0]?.products ?? []).filter(Boolean)
  if (!products.length) {
    throw new Error(`The producer ${handle} has no products to order.`)
  }
  const { data: regions } = await query.graph({
    entity: "region",
    fields: ["id"],
    filters: { currency_code: "vnd" },
  })

  for (let start = 0; start < total; start += BATCH) {
    const size = Math.min(BATCH, total - start)
    await orderModule.createOrders(
      Array.from({ length: size }, (_, i) => {
        const product = products[(start + i) % products.length]
        const variant = product.variants[0]
        return {
          region_id: regions[0]?.id,
          currency_code: "vnd",
          email: `buyer-${start + i}@example.vn`,
          shipping_address: {
            first_name: "Người mua",
            last_name: String(start + i),
            address_1: "12 Hùng Vương",
            city: "Phường Xuân Trường - Đà Lạt",
            province: "Lâm Đồng",
            country_code: "vn",
            phone: "0912345678",
          },
          items: [
            {
              title: variant.title,
              product_id: product.id,
              product_title: product.title,
              variant_id: variant.id,
              variant_title: variant.title,
              quantity: 1,
              unit_price: 120000,
            },
          ],
        }
      })
    )
  }
}
