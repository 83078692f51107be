// Must be rejected: the portal reaching into the admin's API folder.
import { refetchAdminProducer } from "../admin/producers/helpers"

export const refetch = refetchAdminProducer
