import { Module } from "@medusajs/framework/utils"
import SharingModuleService from "./service"

export const SHARING_MODULE = "sharing"

export default Module(SHARING_MODULE, {
  service: SharingModuleService,
})
