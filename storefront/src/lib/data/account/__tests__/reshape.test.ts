import { describe, expect, it } from "vitest"
import {
  checkoutAddresses,
  isSavedAlready,
  phoneRegistrationRefusal,
  registrationRefusal,
  reshapeAccountOrder,
  reshapeCustomer,
  signUpProblems,
} from "../reshape"

const LAM_DONG = { code: "68", name: "Lâm Đồng" }
const XUAN_TRUONG = { code: "24829", name: "Phường Xuân Trường - Đà Lạt" }

describe("reshapeCustomer", () => {
  it("keeps the saved addresses a checkout can fill in, with the ward from Medusa's city", () => {
    const customer = reshapeCustomer({
      id: "cus_1",
      email: "lan@example.vn",
      first_name: "Nguyễn Thị",
      last_name: "Lan",
      phone: null,
      addresses: [
        {
          id: "cuaddr_1",
          first_name: "Nguyễn Thị Lan",
          phone: "+84912345678",
          address_1: "12 Hùng Vương",
          city: "Phường Xuân Trường - Đà Lạt",
          province: "Lâm Đồng",
        },
        // Saved elsewhere without a ward: it could not fill the form.
        { id: "cuaddr_2", address_1: "1 Lê Lợi", province: "Lâm Đồng" },
      ],
    })
    expect(customer).toEqual({
      id: "cus_1",
      email: "lan@example.vn",
      name: "Nguyễn Thị Lan",
      phone: null,
      addresses: [
        {
          id: "cuaddr_1",
          name: "Nguyễn Thị Lan",
          phone: "+84912345678",
          province: "Lâm Đồng",
          ward: "Phường Xuân Trường - Đà Lạt",
          street: "12 Hùng Vương",
        },
      ],
    })
  })

  it("has no email when the shopper signed up with a phone", () => {
    expect(
      reshapeCustomer({ id: "cus_1", email: null, phone: "+84912345678" })
    ).toMatchObject({ email: null, phone: "+84912345678" })
  })

  it("has no name when the shopper gave none at sign-up", () => {
    expect(
      reshapeCustomer({ id: "cus_1", email: "a@b.vn", first_name: "" }).name
    ).toBeNull()
  })
})

describe("reshapeAccountOrder", () => {
  it("reads the history's fields, totals as numbers", () => {
    expect(
      reshapeAccountOrder({
        id: "order_1",
        display_id: 12,
        created_at: "2026-12-07T10:00:00.000Z",
        total: "240000" as unknown as number,
        status: "pending",
        payment_status: "captured",
        fulfillment_status: "not_fulfilled",
        items: [{ title: "Dâu tây", quantity: 2 }],
      })
    ).toEqual({
      id: "order_1",
      displayId: 12,
      createdAt: "2026-12-07T10:00:00.000Z",
      total: 240000,
      status: "pending",
      paymentStatus: "captured",
      fulfillmentStatus: "not_fulfilled",
      lines: [{ title: "Dâu tây", quantity: 2 }],
    })
  })
})

describe("checkoutAddresses", () => {
  const saved = {
    id: "cuaddr_1",
    name: "Lan",
    phone: "+84912345678",
    province: "Lâm Đồng",
    ward: "Phường Xuân Trường - Đà Lạt",
    street: "12 Hùng Vương",
  }

  it("finds the form's province and ward codes from the saved names", () => {
    expect(checkoutAddresses([saved], [LAM_DONG], () => [XUAN_TRUONG])).toEqual(
      [{ ...saved, provinceCode: "68", wardCode: "24829" }]
    )
  })

  it("leaves out an address whose ward is no longer in its province", () => {
    expect(checkoutAddresses([saved], [LAM_DONG], () => [])).toEqual([])
    expect(
      checkoutAddresses(
        [{ ...saved, province: "Tuyên Quang" }],
        [LAM_DONG],
        () => [XUAN_TRUONG]
      )
    ).toEqual([])
  })
})

describe("isSavedAlready", () => {
  const saved = [
    {
      id: "cuaddr_1",
      name: "Nguyễn Thị Lan",
      phone: "+84912345678",
      province: "Lâm Đồng",
      ward: "Phường Xuân Trường - Đà Lạt",
      street: "12 Hùng Vương",
    },
  ]

  it("recognises the same address typed as the form takes it (national phone, other spacing and case)", () => {
    expect(
      isSavedAlready(saved, {
        name: "nguyễn thị  Lan",
        phone: "0912 345 678",
        province: "Lâm Đồng",
        ward: "Phường Xuân Trường - Đà Lạt",
        street: " 12 Hùng Vương",
      })
    ).toBe(true)
  })

  it("treats another street or another phone as a new address", () => {
    const same = {
      name: "Nguyễn Thị Lan",
      phone: "+84912345678",
      province: "Lâm Đồng",
      ward: "Phường Xuân Trường - Đà Lạt",
      street: "12 Hùng Vương",
    }
    expect(isSavedAlready(saved, { ...same, street: "14 Hùng Vương" })).toBe(
      false
    )
    expect(isSavedAlready(saved, { ...same, phone: "0987 654 321" })).toBe(
      false
    )
  })
})

describe("signUpProblems", () => {
  it("asks for an email and a password of at least ten characters before calling the backend", () => {
    expect(signUpProblems({ email: "", password: "" })).toEqual({
      email: "required",
      password: "required",
    })
    expect(signUpProblems({ email: "lan@", password: "short" })).toEqual({
      email: "emailInvalid",
      password: "passwordShort",
    })
    expect(
      signUpProblems({ email: "lan@example.vn", password: "dau tay da lat" })
    ).toEqual({})
  })
})

describe("registrationRefusal", () => {
  it("reads Medusa's 401 as an email that already has an account", () => {
    expect(
      registrationRefusal(
        Object.assign(new Error("Identity with email already exists"), {
          status: 401,
        })
      )
    ).toEqual({ email: "emailTaken" })
  })

  it("reads a 400 naming the password as a password the backend finds too common", () => {
    expect(
      registrationRefusal(
        Object.assign(new Error("password: This password is too common"), {
          status: 400,
        })
      )
    ).toEqual({ password: "passwordWeak" })
    expect(
      registrationRefusal({
        status: 400,
        errors: [{ field: "password", message: "too common" }],
      })
    ).toEqual({ password: "passwordWeak" })
  })

  it("leaves an outage to the form's general message", () => {
    expect(registrationRefusal({ status: 500 })).toBeNull()
    expect(
      registrationRefusal({ status: 400, message: "email: bad" })
    ).toBeNull()
  })
})

describe("phoneRegistrationRefusal", () => {
  const badRequest = (message: string) =>
    Object.assign(new Error(message), { status: 400 })

  it("marks the password when the backend refuses a common one", () => {
    expect(
      phoneRegistrationRefusal(
        badRequest(
          "Invalid request: password is one of the most common passwords: choose one that is harder to guess"
        )
      )
    ).toEqual({ fieldErrors: { password: "passwordWeak" } })
  })

  it("tells the shopper to use an email when phone sign-up has closed meanwhile", () => {
    expect(
      phoneRegistrationRefusal(
        badRequest(
          "Invalid request: Chợ chưa nhận đăng ký bằng số điện thoại: hãy dùng email / Phone sign-up is not available here: use an email"
        )
      )
    ).toEqual({ formError: "phoneClosed" })
  })

  it("marks the number when the backend does not read it as a Vietnamese mobile", () => {
    expect(
      phoneRegistrationRefusal(
        badRequest(
          "Invalid request: Nhập email hoặc số di động Việt Nam / Enter an email or a Vietnamese mobile number"
        )
      )
    ).toEqual({ fieldErrors: { phone: "phoneInvalid" } })
  })

  it("reads the field from the errors list when the refusal carries one", () => {
    expect(
      phoneRegistrationRefusal(
        Object.assign(badRequest("Invalid request"), {
          errors: [{ field: "code", message: "…" }],
        })
      )
    ).toEqual({ fieldErrors: { code: "codeWrong" } })
  })

  it("leaves an outage to the form's general message", () => {
    expect(
      phoneRegistrationRefusal(Object.assign(new Error("x"), { status: 503 }))
    ).toBeNull()
  })
})
