import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import ProducerModule from "../modules/producer"

/** A producer sells many products; a product has one producer (`product.producer`, `producer.products`). */
export default defineLink(ProducerModule.linkable.producer, {
  linkable: ProductModule.linkable.product,
  isList: true,
})
