/** Vietnamese texts of the bank-transfer page and order widget; the English file mirrors them. */
const vi = {
  xtBankTransfers: {
    menu: "Giao dịch ngân hàng",
    title: "Giao dịch ngân hàng",
    subtitle:
      "Các khoản chuyển khoản ngân hàng báo về; những khoản chưa tự ghép được với đơn chờ cán bộ xử lý",
    filters: {
      outcome: "Kết quả",
      attention: "Cần xử lý",
      search: "Tìm theo nội dung hoặc mã thanh toán",
    },
    columns: {
      date: "Ngày giao dịch",
      amount: "Số tiền",
      reference: "Mã thanh toán",
      content: "Nội dung chuyển khoản",
      order: "Đơn hàng",
      outcome: "Kết quả",
    },
    empty: "Không có giao dịch nào khớp bộ lọc.",
    loading: "Đang tải…",
    loadFailed: "Không tải được giao dịch: {{message}}",
    pagination: {
      of: "của",
      results: "kết quả",
      pages: "trang",
      prev: "Trước đó",
      next: "Tiếp theo",
    },
    outcomes: {
      captured: "Đã ghi nhận thanh toán",
      revived: "Ghi nhận trong thời gian gia hạn",
      underpaid: "Chuyển thiếu",
      overpaid: "Chuyển thừa",
      unknown_reference: "Không rõ đơn hàng",
      already_paid: "Đơn đã thanh toán trước đó",
      needs_refund: "Cần hoàn tiền",
      wrong_account: "Chuyển vào tài khoản khác",
      outgoing: "Tiền ra",
      other: "Kết quả khác",
    },
    match: {
      action: "Ghép với đơn",
      title: "Ghép giao dịch với đơn hàng",
      transfer: "Giao dịch",
      orderId: "Mã đơn hàng",
      orderIdHint:
        "Mã đơn bắt đầu bằng order_, sao chép từ địa chỉ trang chi tiết đơn hàng.",
      submit: "Tiếp tục",
      cancel: "Huỷ",
      confirmTitle: "Ghép {{amount}} với đơn #{{order}}?",
      confirmDescription:
        "Đơn #{{order}} (tổng {{total}}) sẽ được ghi là đã thanh toán bằng giao dịch này. Không thể hoàn tác.",
      confirm: "Ghép và ghi nhận thanh toán",
      done: "Đã ghép giao dịch với đơn #{{order}}",
      orderNotFound: "Không tìm thấy đơn hàng có mã này",
      errors: {
        400: "Số tiền không khớp",
        404: "Không tìm thấy giao dịch, hoặc đơn không thanh toán bằng chuyển khoản VietQR",
        409: "Giao dịch đã được ghép",
      },
    },
    widget: {
      title: "Chuyển khoản VietQR",
      status: {
        awaiting: "Chờ chuyển khoản",
        paid: "Đã nhận tiền",
        cancelled: "Đã huỷ",
      },
      reference: "Nội dung chuyển khoản: {{reference}}",
      amount: "Số tiền: {{amount}}",
      expires: "Hết hạn lúc {{date}}",
      paidAt: "Nhận tiền lúc {{date}}",
      confirmedBy: {
        user: "Cán bộ xác nhận: {{officer}}",
        bank: "Tự động theo giao dịch ngân hàng #{{transaction}}",
        job: "Tự động khi đối soát giao dịch",
        other: "Xác nhận bởi: {{who}}",
      },
      transactions: "Giao dịch ngân hàng của đơn",
      markReceived: "Đánh dấu đã nhận tiền",
      markReceivedTitle: "Đánh dấu đã nhận {{amount}}?",
      markReceivedDescription:
        "Chỉ làm khi sao kê ngân hàng đã có khoản tiền với nội dung {{reference}}. Đơn sẽ được ghi là đã thanh toán và nhà sản xuất được giao hàng.",
      received: "Đã ghi nhận thanh toán",
      refund: {
        title: "Ghi nhận hoàn tiền",
        amount: "Số tiền đã hoàn (đồng)",
        reference: "Mã giao dịch hoàn tiền của ngân hàng",
        referenceHint: "Từ 3 đến 100 ký tự, như trên sao kê.",
        submit: "Ghi nhận hoàn tiền",
        confirmTitle: "Ghi nhận đã hoàn {{amount}}?",
        confirmDescription:
          "Chỉ ghi nhận khoản tiền đã thực sự chuyển trả cho người mua (mã giao dịch {{reference}}). Không thể hoàn tác.",
        done: "Đã ghi nhận hoàn tiền",
      },
      cancel: "Huỷ",
      loadFailed: "Không tải được thông tin chuyển khoản",
      errors: {
        confirm: {
          400: "Không thể đánh dấu: khoản thanh toán không còn chờ chuyển khoản",
          404: "Không tìm thấy khoản chuyển khoản của đơn này",
          409: "Khoản thanh toán vừa được xử lý ở nơi khác, hãy tải lại trang",
        },
        refund: {
          400: "Không ghi nhận được hoàn tiền: số tiền không hợp lệ hoặc vượt số đã nhận",
          404: "Không tìm thấy khoản chuyển khoản của đơn này",
          409: "Đơn đang có thay đổi khác, hãy thử lại",
        },
      },
    },
    errors: {
      generic: "Thao tác không thành công",
    },
  },
}

export default vi
