; Included by electron-builder's NSIS scripts (electron-builder.yml, nsis.include).
;
; Uninstalling asks whether to delete the desk's data folder (%APPDATA%\FR24 Desk: the journal of
; money movements, settings, logs). The agent's records are not ours to drop without asking, so the
; answer defaults to No, and a silent uninstall (/S) keeps them too. An update runs the old
; uninstaller with --updated: ${isUpdated} (electron-builder's) then skips the question entirely,
; so a new installer over an old version keeps the journal and settings. Keychain entries live in
; Windows Credential Manager and are never touched here.
; Both sentences in English and Chinese: the uninstaller has no language switch of its own.

!macro customUnInstall
  ${ifNot} ${isUpdated}
    MessageBox MB_YESNO|MB_ICONQUESTION|MB_DEFBUTTON2 "Also delete your FR24 Desk data on this computer (journal, settings, logs in $APPDATA\FR24 Desk)? Choose No to keep it for a later installation.$\r$\n$\r$\n是否同时删除本机上的 FR24 Desk 数据（$APPDATA\FR24 Desk 中的日志账、设置和日志）？选择“否”将保留这些数据，以便日后重新安装。" /SD IDNO IDNO fr24DeskKeepData
      SetShellVarContext current
      RMDir /r "$APPDATA\FR24 Desk"
    fr24DeskKeepData:
  ${endIf}
!macroend
