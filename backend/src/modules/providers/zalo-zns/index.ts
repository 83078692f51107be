import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import ZaloZnsNotificationService from "./service"

export default ModuleProvider(Modules.NOTIFICATION, {
  services: [ZaloZnsNotificationService],
})
