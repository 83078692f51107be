import { Button, toast } from "@medusajs/ui"
import { useMutation } from "@tanstack/react-query"
import { useTranslation } from "react-i18next"
import { adminDownload } from "../lib/client"

/** Downloads the A4 sheets of QR labels for every product of the producer shoppers can see. */
export const PrintQrLabels = ({ producerId }: { producerId: string }) => {
  const { t } = useTranslation()
  const download = useMutation({
    mutationFn: () =>
      adminDownload(`/admin/producers/${producerId}/qr.pdf?layout=labels`),
    onError: (error: Error) => toast.error(error.message),
  })
  return (
    <Button
      size="small"
      variant="secondary"
      isLoading={download.isPending}
      title={t("xtProducers.detail.printQrLabelsHint")}
      onClick={() => download.mutate()}
    >
      {t("xtProducers.detail.printQrLabels")}
    </Button>
  )
}
