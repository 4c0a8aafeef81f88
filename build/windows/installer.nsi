; Per-user Windows installer for Objector Guide, built on Linux with NSIS (Debian's `nsis`):
;
;   makensis -INPUTCHARSET UTF8 -DVERSION=0.1.0 -DVERSION4=0.1.0.0 -DSRCDIR=dist/windows/ObjectorGuide \
;            -DEXE=ObjectorGuide.exe -DOUTFILE=dist/windows/ObjectorGuide-0.1.0-setup.exe \
;            -DICON=build/work/icons/objector-guide.ico build/windows/installer.nsi
;
; (build/windows.py does this.) No administrator rights: it installs into
; %LOCALAPPDATA%\Programs\ObjectorGuide, adds a Start-menu entry and an entry in
; "Apps & features", all for the current user only. The uninstaller removes the program and
; leaves the user's bookmarks, settings and imported reports (%LOCALAPPDATA%\ObjectorGuide)
; unless the user ticks the box to remove them too.
;
; Silent use (IT staff, tests):  setup.exe /S [/D=C:\Some\Folder]   (/D last, no quotes)
;                                Uninstall.exe /S [/REMOVEDATA]

Unicode true
Target amd64-unicode          ; the app is 64-bit; a 64-bit installer sees the real folders
ManifestDPIAware true
RequestExecutionLevel user
SetCompressor /SOLID lzma
SetCompressorDictSize 32

!define APPNAME "Objector Guide"
!define APPKEY "ObjectorGuide"          ; folder, registry key (matches app/paths.py's APP_NAME)
!define PUBLISHER "Objector Guide"
!define UNINSTKEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APPKEY}"

Name "${APPNAME}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APPKEY}"
InstallDirRegKey HKCU "Software\${APPKEY}" "InstallDir"
BrandingText "${APPNAME} ${VERSION}"

VIProductVersion "${VERSION4}"
VIFileVersion "${VERSION4}"
VIAddVersionKey /LANG=0 "ProductName" "${APPNAME}"
VIAddVersionKey /LANG=0 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=0 "FileDescription" "${APPNAME} ${VERSION} setup"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "LegalCopyright" "GPL-3.0-or-later"

!include "MUI2.nsh"
!include "FileFunc.nsh"
!include "LogicLib.nsh"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!define MUI_COMPONENTSPAGE_NODESC
!define MUI_COMPONENTSPAGE_TEXT_TOP "$(KeepData)"
!define MUI_COMPONENTSPAGE_TEXT_COMPLIST " "
!insertmacro MUI_UNPAGE_COMPONENTS
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "Russian"
!insertmacro MUI_LANGUAGE "German"

LangString SecProgram ${LANG_ENGLISH} "Objector Guide (the program)"
LangString SecProgram ${LANG_RUSSIAN} "Objector Guide (программа)"
LangString SecProgram ${LANG_GERMAN} "Objector Guide (das Programm)"
LangString KeepData ${LANG_ENGLISH} "Objector Guide will be removed. Your bookmarks, settings and imported reports stay on this computer unless you tick the box below."
LangString KeepData ${LANG_RUSSIAN} "Objector Guide будет удалён. Ваши закладки, настройки и импортированные отчёты останутся на компьютере, если вы не отметите пункт ниже."
LangString KeepData ${LANG_GERMAN} "Objector Guide wird entfernt. Ihre Lesezeichen, Einstellungen und importierten Berichte bleiben auf diesem Computer, wenn Sie das Kästchen unten nicht ankreuzen."
LangString SecData ${LANG_ENGLISH} "Also delete my bookmarks, settings and imports"
LangString SecData ${LANG_RUSSIAN} "Удалить и мои закладки, настройки, отчёты"
LangString SecData ${LANG_GERMAN} "Auch Lesezeichen, Einstellungen, Importe löschen"

; ------------------------------------------------------------------------------ install

Section "Objector Guide" SecInstall
  SectionIn RO
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  ; An update: remove the previous program files first (never the user's data).
  RMDir /r "$INSTDIR\_internal"
  File /r "${SRCDIR}/*"
  WriteUninstaller "$INSTDIR\Uninstall.exe"

  CreateShortcut "$SMPROGRAMS\${APPNAME}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0

  WriteRegStr HKCU "Software\${APPKEY}" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayName" "${APPNAME}"
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayIcon" "$INSTDIR\${EXE},0"
  WriteRegStr HKCU "${UNINSTKEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTKEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTKEY}" "UninstallString" '"$INSTDIR\Uninstall.exe"'
  WriteRegStr HKCU "${UNINSTKEY}" "QuietUninstallString" '"$INSTDIR\Uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTKEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTKEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${UNINSTKEY}" "EstimatedSize" $0
SectionEnd

Function .onInit
  SetShellVarContext current
FunctionEnd

; ---------------------------------------------------------------------------- uninstall

Section "un.$(SecProgram)" SecUnProgram
  SectionIn RO
  SetShellVarContext current
  Delete "$SMPROGRAMS\${APPNAME}.lnk"
  ; Only what the installer put there: a portable data folder beside the program stays.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${EXE}"
  Delete "$INSTDIR\Uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTKEY}"
  DeleteRegKey HKCU "Software\${APPKEY}"
SectionEnd

Section /o "un.$(SecData)" SecUnData
  SetShellVarContext current
  ; platformdirs' user data and cache folder on Windows, and a portable data folder
  RMDir /r "$LOCALAPPDATA\${APPKEY}"
  RMDir /r "$INSTDIR\${APPKEY}-data"
  Delete "$INSTDIR\portable.txt"
  RMDir "$INSTDIR"
SectionEnd

Function un.onInit
  SetShellVarContext current
  ${un.GetParameters} $R0
  ClearErrors
  ${un.GetOptions} $R0 "/REMOVEDATA" $R1
  ${IfNot} ${Errors}
    SectionSetFlags ${SecUnData} ${SF_SELECTED}
  ${EndIf}
FunctionEnd
