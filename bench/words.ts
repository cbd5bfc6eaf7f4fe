/**
 * Phrases the generator combines into plan titles and task texts. Real plans
 * are Vietnamese with diacritics and 80–250 characters a task; row size is what
 * a read pays for, so the fake text should look like the real thing.
 */

export const PLAN_TITLES = [
  'Kế hoạch thực hiện công tác phòng, chống tội phạm, tệ nạn xã hội và xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc',
  'Kế hoạch thực hiện Chương trình phòng, chống mua bán người',
];

export const SIGNERS = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Hoàng Cường', 'Phạm Minh Đức'];

export const TASK_VERBS = [
  'Chủ động tham mưu Ủy ban nhân dân tỉnh chỉ đạo',
  'Tổ chức triển khai thực hiện có hiệu quả',
  'Tăng cường công tác tuyên truyền, phổ biến, giáo dục pháp luật về',
  'Tiếp tục đẩy mạnh',
  'Phối hợp chặt chẽ với các lực lượng chức năng trong',
  'Kiểm tra, rà soát, đánh giá kết quả',
  'Xây dựng và nhân rộng các mô hình hiệu quả về',
  'Nâng cao chất lượng, hiệu quả công tác',
  'Tập trung điều tra, truy tố, xét xử nghiêm minh',
  'Hướng dẫn, đôn đốc các địa phương thực hiện',
];

export const TASK_OBJECTS = [
  'phòng ngừa, phát hiện, ngăn chặn tội phạm ma túy',
  'đấu tranh phòng, chống tội phạm mua bán người',
  'quản lý cư trú, quản lý người nước ngoài',
  'phòng, chống tội phạm sử dụng công nghệ cao',
  'quản lý, giáo dục người lầm lỗi tại cộng đồng',
  'tái hòa nhập cộng đồng cho người chấp hành xong án phạt tù',
  'phòng, chống bạo lực gia đình, xâm hại trẻ em',
  'quản lý vũ khí, vật liệu nổ, công cụ hỗ trợ',
  'kiểm tra các cơ sở kinh doanh ngành nghề có điều kiện về an ninh, trật tự',
  'xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc',
  'phòng, chống tội phạm tham nhũng, kinh tế, buôn lậu',
  'giải quyết tin báo, tố giác tội phạm và kiến nghị khởi tố',
];

export const TASK_SCOPES = [
  'trên địa bàn tỉnh',
  'tại các xã, phường, đặc khu',
  'ở khu vực biên giới, cửa khẩu',
  'trong các trường học, khu công nghiệp',
  'tại các địa bàn trọng điểm, phức tạp về an ninh, trật tự',
];

export const TASK_PURPOSES = [
  'nhằm kiềm chế sự gia tăng của tội phạm',
  'bảo đảm an ninh, trật tự phục vụ phát triển kinh tế - xã hội',
  'góp phần giảm ít nhất 5% số vụ phạm tội so với năm trước',
  'phấn đấu tỷ lệ điều tra, khám phá án đạt trên 80%',
];

export const NOTES = [
  'Báo cáo kết quả trước ngày 15 tháng cuối quý.',
  'Lồng ghép với kế hoạch tháng cao điểm.',
  'Kinh phí từ nguồn ngân sách tỉnh.',
  'Đã có văn bản hướng dẫn riêng.',
];

export const PLACE_NAMES = [
  'Tân Phú',
  'Bình Minh',
  'An Khánh',
  'Hòa Lợi',
  'Phước Long',
  'Đông Hưng',
  'Quảng Điền',
  'Thạnh Mỹ',
  'Long Hải',
  'Vĩnh Thuận',
  'Đức Phổ',
  'Nghĩa Hành',
];
