import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import {
  adminCall,
  formatDate,
  STATUS_COLOR,
  type ProducerStatus,
} from "../lib/client"

type ProductWithLinks = {
  producer: {
    id: string
    name: string
    status: ProducerStatus
    village: string | null
  } | null
  ocop_certificate: {
    stars: number
    decision_number: string
    issuing_level: string
    issued_at: string
    expires_at: string
    image_url: string | null
  } | null
}

const FIELDS = [
  "id",
  "producer.id",
  "producer.name",
  "producer.status",
  "producer.village",
  "ocop_certificate.stars",
  "ocop_certificate.decision_number",
  "ocop_certificate.issuing_level",
  "ocop_certificate.issued_at",
  "ocop_certificate.expires_at",
  "ocop_certificate.image_url",
].join(",")

/** Beside Medusa's product page: who makes it (and whether shoppers can see it) and its OCOP paper. */
const ProductProducerWidget = ({
  data: product,
}: DetailWidgetProps<AdminProduct>) => {
  const { t, i18n } = useTranslation()
  const { data } = useQuery({
    queryKey: ["xt-producers", "product", product.id],
    queryFn: () =>
      adminCall<{ product: ProductWithLinks }>(
        `/admin/products/${product.id}?fields=${FIELDS}`
      ),
  })
  const producer = data?.product.producer
  const certificate = data?.product.ocop_certificate
  const expired = certificate
    ? new Date(certificate.expires_at) < new Date()
    : false
  return (
    <Container className="flex flex-col gap-3 px-6 py-4">
      <Heading level="h2">{t("xtProducers.widget.title")}</Heading>
      {producer ? (
        <div className="flex items-center justify-between gap-2">
          <Link
            to={`/producers/${producer.id}`}
            className="text-ui-fg-interactive txt-small-plus"
          >
            {producer.name}
          </Link>
          <Badge color={STATUS_COLOR[producer.status]} size="2xsmall">
            {t(`xtProducers.status.${producer.status}`)}
          </Badge>
        </div>
      ) : (
        <Text size="small">{t("xtProducers.widget.none")}</Text>
      )}
      <Heading level="h3">{t("xtProducers.widget.certificate")}</Heading>
      {certificate ? (
        <div className="flex flex-col gap-1 txt-small">
          <span>
            {"★".repeat(certificate.stars)}{" "}
            {t("xtProducers.widget.stars", { count: certificate.stars })}
          </span>
          <span>
            {t("xtProducers.widget.decision", {
              number: certificate.decision_number,
            })}
          </span>
          <span>
            {t("xtProducers.widget.level", {
              level: t(
                `xtProducers.widget.levels.${certificate.issuing_level}`
              ),
            })}
          </span>
          <span>
            {t("xtProducers.widget.issued", {
              date: formatDate(certificate.issued_at, i18n.language),
              expires: formatDate(certificate.expires_at, i18n.language),
            })}
          </span>
          {expired && (
            <span className="text-ui-fg-error">
              {t("xtProducers.widget.expired")}
            </span>
          )}
          {certificate.image_url && (
            <a href={certificate.image_url} target="_blank" rel="noreferrer">
              <img
                src={certificate.image_url}
                alt=""
                className="max-h-40 rounded border"
              />
            </a>
          )}
        </div>
      ) : (
        <Text size="small">{t("xtProducers.widget.noCertificate")}</Text>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "product.details.side.before",
})

export default ProductProducerWidget
