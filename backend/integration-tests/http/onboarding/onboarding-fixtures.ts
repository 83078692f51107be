// Shared set-up of the onboarding specs: signed-in volunteers, producers registered through
// /onboarding/*, and a producer brought to any lifecycle status through the real routes.
import type { InferTypeOf, MedusaContainer } from "@medusajs/framework/types"
import type Onboarder from "../../../src/modules/producer/models/onboarder"
import type { PortalProductResponse } from "../../../src/types/producer-portal/http"
import type { ProducerDTO } from "../../../src/types/producer/module"
import { registerEmailpassIdentity } from "../../utils/accounts"
import type { RequestHeaders } from "../../utils/admin"
import {
  type ErrorBody,
  responseOf,
  type TestApi,
  type TokenResponse,
} from "../../utils/api"
import { runWorkflow } from "../../utils/workflows"

/** The producer of an /onboarding/* answer, as far as the specs read it. */
export type OnboardingProducer = Pick<
  ProducerDTO,
  "id" | "handle" | "name" | "status"
>

let sequence = 0

export type SignedInOnboarder = RequestHeaders & {
  id: string
  email: string
  password: string
}

/** A volunteer as the seed makes one: emailpass sign-in + onboarder record, then signed in. */
export async function signInOnboarder(
  api: TestApi,
  container: MedusaContainer,
  village = "Thôn Xuân Thành"
): Promise<SignedInOnboarder> {
  const n = ++sequence
  const email = `tinhnguyen${n}-${Date.now()}@xuantho.test`
  const password = `mat-khau-${n}-dai`
  const authIdentityId = await registerEmailpassIdentity(
    container,
    email,
    password
  )
  const onboarder = await runWorkflow<InferTypeOf<typeof Onboarder>>(
    container,
    "create-onboarder",
    {
      email,
      name: `Tình nguyện viên ${n}`,
      team: "Tổ công nghệ số",
      village,
      phone: "+84987654321",
      auth_identity_id: authIdentityId,
    }
  )
  const { data } = await api.post<TokenResponse>("/auth/onboarder/emailpass", {
    email,
    password,
  })
  return {
    headers: { authorization: `Bearer ${data.token}` },
    id: onboarder.id,
    email,
    password,
  }
}

export const CONSENT = { given_by: "Nguyễn Văn An", method: "signed_form" }

/** The wizard's first step: a draft with name, kind, phone and consent. */
export async function createDraft(
  api: TestApi,
  onboarder: RequestHeaders,
  overrides: Record<string, unknown> = {}
) {
  const { data } = await api.post<{ producer: OnboardingProducer }>(
    "/onboarding/producers",
    {
      name: `HTX Dâu tây ${++sequence}`,
      kind: "cooperative",
      phone: "0912 345 678",
      consent: CONSENT,
      ...overrides,
    },
    onboarder
  )
  return data.producer
}

/** A draft with everything the checklist requires: place and one priced product. */
export async function createCompleteDraft(
  api: TestApi,
  onboarder: RequestHeaders,
  productTitle = `Mứt dâu ${++sequence}`
) {
  const producer = await createDraft(api, onboarder, {
    village: "Thôn Xuân Thành",
    province: "Lâm Đồng",
    ward: "Phường Xuân Trường - Đà Lạt",
  })
  const { data } = await api.post<PortalProductResponse>(
    `/onboarding/producers/${producer.id}/products`,
    {
      title: productTitle,
      variants: [{ title: "Hộp 500g", price: 85000, stock: 12 }],
    },
    onboarder
  )
  return { producer, product: data.product }
}

/** A complete producer moved to `status` through the real routes (volunteer, then officer). */
export async function producerIn(
  api: TestApi,
  onboarder: RequestHeaders,
  admin: RequestHeaders,
  status: "draft" | "submitted" | "verified" | "suspended"
) {
  const created = await createCompleteDraft(api, onboarder)
  const id = created.producer.id
  if (status !== "draft") {
    await api.post(`/onboarding/producers/${id}/submit`, {}, onboarder)
  }
  if (status === "verified" || status === "suspended") {
    await api.post(`/admin/producers/${id}/verify`, {}, admin)
  }
  if (status === "suspended") {
    await api.post(
      `/admin/producers/${id}/suspend`,
      { reason: "Giấy chứng nhận hết hạn" },
      admin
    )
  }
  return created
}

/** Medusa's error body, with whatever else a route puts in its refusal. */
type RefusalBody = ErrorBody & Record<string, unknown>

/** The error answer of a request that must fail, for asserting status and message. */
export async function refusal(request: Promise<unknown>) {
  try {
    await request
  } catch (error) {
    return responseOf<RefusalBody>(error)
  }
  throw new Error("the request succeeded but was expected to be refused")
}
