import type { MedusaContainer } from "@medusajs/framework/types"
import { ProductStatus } from "@medusajs/framework/utils"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import type {
  CreateProducerDTO,
  ProducerStatus,
} from "../../src/types/producer/module"
import { runWorkflow } from "./workflows"

type SeededProducer = CreateProducerDTO & { id: string; status: ProducerStatus }

let sequence = 0
const next = () => ++sequence

/** A producer as an onboarder would register it; `status` defaults to verified. */
export async function seedProducer(
  container: MedusaContainer,
  overrides: Partial<CreateProducerDTO> & { status?: ProducerStatus } = {}
) {
  const n = next()
  const producers = await runWorkflow<SeededProducer[]>(
    container,
    "create-producers",
    {
      producers: [
        {
          handle: `htx-test-${n}`,
          name: `HTX Thử nghiệm ${n}`,
          kind: "cooperative",
          village: "Thôn Xuân Thành",
          ward: "Phường Xuân Trường - Đà Lạt",
          province: "Lâm Đồng",
          story_vi: "Dâu tây trồng trong nhà kính.",
          story_en: "Greenhouse strawberries.",
          phone: "0912 345 678",
          status: "verified",
          ...overrides,
        },
      ],
    }
  )
  return producers[0]
}

/** A product in the given sales channel, published unless told otherwise. */
export async function seedProduct(
  container: MedusaContainer,
  options: {
    salesChannelId: string
    status?: ProductStatus
    title?: string
    producerId?: string
  }
) {
  const n = next()
  const title = options.title ?? `Dâu tây ${n}`
  const { result } = await createProductsWorkflow(container).run({
    input: {
      products: [
        {
          title,
          handle: `dau-tay-${n}`,
          subtitle: "Đà Lạt",
          status: options.status ?? ProductStatus.PUBLISHED,
          sales_channels: [{ id: options.salesChannelId }],
          options: [{ title: "Khối lượng", values: ["500g"] }],
          variants: [
            {
              title: "500g",
              options: { "Khối lượng": "500g" },
              manage_inventory: false,
              prices: [{ currency_code: "vnd", amount: 120000 }],
            },
          ],
        },
      ],
    },
  })
  const product = result[0]
  if (options.producerId) {
    await runWorkflow(container, "link-products-to-producer", {
      producer_id: options.producerId,
      product_ids: [product.id],
    })
  }
  return product
}
