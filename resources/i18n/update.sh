#!/bin/sh
# Refresh the .ts sources from ui/, fill the Chinese, compile the .qm (run from the project root).
set -e
.venv/bin/python resources/i18n/report_words.py  # the report builders' titles (console/) into ui/views/report_titles.py
.venv/bin/pyside6-lupdate -no-obsolete ui/*.py ui/**/*.py -ts resources/i18n/platepay_zh_CN.ts resources/i18n/platepay_en.ts
.venv/bin/python resources/i18n/zh_fill.py resources/i18n/platepay_zh_CN.ts
.venv/bin/pyside6-lrelease resources/i18n/platepay_zh_CN.ts -qm ui/translations/platepay_zh_CN.qm
.venv/bin/pyside6-lrelease resources/i18n/qt_extra_zh_CN.ts -qm ui/translations/qt_extra_zh_CN.qm
