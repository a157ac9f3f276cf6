"""Adds to a workbook what other programs' files carry and exceljs would drop, and saves it with openpyxl.

usage: python3 openpyxl_extras.py IN.xlsx OUT.xlsx

On sheet 'Bắc Giang': a bar chart of the counts, a comment on a filled cell (A1) and one on an empty
cell (K20), a PNG image. On 'Lạng Sơn': data validation and a conditional format on the counts. On 'Cao
Bằng': sheet protection with a password. A hidden sheet, a workbook-level defined name.
"""
import io
import sys

import openpyxl
from openpyxl.chart import BarChart, Reference
from openpyxl.comments import Comment
from openpyxl.drawing.image import Image
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import PatternFill
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation
from PIL import Image as PilImage

src, dst = sys.argv[1], sys.argv[2]
wb = openpyxl.load_workbook(src)

bg = wb["Bắc Giang"]
chart = BarChart()
chart.title = "Chỉ tiêu và kết quả"
chart.add_data(Reference(bg, min_col=5, max_col=6, min_row=6, max_row=8), titles_from_data=True)
chart.set_categories(Reference(bg, min_col=1, min_row=7, max_row=8))
bg.add_chart(chart, "J2")
bg["A1"].comment = Comment("Ghi chú trên ô có dữ liệu", "Thư ký cụm")
bg["K20"].comment = Comment("Ghi chú trên ô trống", "Thư ký cụm")
png = io.BytesIO()
PilImage.new("RGB", (40, 20), (200, 30, 30)).save(png, format="PNG")
png.seek(0)
bg.add_image(Image(png), "J20")

ls = wb["Lạng Sơn"]
dv = DataValidation(type="whole", operator="greaterThanOrEqual", formula1="0", showErrorMessage=True, error="Nhập số nguyên ≥ 0")
ls.add_data_validation(dv)
dv.add("E7:F8")
ls.conditional_formatting.add("F7:F8", CellIsRule(operator="greaterThan", formula=["E7"], fill=PatternFill("solid", start_color="FFC6EFCE", end_color="FFC6EFCE")))

cb = wb["Cao Bằng"]
cb.protection.sheet = True
cb.protection.password = "thidua"

hidden = wb.create_sheet("Ghi chú ẩn")
hidden["A1"] = "Sổ theo dõi nội bộ"
hidden.sheet_state = "hidden"

name = DefinedName("VungSoLieu", attr_text="'Bắc Giang'!$E$7:$F$8")
try:
    wb.defined_names[name.name] = name  # openpyxl >= 3.1
except (TypeError, AttributeError):
    wb.defined_names.append(name)  # openpyxl 3.0

wb.save(dst)
