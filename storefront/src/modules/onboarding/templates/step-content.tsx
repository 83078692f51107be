import type { Locale } from "@/i18n/routing"
import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { listProvinces, listWards } from "@/lib/data/shared/addresses"
import { saveOnboardingSeason } from "@/lib/data/onboarding/products"
import type { OnboardingProducer } from "@/lib/data/onboarding/types"
import { formatVndOrNull } from "@/lib/util/money"
import { missingRequired, type WizardStep } from "@/lib/util/onboarding-steps"
import { formatSeason } from "@/lib/util/season"
import SeasonPicker from "@/modules/common/components/season-picker"
import CertificateForm from "../components/certificate-form"
import Checklist from "../components/checklist"
import InviteForm from "../components/invite-form"
import LinkForm from "../components/link-form"
import PlaceForm from "../components/place-form"
import ProductForm from "../components/product-form"
import StoryForm from "../components/story-form"
import SubmitForm from "../components/submit-form"
import { secondaryButtonClass } from "../components/styles"

type Props = { producer: OnboardingProducer; locale: Locale }

async function PlaceStep({ producer, locale }: Props) {
  const provinces = await listProvinces()
  const province = provinces.find((option) => option.name === producer.province)
  const wards = province ? await listWards(province.code) : []
  const ward = wards.find((option) => option.name === producer.ward)
  return (
    <PlaceForm
      producer={producer}
      provinces={provinces}
      initialProvinceCode={province?.code ?? ""}
      initialWards={wards}
      initialWardCode={ward?.code ?? ""}
      locale={locale}
    />
  )
}

function NextLink({
  href,
  label,
  testId,
}: {
  href: string
  label: string
  testId: string
}) {
  return (
    <Link href={href} className={secondaryButtonClass} data-testid={testId}>
      {label}
    </Link>
  )
}

async function ProductsStep({ producer, locale }: Props) {
  const t = await getTranslations({ locale, namespace: "onboarding" })
  const ts = await getTranslations({ locale, namespace: "season" })
  return (
    <div className="space-y-6">
      <p className="text-base text-stone-700">{t("products.intro")}</p>
      <section className="space-y-2" data-testid="onboarding-saved-products">
        <h2 className="text-lg font-semibold">{t("products.saved")}</h2>
        {producer.products.length === 0 ? (
          <p className="text-base text-stone-600">{t("products.none")}</p>
        ) : (
          <ul className="divide-y divide-stone-100 rounded-xl border border-stone-200">
            {producer.products.map((product) => (
              <li
                key={product.id}
                className="px-3 py-2"
                data-testid="onboarding-saved-product"
              >
                <p className="text-base font-medium">{product.title}</p>
                <p className="text-sm text-stone-600">
                  {product.variants
                    .map((variant) =>
                      [variant.title, formatVndOrNull(variant.price)]
                        .filter(Boolean)
                        .join(": ")
                    )
                    .join(" · ")}
                </p>
                <details
                  className="mt-1"
                  data-testid="onboarding-product-season"
                >
                  <summary className="min-h-12 cursor-pointer content-center text-base text-leaf-800">
                    {ts("picker.heading")}:{" "}
                    {formatSeason(product.season, locale, ts) ??
                      ts("picker.notSet")}
                  </summary>
                  <div className="pt-2 pb-3">
                    <SeasonPicker
                      action={saveOnboardingSeason}
                      season={product.season}
                      fields={{
                        producerId: producer.id,
                        productId: product.id,
                      }}
                      locale={locale}
                    />
                  </div>
                </details>
              </li>
            ))}
          </ul>
        )}
      </section>
      <ProductForm producerId={producer.id} locale={locale} />
      {producer.products.length > 0 && (
        <NextLink
          href={`/onboarding/producers/${producer.id}/certificates`}
          label={t("actions.next")}
          testId="products-continue"
        />
      )}
    </div>
  )
}

async function CertificatesStep({ producer, locale }: Props) {
  const t = await getTranslations({ locale, namespace: "onboarding" })
  return (
    <div className="space-y-6">
      <p className="text-base text-stone-700">{t("certificates.intro")}</p>
      {producer.products.map((product) => (
        <details
          key={product.id}
          className="rounded-xl border border-stone-200 p-3"
          data-testid="onboarding-certificate-product"
        >
          <summary className="min-h-12 cursor-pointer content-center text-lg font-semibold">
            {product.title}
          </summary>
          <div className="space-y-6 pt-3">
            {product.ocop_certificate && (
              <p className="text-base text-leaf-800">
                {t("certificates.current", {
                  stars: product.ocop_certificate.stars,
                  number: product.ocop_certificate.decision_number,
                })}
              </p>
            )}
            <CertificateForm
              producerId={producer.id}
              productId={product.id}
              locale={locale}
            />
            <ul className="space-y-1">
              {product.marketplace_listings.map((listing) => (
                <li
                  key={listing.id}
                  className="break-all text-sm text-stone-700"
                >
                  {listing.url}
                </li>
              ))}
            </ul>
            <LinkForm
              producerId={producer.id}
              productId={product.id}
              locale={locale}
            />
          </div>
        </details>
      ))}
      <NextLink
        href={`/onboarding/producers/${producer.id}/submit`}
        label={t("actions.next")}
        testId="certificates-continue"
      />
    </div>
  )
}

async function InviteStep({ producer, locale }: Props) {
  const t = await getTranslations({ locale, namespace: "onboarding" })
  return (
    <div className="space-y-4">
      {producer.status === "submitted" && (
        <p
          role="status"
          className="rounded-lg bg-leaf-50 p-3 text-base text-leaf-800"
          data-testid="onboarding-submitted"
        >
          {t("invite.submitted")}
        </p>
      )}
      <p className="text-sm text-stone-600" data-testid="onboarding-status">
        {t(`status.${producer.status}`)}
      </p>
      {producer.status === "suspended" ? (
        <p className="text-base text-berry-600">{t("invite.suspended")}</p>
      ) : (
        <>
          <p className="text-base text-stone-700">{t("invite.intro")}</p>
          <InviteForm producerId={producer.id} locale={locale} />
        </>
      )}
      <NextLink
        href="/onboarding"
        label={t("invite.done")}
        testId="invite-done"
      />
    </div>
  )
}

/** The body of one wizard step for a saved producer (step 1 has its own page for new ones). */
export default async function StepContent({
  step,
  producer,
  locale,
}: Props & { step: Exclude<WizardStep, "basics"> }) {
  switch (step) {
    case "place":
      return <PlaceStep producer={producer} locale={locale} />
    case "story":
      return <StoryForm producer={producer} locale={locale} />
    case "products":
      return <ProductsStep producer={producer} locale={locale} />
    case "certificates":
      return <CertificatesStep producer={producer} locale={locale} />
    case "submit":
      return (
        <div className="space-y-6">
          <Checklist producer={producer} locale={locale} />
          <SubmitForm
            producerId={producer.id}
            ready={missingRequired(producer).length === 0}
            locale={locale}
          />
        </div>
      )
    case "invite":
      return <InviteStep producer={producer} locale={locale} />
  }
}
