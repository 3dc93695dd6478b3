# Windows build of the one-folder bundle: dist\platepay\platepay.exe
param([string]$TesseractDir = "")
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")
if (-not (Test-Path .venv)) { py -3.11 -m venv .venv }
.venv\Scripts\python -m pip install -q -e ".[dev]" "pyinstaller>=6.5,<7"
Get-ChildItem resources\i18n\*.ts | ForEach-Object {
  .venv\Scripts\pyside6-lrelease $_.FullName -qm ("ui\translations\" + $_.BaseName + ".qm")
}
if ($TesseractDir) { $env:PLATEPAY_TESSERACT_DIR = $TesseractDir }
.venv\Scripts\pyinstaller --noconfirm --clean --distpath dist --workpath build\pyinstaller installer\platepay.spec
dist\platepay\platepay.exe --selftest
