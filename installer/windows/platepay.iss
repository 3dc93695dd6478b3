; Inno Setup script for the Windows installer.  Build on Windows:
;   1. installer\build.ps1 -TesseractDir C:\path\to\Tesseract-OCR   (makes dist\platepay\)
;   2. iscc installer\windows\platepay.iss                          (makes dist\PlatePay-Setup-<version>.exe)
; Tesseract is optional: without it the console uses the built-in ONNX engine.

#define AppName "PlatePay"
#define AppVersion "0.1.0"

[Setup]
AppId={{6B1E3F0A-4C2D-4E8B-9A51-2F7D3C9E8B10}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=PlatePay
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
OutputDir=..\..\dist
OutputBaseFilename=PlatePay-Setup-{#AppVersion}
Compression=lzma2
SolidCompression=yes
ArchitecturesInstallIn64BitMode=x64compatible
UninstallDisplayIcon={app}\platepay.exe

[Languages]
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\..\dist\platepay\*"; DestDir: "{app}"; Flags: recursesubdirs createallsubdirs ignoreversion

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\platepay.exe"; Parameters: "run"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\platepay.exe"; Parameters: "run"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Run]
Filename: "{app}\platepay.exe"; Parameters: "--selftest"; Flags: runhidden waituntilterminated; StatusMsg: "Checking the installation..."
Filename: "{app}\platepay.exe"; Parameters: "run"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
