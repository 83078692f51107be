import { Button, Drawer, Label, Text, Textarea, toast } from "@medusajs/ui"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { adminCall } from "../lib/client"

type Action = "submit" | "verify" | "suspend" | "reinstate"

/** Verify / Suspend (with a reason) / Reinstate: only the moves the lifecycle allows right now. */
export const LifecycleActions = ({
  producerId,
  allowed,
}: {
  producerId: string
  allowed: Action[]
}) => {
  const { t } = useTranslation()
  const client = useQueryClient()
  const [reason, setReason] = useState("")
  const [open, setOpen] = useState(false)
  const act = useMutation({
    mutationFn: ({
      action,
      body,
    }: {
      action: Action
      body: Record<string, string>
    }) => adminCall(`/admin/producers/${producerId}/${action}`, body),
    onSuccess: () => {
      toast.success(t("xtProducers.detail.done"))
      setOpen(false)
      setReason("")
      return client.invalidateQueries({ queryKey: ["xt-producers"] })
    },
    onError: (error: Error) => toast.error(error.message),
  })

  return (
    <div className="flex flex-wrap gap-2">
      {allowed.includes("verify") && (
        <Button
          size="small"
          isLoading={act.isPending}
          onClick={() => act.mutate({ action: "verify", body: {} })}
        >
          {t("xtProducers.detail.verify")}
        </Button>
      )}
      {allowed.includes("reinstate") && (
        <Button
          size="small"
          isLoading={act.isPending}
          onClick={() => act.mutate({ action: "reinstate", body: {} })}
        >
          {t("xtProducers.detail.reinstate")}
        </Button>
      )}
      {allowed.includes("suspend") && (
        <Drawer open={open} onOpenChange={setOpen}>
          <Drawer.Trigger asChild>
            <Button size="small" variant="danger">
              {t("xtProducers.detail.suspend")}
            </Button>
          </Drawer.Trigger>
          <Drawer.Content>
            <Drawer.Header>
              <Drawer.Title>
                {t("xtProducers.detail.confirmSuspend")}
              </Drawer.Title>
            </Drawer.Header>
            <Drawer.Body className="flex flex-col gap-2">
              <Label htmlFor="xt-suspend-reason">
                {t("xtProducers.detail.reason")}
              </Label>
              <Textarea
                id="xt-suspend-reason"
                value={reason}
                onChange={(event) => setReason(event.target.value)}
              />
              <Text size="small" className="text-ui-fg-subtle">
                {t("xtProducers.detail.reasonHint")}
              </Text>
            </Drawer.Body>
            <Drawer.Footer>
              <Drawer.Close asChild>
                <Button variant="secondary" size="small">
                  {t("xtProducers.detail.cancel")}
                </Button>
              </Drawer.Close>
              <Button
                variant="danger"
                size="small"
                disabled={!reason.trim()}
                isLoading={act.isPending}
                onClick={() =>
                  act.mutate({
                    action: "suspend",
                    body: { reason: reason.trim() },
                  })
                }
              >
                {t("xtProducers.detail.confirmSuspend")}
              </Button>
            </Drawer.Footer>
          </Drawer.Content>
        </Drawer>
      )}
    </div>
  )
}
