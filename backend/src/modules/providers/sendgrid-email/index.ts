import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import SendgridEmailNotificationService from "./service"

export default ModuleProvider(Modules.NOTIFICATION, {
  services: [SendgridEmailNotificationService],
})
