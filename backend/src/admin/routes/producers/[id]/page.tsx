import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useTranslation } from "react-i18next"
import { Link, useParams } from "react-router-dom"
import { LifecycleActions } from "../../../components/lifecycle-actions"
import { PrintQrLabels } from "../../../components/print-qr-labels"
import { ProducerInvites } from "../../../components/producer-invites"
import { ProducerMembers } from "../../../components/producer-members"
import { Section } from "../../../components/section"
import {
  adminCall,
  formatDate,
  STATUS_COLOR,
  type ProducerStatus,
} from "../../../lib/client"

type Certificate = {
  stars: number
  decision_number: string
  expires_at: string
  image_url: string | null
}
type AdminProducer = {
  id: string
  name: string
  kind: string
  phone: string
  village: string | null
  ward: string | null
  province: string | null
  story_vi: string | null
  status: ProducerStatus
  photos: string[] | null
  onboarder: { name: string; team: string | null } | null
  consent: { given_by: string; method: string; given_at: string | null } | null
  checklist: {
    ready: boolean
    items: { key: string; required: boolean; done: boolean }[]
  }
  allowed_actions: ("submit" | "verify" | "suspend" | "reinstate")[]
  products: {
    id: string
    title: string
    status: string
    ocop_certificate: Certificate | null
  }[]
}
type HistoryEntry = {
  id: string
  from_status: ProducerStatus | null
  to_status: ProducerStatus
  actor: { type: string; name: string | null }
  note: string | null
  created_at: string
}

/** One producer for officers: checklist, consent, photos, members, invites, history, lifecycle. */
const ProducerDetailPage = () => {
  const { id } = useParams()
  const { t, i18n } = useTranslation()
  const locale = i18n.language
  const { data, error } = useQuery({
    queryKey: ["xt-producers", "detail", id],
    queryFn: () =>
      adminCall<{ producer: AdminProducer }>(`/admin/producers/${id}`),
  })
  const { data: history } = useQuery({
    queryKey: ["xt-producers", "history", id],
    queryFn: () =>
      adminCall<{ history: HistoryEntry[] }>(`/admin/producers/${id}/history`),
  })
  if (error) {
    return (
      <Text>
        {t("xtProducers.error", { message: (error as Error).message })}
      </Text>
    )
  }
  const producer = data?.producer
  if (!producer) return <Text>{t("xtProducers.loading")}</Text>
  const statusName = (status: ProducerStatus | null) =>
    status ? t(`xtProducers.status.${status}`) : "—"

  return (
    <div className="flex flex-col gap-3">
      <Link to="/producers" className="text-ui-fg-interactive txt-small">
        ← {t("xtProducers.detail.back")}
      </Link>
      <Container className="flex flex-col gap-3 px-6 py-4">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <div className="flex items-center gap-2">
            <Heading level="h1">{producer.name}</Heading>
            <Badge color={STATUS_COLOR[producer.status]} size="2xsmall">
              {statusName(producer.status)}
            </Badge>
          </div>
          <div className="flex flex-wrap gap-2">
            <PrintQrLabels producerId={producer.id} />
            <LifecycleActions
              producerId={producer.id}
              allowed={producer.allowed_actions}
            />
          </div>
        </div>
        <Text size="small">
          {t(`xtProducers.kind.${producer.kind}`)} ·{" "}
          {t("xtProducers.detail.phone")}: {producer.phone}
        </Text>
        <Text size="small">
          {t("xtProducers.detail.place")}:{" "}
          {[producer.village, producer.ward, producer.province]
            .filter(Boolean)
            .join(", ") || "—"}
        </Text>
        <Text size="small">
          {t("xtProducers.detail.volunteer")}:{" "}
          {producer.onboarder
            ? [producer.onboarder.name, producer.onboarder.team]
                .filter(Boolean)
                .join(" · ")
            : "—"}
        </Text>
        {producer.story_vi && <Text size="small">{producer.story_vi}</Text>}
      </Container>
      <Section title={t("xtProducers.detail.checklist")}>
        <ul className="flex flex-col gap-1">
          {producer.checklist.items.map((item) => (
            <li key={item.key} className="flex items-center gap-2 txt-small">
              <span aria-hidden>{item.done ? "✓" : "○"}</span>
              <span className={item.done ? "" : "text-ui-fg-error"}>
                {t(`xtProducers.checklist.${item.key}`)}
              </span>
              <span className="text-ui-fg-muted">
                (
                {item.required
                  ? t("xtProducers.detail.required")
                  : t("xtProducers.detail.recommended")}
                )
              </span>
            </li>
          ))}
        </ul>
      </Section>
      <Section title={t("xtProducers.detail.consent")}>
        <Text size="small">
          {producer.consent
            ? t("xtProducers.detail.consentBy", {
                name: producer.consent.given_by,
                method: t(
                  `xtProducers.detail.consentMethods.${producer.consent.method}`
                ),
                date: formatDate(producer.consent.given_at, locale),
              })
            : t("xtProducers.detail.noConsent")}
        </Text>
      </Section>
      <Section title={t("xtProducers.detail.products")}>
        {producer.products.length === 0 && (
          <Text size="small">{t("xtProducers.detail.noProducts")}</Text>
        )}
        {producer.products.map((product) => (
          <div
            key={product.id}
            className="flex flex-col gap-1 border-b py-2 last:border-b-0"
          >
            <Link
              to={`/products/${product.id}`}
              className="text-ui-fg-interactive txt-small-plus"
            >
              {product.title}
            </Link>
            <Text size="small" className="text-ui-fg-subtle">
              {product.ocop_certificate
                ? t("xtProducers.detail.certificate", {
                    stars: product.ocop_certificate.stars,
                    number: product.ocop_certificate.decision_number,
                    date: formatDate(
                      product.ocop_certificate.expires_at,
                      locale
                    ),
                  })
                : t("xtProducers.detail.noCertificate")}
            </Text>
            {product.ocop_certificate?.image_url && (
              <a
                href={product.ocop_certificate.image_url}
                target="_blank"
                rel="noreferrer"
              >
                <img
                  src={product.ocop_certificate.image_url}
                  alt={t("xtProducers.detail.certificatePhoto")}
                  className="max-h-48 rounded border"
                />
              </a>
            )}
          </div>
        ))}
      </Section>
      <Section title={t("xtProducers.detail.photos")}>
        {producer.photos?.length ? (
          <div className="flex flex-wrap gap-2">
            {producer.photos.map((photo) => (
              <img
                key={photo}
                src={photo}
                alt=""
                className="h-24 rounded border"
              />
            ))}
          </div>
        ) : (
          <Text size="small">{t("xtProducers.detail.noPhotos")}</Text>
        )}
      </Section>
      <ProducerMembers producerId={producer.id} />
      <ProducerInvites producerId={producer.id} />
      <Section title={t("xtProducers.detail.history")}>
        {!history?.history.length ? (
          <Text size="small">{t("xtProducers.detail.noHistory")}</Text>
        ) : (
          <ol className="flex flex-col gap-2">
            {history.history.map((entry) => (
              <li key={entry.id} className="flex flex-col txt-small">
                <span>
                  {formatDate(entry.created_at, locale)} ·{" "}
                  {t("xtProducers.detail.historyEntry", {
                    from: statusName(entry.from_status),
                    to: statusName(entry.to_status),
                  })}{" "}
                  {t("xtProducers.detail.by", {
                    name: entry.actor.name ?? entry.actor.type,
                  })}
                </span>
                {entry.note && (
                  <span className="text-ui-fg-subtle">“{entry.note}”</span>
                )}
              </li>
            ))}
          </ol>
        )}
      </Section>
    </div>
  )
}

export default ProducerDetailPage
