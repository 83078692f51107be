import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import OcopModule from "../modules/ocop"

/** A product carries at most one OCOP certificate (`product.ocop_certificate`). */
export default defineLink(
  ProductModule.linkable.product,
  OcopModule.linkable.ocopCertificate
)
