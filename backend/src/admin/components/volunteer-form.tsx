import { Button, Drawer, Input, Label, Text, toast } from "@medusajs/ui"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { AdminCallError, adminCall } from "../lib/client"

const FIELDS = [
  "email",
  "name",
  "team",
  "village",
  "phone",
  "password",
] as const
type Field = (typeof FIELDS)[number]
type Values = Record<Field, string>

const INPUT_TYPE: Partial<Record<Field, string>> = {
  email: "email",
  phone: "tel",
  password: "password",
}

const EMPTY: Values = {
  email: "",
  name: "",
  team: "",
  village: "",
  phone: "",
  password: "",
}

/** Officers open a volunteer's account, choosing the password the volunteer first signs in with. */
export const VolunteerForm = () => {
  const { t } = useTranslation()
  const client = useQueryClient()
  const [open, setOpen] = useState(false)
  const [values, setValues] = useState<Values>(EMPTY)
  const create = useMutation({
    mutationFn: (body: Values) => adminCall("/admin/onboarders", body),
    onSuccess: () => {
      toast.success(t("xtProducers.volunteers.created"))
      setOpen(false)
      setValues(EMPTY)
      return client.invalidateQueries({ queryKey: ["xt-producers"] })
    },
  })

  const fieldErrors =
    create.error instanceof AdminCallError ? create.error.fieldErrors : []
  const errorOf = (field: Field) =>
    fieldErrors.find((error) => error.field === field)?.message
  // A problem shown at its input needs no summary: the message would only repeat it.
  const formError =
    create.error && !FIELDS.some(errorOf) ? create.error.message : null

  return (
    <Drawer
      open={open}
      onOpenChange={(next) => {
        setOpen(next)
        if (!next) create.reset()
      }}
    >
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary">
          {t("xtProducers.volunteers.add")}
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <form
          className="flex flex-1 flex-col overflow-hidden"
          onSubmit={(event) => {
            event.preventDefault()
            // The password is taken as typed: spaces may be part of it.
            create.mutate({
              email: values.email.trim(),
              name: values.name.trim(),
              team: values.team.trim(),
              village: values.village.trim(),
              phone: values.phone.trim(),
              password: values.password,
            })
          }}
        >
          <Drawer.Header>
            <Drawer.Title>{t("xtProducers.volunteers.add")}</Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-4 overflow-y-auto">
            {FIELDS.map((field) => (
              <div key={field} className="flex flex-col gap-1">
                <Label htmlFor={`xt-volunteer-${field}`}>
                  {t(`xtProducers.volunteers.fields.${field}`)}
                </Label>
                <Input
                  id={`xt-volunteer-${field}`}
                  type={INPUT_TYPE[field] ?? "text"}
                  autoComplete={field === "password" ? "new-password" : "off"}
                  aria-invalid={Boolean(errorOf(field))}
                  value={values[field]}
                  onChange={(event) =>
                    setValues({ ...values, [field]: event.target.value })
                  }
                />
                {field === "password" && (
                  <Text size="small" className="text-ui-fg-subtle">
                    {t("xtProducers.volunteers.passwordHint")}
                  </Text>
                )}
                {errorOf(field) && (
                  <Text size="small" className="text-ui-fg-error">
                    {errorOf(field)}
                  </Text>
                )}
              </div>
            ))}
            {formError && (
              <Text size="small" className="text-ui-fg-error">
                {formError}
              </Text>
            )}
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button variant="secondary" size="small" type="button">
                {t("xtProducers.volunteers.cancel")}
              </Button>
            </Drawer.Close>
            <Button
              size="small"
              type="submit"
              disabled={
                !values.email.trim() || !values.name.trim() || !values.password
              }
              isLoading={create.isPending}
            >
              {t("xtProducers.volunteers.create")}
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
