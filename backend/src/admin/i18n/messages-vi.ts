/** Vietnamese texts of the messages page; the English file mirrors them. */
const vi = {
  xtMessages: {
    menu: "Tin nhắn",
    title: "Tin nhắn",
    subtitle: "Chọn những tin bạn nhận và xem mọi email, tin Zalo chợ đã gửi",
    sent: {
      title: "Tin nhắn đã gửi",
      subtitle:
        "Email và tin Zalo chợ đã gửi cho người mua, nhà sản xuất và cán bộ, mới nhất trước",
    },
    settings: {
      title: "Tin nhắn bạn nhận",
      subtitle:
        "Chọn những tin chợ gửi cho riêng bạn. Tắt một loại thì bạn không nhận loại đó nữa; các cán bộ khác vẫn nhận như họ đã chọn.",
      loading: "Đang tải…",
      loadFailed: "Không tải được lựa chọn của bạn: {{message}}",
      saveFailed: "Chưa lưu được lựa chọn, đã đặt lại như cũ",
      saved: "Đã lưu lựa chọn",
      kinds: {
        "officer-producer-submitted": {
          label: "Nhà sản xuất chờ xác minh",
          hint: "Email khi một nhà sản xuất gửi hồ sơ để cán bộ xác minh.",
        },
        "officer-transfer-attention": {
          label: "Chuyển khoản cần xử lý",
          hint: "Email khi một khoản chuyển khoản không tự ghép được với đơn: chuyển thiếu, chuyển thừa, không rõ đơn hay cần hoàn tiền.",
        },
      },
    },
    filters: {
      status: "Trạng thái",
      allStatuses: "Mọi trạng thái",
      failedOnly: "Chỉ tin lỗi",
      channel: "Kênh",
      allChannels: "Mọi kênh",
    },
    columns: {
      time: "Thời gian",
      kind: "Loại tin",
      recipient: "Người nhận",
      channel: "Kênh",
      status: "Trạng thái",
      about: "Về việc",
    },
    kinds: {
      "order-placed": "Xác nhận đặt hàng",
      "payment-received": "Đã nhận thanh toán",
      "order-shipped": "Đơn đã gửi hàng",
      "order-cancelled": "Đơn bị huỷ",
      "payment-refunded": "Đã hoàn tiền",
      "payment-expired": "Hết hạn chuyển khoản",
      "producer-new-order": "Đơn mới cho nhà sản xuất",
      "producer-low-stock": "Sản phẩm sắp hết hàng",
      "producer-password-reset": "Đặt lại mật khẩu nhà sản xuất",
      "order-transfer-requested": "Gắn đơn vào tài khoản",
      "phone-verification": "Mã xác nhận đăng ký bằng số điện thoại",
      "producer-invite": "Lời mời vào cổng nhà sản xuất",
      "officer-producer-submitted": "Nhà sản xuất chờ xác minh",
      "officer-transfer-attention": "Chuyển khoản cần xử lý",
      other: "Loại khác ({{template}})",
    },
    channels: {
      email: "Email",
      zalo: "Zalo",
    },
    statuses: {
      success: "Đã gửi",
      failure: "Lỗi",
      pending: "Đang gửi",
      emailedInstead: "Không dùng Zalo — đã gửi email thay",
      notOnZalo: "Không phải người dùng Zalo",
    },
    resources: {
      order: "Đơn hàng",
      producer: "Nhà sản xuất",
      product_variant: "Phiên bản sản phẩm",
      bank_transaction: "Giao dịch ngân hàng",
      producer_member: "Thành viên nhà sản xuất",
    },
    empty: "Chưa có tin nhắn nào khớp bộ lọc.",
    noFailuresOnPage:
      "Trang này không có tin lỗi. Bộ lọc chỉ xét các tin của trang đang xem: hãy chuyển trang để xem tiếp.",
    loading: "Đang tải…",
    loadFailed: "Không tải được tin nhắn: {{message}}",
    pagination: {
      of: "của",
      results: "kết quả",
      pages: "trang",
      prev: "Trước đó",
      next: "Tiếp theo",
    },
  },
}

export default vi
