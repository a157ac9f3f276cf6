"""Rewrites one unit sheet of a cluster workbook the way a unit often lays it out: STT, Mã and Nội dung merged
down over two header rows, "Số liệu năm 2019" merged across the target and result columns above their labels,
and counts typed as text with a decimal comma ("2,0"). Usage: two_row_header.py IN.xlsx OUT.xlsx SHEET"""
import sys
import openpyxl

src, dst, name = sys.argv[1], sys.argv[2], sys.argv[3]
wb = openpyxl.load_workbook(src)
old = wb[name]
idx = wb.sheetnames.index(name)
wb.remove(old)
ws = wb.create_sheet(name, idx)
ws["A1"] = "BIỂU ĐĂNG KÝ VÀ KẾT QUẢ THỰC HIỆN CHỈ TIÊU THI ĐUA"
ws.merge_cells("A1:G1")
ws["A3"] = "Đơn vị:"
ws["B3"] = "Ban Nội chính Tỉnh ủy " + name
ws["A5"], ws["B5"], ws["C5"], ws["D5"], ws["F5"], ws["G5"] = "STT", "Mã", "Nội dung chỉ tiêu", "Số liệu năm 2019", "Tỷ lệ đạt", "Ghi chú"
for rng in ("A5:A6", "B5:B6", "C5:C6", "D5:E5", "F5:F6", "G5:G6"):
    ws.merge_cells(rng)
ws["D6"], ws["E6"] = "Chỉ tiêu đăng ký", "Kết quả thực hiện"
ws.append([1, "VA", "Phát hiện, tham mưu xử lý vụ án tham nhũng", "2,0", "3,0"])
ws.append([2, "VV", 'Phát hiện, tham mưu xử lý vụ việc có hành vi "tham nhũng vặt"', 3, 3])
wb.save(dst)
