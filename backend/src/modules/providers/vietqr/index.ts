import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import VietqrPaymentProviderService from "./service"

export default ModuleProvider(Modules.PAYMENT, {
  services: [VietqrPaymentProviderService],
})
