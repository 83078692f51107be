import { Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { AdminCallError } from "../lib/client"

export type KnownStatus = 400 | 404 | 409

/**
 * A refused call said in the officer's language, chosen by HTTP status; the backend's own
 * sentence follows as detail, since it often names the exact amount or order at fault.
 */
export const CallError = ({
  error,
  messages,
  fallback,
}: {
  error: unknown
  messages: Partial<Record<KnownStatus, string>>
  fallback?: string
}) => {
  const { t } = useTranslation()
  if (!error) {
    return null
  }
  const status = error instanceof AdminCallError ? error.status : 0
  const title =
    ((status === 400 || status === 404 || status === 409) &&
      messages[status]) ||
    fallback ||
    t("xtBankTransfers.errors.generic")
  const detail = error instanceof Error ? error.message : ""
  return (
    <div className="flex flex-col gap-0.5" role="alert">
      <Text size="small" weight="plus" className="text-ui-fg-error">
        {title}
      </Text>
      {detail && detail !== title && (
        <Text size="small" className="text-ui-fg-subtle">
          {detail}
        </Text>
      )}
    </div>
  )
}
