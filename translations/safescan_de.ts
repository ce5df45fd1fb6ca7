<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>SafeScan::AccountDataModel</name>
    <message>
        <source>The server no longer accepts this sign-in. Sign out, sign in again and retry.</source>
        <translation>Der Server akzeptiert diese Anmeldung nicht mehr. Melden Sie sich ab, wieder an und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Another account request is under way.</source>
        <translation>Eine andere Kontoanfrage läuft bereits.</translation>
    </message>
    <message>
        <source>Sign in to export your data from the server.</source>
        <translation>Melden Sie sich an, um Ihre Daten vom Server zu exportieren.</translation>
    </message>
    <message>
        <source>Choose a file for the export.</source>
        <translation>Wählen Sie eine Datei für den Export.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Der Export ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The export could not be written to %1: %2</source>
        <translation>Der Export konnte nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Your server data was exported to %1 (%2 votes, %3 reports, %4 synced records).</source>
        <translation>Ihre Serverdaten wurden nach %1 exportiert (%2 Stimmen, %3 Meldungen, %4 synchronisierte Datensätze).</translation>
    </message>
    <message>
        <source>Sign in to delete your account on the server.</source>
        <translation>Melden Sie sich an, um Ihr Konto auf dem Server zu löschen.</translation>
    </message>
    <message>
        <source>The account was not deleted: %1</source>
        <translation>Das Konto wurde nicht gelöscht: %1</translation>
    </message>
    <message>
        <source>The account %1 was deleted on the server (%2 synced records removed, %3 votes kept only as anonymous totals). This device is signed out.</source>
        <translation>Das Konto %1 wurde auf dem Server gelöscht (%2 synchronisierte Datensätze entfernt, %3 Stimmen nur noch als anonyme Summen erhalten). Dieses Gerät ist abgemeldet.</translation>
    </message>
    <message>
        <source>The server no longer knows this sign-in; the account is gone or the session ended. This device is signed out.</source>
        <translation>Der Server kennt diese Anmeldung nicht mehr; das Konto existiert nicht mehr oder die Sitzung ist beendet. Dieses Gerät ist abgemeldet.</translation>
    </message>
</context>
<context>
    <name>SafeScan::AccountDataPanel</name>
    <message>
        <source>E&amp;xport my server data…</source>
        <translation>Meine Serverdaten e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Delete my account…</source>
        <translation>Mein K&amp;onto löschen…</translation>
    </message>
    <message>
        <source>My data on the server</source>
        <translation>Meine Daten auf dem Server</translation>
    </message>
    <message>
        <source>Export everything the server holds about my account to a file</source>
        <translation>Alles, was der Server über mein Konto speichert, in eine Datei exportieren</translation>
    </message>
    <message>
        <source>Delete my account on the server</source>
        <translation>Mein Konto auf dem Server löschen</translation>
    </message>
    <message>
        <source>Account data status</source>
        <translation>Status der Kontodaten</translation>
    </message>
    <message>
        <source>Delete your account?</source>
        <translation>Ihr Konto löschen?</translation>
    </message>
    <message>
        <source>Delete my account</source>
        <translation>Mein Konto löschen</translation>
    </message>
    <message>
        <source>Export my server data</source>
        <translation>Meine Serverdaten exportieren</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Exporting your server data…</source>
        <translation>Ihre Serverdaten werden exportiert…</translation>
    </message>
    <message>
        <source>This deletes your account on the server: your synced history, your sessions on every device and your sign-in. Your votes are kept only as anonymous totals; reports you sent stay with the moderators without your name. The history on this computer stays.

This cannot be undone. Export your data first if you want a copy.</source>
        <translation>Dies löscht Ihr Konto auf dem Server: Ihren synchronisierten Verlauf, Ihre Sitzungen auf allen Geräten und Ihre Anmeldung. Ihre Stimmen bleiben nur als anonyme Summen erhalten; von Ihnen gesendete Meldungen bleiben ohne Ihren Namen bei den Moderatoren. Der Verlauf auf diesem Computer bleibt erhalten.

Dies kann nicht rückgängig gemacht werden. Exportieren Sie zuerst Ihre Daten, wenn Sie eine Kopie möchten.</translation>
    </message>
    <message>
        <source>Deleting your account…</source>
        <translation>Ihr Konto wird gelöscht…</translation>
    </message>
</context>
<context>
    <name>SafeScan::AccountPanel</name>
    <message>
        <source>Sign &amp;in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Account status</source>
        <translation>Kontostatus</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Sign in to the SafeScan server</source>
        <translation>Beim SafeScan-Server anmelden</translation>
    </message>
    <message>
        <source>Sign out of the SafeScan server</source>
        <translation>Vom SafeScan-Server abmelden</translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation>Problem bei der Anmeldung</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Signing in comes with the server connection, which this build has not set up yet. Scanning and the local checks work without an account.</source>
        <translation>Die Anmeldung gehört zur Serververbindung, die in dieser Version noch nicht eingerichtet ist. Scannen und die lokalen Prüfungen funktionieren auch ohne Konto.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Angemeldet als %1.</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2).</source>
        <translation>Angemeldet als %1 (%2).</translation>
    </message>
    <message>
        <source>Not signed in. Sign in to vote and to sync your history.</source>
        <translation>Nicht angemeldet. Melden Sie sich an, um abzustimmen und Ihren Verlauf zu synchronisieren.</translation>
    </message>
</context>
<context>
    <name>SafeScan::AccountViewModel</name>
    <message>
        <source>Signing in needs the connection to the SafeScan server, which is not set up.</source>
        <translation>Für die Anmeldung ist eine Verbindung zum SafeScan-Server nötig, die nicht eingerichtet ist.</translation>
    </message>
    <message>
        <source>Signing in is already under way.</source>
        <translation>Die Anmeldung läuft bereits.</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Geben Sie Ihren Benutzernamen und Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>Benutzername oder Passwort ist falsch.</translation>
    </message>
    <message>
        <source>Could not sign in: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>SafeScan::AnalyticsSettingsModel</name>
    <message numerus="yes">
        <source>When you turn this on, SafeScan records how it is used: that it started (and its version), each scan&apos;s payload type, verdict level, source and decode time, that you voted (safe, unsafe or retracted) or reported, the result of each sync and the kind of errors. It never records what a code contains, a hash of it, a web address, your account or any identifier of this computer: events carry a random id that changes every day. Events are sent in batches and kept here for %n day(s) so you can see and export them.</source>
        <translation>
            <numerusform>Wenn Sie dies einschalten, zeichnet SafeScan auf, wie es genutzt wird: dass es gestartet wurde (und in welcher Version), bei jedem Scan den Inhaltstyp, die Urteilsstufe, die Quelle und die Dekodierzeit, dass Sie abgestimmt (sicher, unsicher oder zurückgezogen) oder etwas gemeldet haben, das Ergebnis jeder Synchronisierung und die Art von Fehlern. Es zeichnet nie auf, was ein Code enthält, keinen Hash davon, keine Webadresse, nicht Ihr Konto und keine Kennung dieses Computers: Ereignisse tragen eine zufällige Kennung, die sich jeden Tag ändert. Ereignisse werden gebündelt gesendet und %n Tag hier aufbewahrt, damit Sie sie ansehen und exportieren können.</numerusform>
            <numerusform>Wenn Sie dies einschalten, zeichnet SafeScan auf, wie es genutzt wird: dass es gestartet wurde (und in welcher Version), bei jedem Scan den Inhaltstyp, die Urteilsstufe, die Quelle und die Dekodierzeit, dass Sie abgestimmt (sicher, unsicher oder zurückgezogen) oder etwas gemeldet haben, das Ergebnis jeder Synchronisierung und die Art von Fehlern. Es zeichnet nie auf, was ein Code enthält, keinen Hash davon, keine Webadresse, nicht Ihr Konto und keine Kennung dieses Computers: Ereignisse tragen eine zufällige Kennung, die sich jeden Tag ändert. Ereignisse werden gebündelt gesendet und %n Tage hier aufbewahrt, damit Sie sie ansehen und exportieren können.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SafeScan::AuditModel</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Gegenstand</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Only moderators can read the audit log.</source>
        <translation>Nur Moderatoren können das Prüfprotokoll lesen.</translation>
    </message>
</context>
<context>
    <name>SafeScan::BackupPanel</name>
    <message>
        <source>&amp;Back up now…</source>
        <translation>Jetzt si&amp;chern…</translation>
    </message>
    <message>
        <source>&amp;Restore from file…</source>
        <translation>Aus Datei wieder&amp;herstellen…</translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation>Ausgewählte Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Back up the history now to a file</source>
        <translation>Den Verlauf jetzt in eine Datei sichern</translation>
    </message>
    <message>
        <source>Restore the history from a backup file</source>
        <translation>Den Verlauf aus einer Sicherungsdatei wiederherstellen</translation>
    </message>
    <message>
        <source>Restore the history from the selected automatic backup</source>
        <translation>Den Verlauf aus der ausgewählten automatischen Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Automatic backups, newest first</source>
        <translation>Automatische Sicherungen, neueste zuerst</translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation>Fortschritt der Sicherung</translation>
    </message>
    <message>
        <source>Backup status</source>
        <translation>Status der Sicherung</translation>
    </message>
    <message>
        <source>Automatic &amp;backups:</source>
        <translation>A&amp;utomatische Sicherungen:</translation>
    </message>
    <message>
        <source>Restore the history?</source>
        <translation>Verlauf wiederherstellen?</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>Sicherung nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>⚠ The backup failed: %1</source>
        <translation>⚠ Die Sicherung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The history was restored from %1. The history as it was is kept as %2.</source>
        <translation>Der Verlauf wurde aus %1 wiederhergestellt. Der bisherige Verlauf bleibt als %2 erhalten.</translation>
    </message>
    <message>
        <source>⚠ Nothing was restored: %1 Your history is unchanged.</source>
        <translation>⚠ Es wurde nichts wiederhergestellt: %1 Ihr Verlauf ist unverändert.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No automatic backup yet.</source>
        <translation>Noch keine automatische Sicherung.</translation>
    </message>
    <message>
        <source>Back up the history</source>
        <translation>Verlauf sichern</translation>
    </message>
    <message>
        <source>SafeScan backup (*.sqlite)</source>
        <translation>SafeScan-Sicherung (*.sqlite)</translation>
    </message>
    <message>
        <source>Restore the history from a backup</source>
        <translation>Verlauf aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>SafeScan backup (*.sqlite);;All files (*)</source>
        <translation>SafeScan-Sicherung (*.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>A backup or restore is already running.</source>
        <translation>Eine Sicherung oder Wiederherstellung läuft bereits.</translation>
    </message>
    <message>
        <source>Backing up to %1…</source>
        <translation>Sichern nach %1…</translation>
    </message>
    <message>
        <source>Replace your whole history with the content of %1?

The history as it is now is first kept as a copy beside the database, so nothing is lost.</source>
        <translation>Ihren gesamten Verlauf durch den Inhalt von %1 ersetzen?

Der jetzige Verlauf wird zuvor als Kopie neben der Datenbank aufbewahrt, sodass nichts verloren geht.</translation>
    </message>
    <message>
        <source>Restore cancelled; nothing was changed.</source>
        <translation>Wiederherstellung abgebrochen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Restoring from %1…</source>
        <translation>Wiederherstellen aus %1…</translation>
    </message>
</context>
<context>
    <name>SafeScan::CameraPanel</name>
    <message>
        <source>Mirror</source>
        <translation>Spiegeln</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Camera to use</source>
        <translation>Zu verwendende Kamera</translation>
    </message>
    <message>
        <source>Pause or resume the camera</source>
        <translation>Kamera anhalten oder fortsetzen</translation>
    </message>
    <message>
        <source>Mirror the camera picture</source>
        <translation>Kamerabild spiegeln</translation>
    </message>
    <message>
        <source>Try the camera again</source>
        <translation>Kamera erneut versuchen</translation>
    </message>
    <message>
        <source>Camera:</source>
        <translation>Kamera:</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Start camera</source>
        <translation>Kamera starten</translation>
    </message>
</context>
<context>
    <name>SafeScan::CameraStatus</name>
    <message>
        <source>No camera found</source>
        <translation>Keine Kamera gefunden</translation>
    </message>
    <message>
        <source>Connect a camera and it will appear here. Meanwhile, open an image (Ctrl+O), paste one (Ctrl+V) or drop files on this window.</source>
        <translation>Schließen Sie eine Kamera an, dann erscheint sie hier. Bis dahin können Sie ein Bild öffnen (Strg+O), eines einfügen (Strg+V) oder Dateien auf dieses Fenster ziehen.</translation>
    </message>
    <message>
        <source>Camera off</source>
        <translation>Kamera aus</translation>
    </message>
    <message>
        <source>Press “Start camera” to scan live.</source>
        <translation>Drücken Sie „Kamera starten“, um live zu scannen.</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Press “Start camera” to resume scanning.</source>
        <translation>Drücken Sie „Kamera starten“, um mit dem Scannen fortzufahren.</translation>
    </message>
    <message>
        <source>SafeScan may not use the camera</source>
        <translation>SafeScan darf die Kamera nicht verwenden</translation>
    </message>
    <message>
        <source>Allow camera access for SafeScan in your system&apos;s privacy settings (on Linux: membership of the “video” group), then press “Try again”.
%1</source>
        <translation>Erlauben Sie SafeScan den Kamerazugriff in den Datenschutzeinstellungen Ihres Systems (unter Linux: Mitgliedschaft in der Gruppe „video“) und drücken Sie dann „Erneut versuchen“.
%1</translation>
    </message>
    <message>
        <source>The camera is busy</source>
        <translation>Die Kamera ist belegt</translation>
    </message>
    <message>
        <source>Another application is using it. Close that application, then press “Try again”.
%1</source>
        <translation>Eine andere Anwendung verwendet sie. Schließen Sie diese Anwendung und drücken Sie dann „Erneut versuchen“.
%1</translation>
    </message>
    <message>
        <source>The camera was disconnected</source>
        <translation>Die Kamera wurde getrennt</translation>
    </message>
    <message>
        <source>Plug it back in, or choose another camera above, then press “Try again”.</source>
        <translation>Schließen Sie sie wieder an oder wählen Sie oben eine andere Kamera und drücken Sie dann „Erneut versuchen“.</translation>
    </message>
    <message>
        <source>The camera stopped with an error</source>
        <translation>Die Kamera wurde mit einem Fehler beendet</translation>
    </message>
    <message>
        <source>%1
Press “Try again”, or choose another camera.</source>
        <translation>%1
Drücken Sie „Erneut versuchen“ oder wählen Sie eine andere Kamera.</translation>
    </message>
</context>
<context>
    <name>SafeScan::ChartCard</name>
    <message>
        <source>Export PNG</source>
        <translation>PNG exportieren</translation>
    </message>
    <message>
        <source>Export the chart &quot;%1&quot; as a PNG image</source>
        <translation>Das Diagramm „%1“ als PNG-Bild exportieren</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <source>Export the data of &quot;%1&quot; as CSV</source>
        <translation>Die Daten von „%1“ als CSV exportieren</translation>
    </message>
    <message>
        <source>Chart: %1</source>
        <translation>Diagramm: %1</translation>
    </message>
    <message>
        <source>%1: no data</source>
        <translation>%1: keine Daten</translation>
    </message>
    <message>
        <source>Hour (UTC)</source>
        <translation>Stunde (UTC)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>%1: %2 points, total %3</source>
        <translation>%1: %2 Punkte, insgesamt %3</translation>
    </message>
    <message>
        <source>; %1: total %2</source>
        <translation>; %1: insgesamt %2</translation>
    </message>
    <message>
        <source>No data for this period.</source>
        <translation>Keine Daten für diesen Zeitraum.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot write the image %1.</source>
        <translation>Das Bild %1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>SafeScan::CommunityAccount</name>
    <message>
        <source>Not connected: no device token and not signed in</source>
        <translation>Nicht verbunden: kein Gerätetoken und nicht angemeldet</translation>
    </message>
    <message>
        <source>This device (anonymous device token), not signed in</source>
        <translation>Dieses Gerät (anonymes Gerätetoken), nicht angemeldet</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Angemeldet als %1 (%2)</translation>
    </message>
</context>
<context>
    <name>SafeScan::CommunityClient</name>
    <message>
        <source>Queued: sent when the server can be reached (%1)</source>
        <translation>In der Warteschlange: wird gesendet, sobald der Server erreichbar ist (%1)</translation>
    </message>
</context>
<context>
    <name>SafeScan::CommunityDashboardPanel</name>
    <message>
        <source>Community dashboard: first day</source>
        <translation>Community-Übersicht: erster Tag</translation>
    </message>
    <message>
        <source>Community dashboard: last day</source>
        <translation>Community-Übersicht: letzter Tag</translation>
    </message>
    <message>
        <source>Compare with the previous period</source>
        <translation>Mit dem vorherigen Zeitraum vergleichen</translation>
    </message>
    <message>
        <source>Compare the community data with the previous period</source>
        <translation>Die Community-Daten mit dem vorherigen Zeitraum vergleichen</translation>
    </message>
    <message>
        <source>Metric of the time series</source>
        <translation>Messgröße der Zeitreihe</translation>
    </message>
    <message>
        <source>Time step of the time series</source>
        <translation>Zeitschritt der Zeitreihe</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>Nach Tag</translation>
    </message>
    <message>
        <source>By hour</source>
        <translation>Nach Stunde</translation>
    </message>
    <message>
        <source>Filter by payload type</source>
        <translation>Nach Inhaltstyp filtern</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>Filter by verdict</source>
        <translation>Nach Urteil filtern</translation>
    </message>
    <message>
        <source>All verdicts</source>
        <translation>Alle Urteile</translation>
    </message>
    <message>
        <source>Filter by source</source>
        <translation>Nach Quelle filtern</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Alle Quellen</translation>
    </message>
    <message>
        <source>Distribution by</source>
        <translation>Verteilung nach</translation>
    </message>
    <message>
        <source>Top list</source>
        <translation>Rangliste</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Live refresh interval in seconds (0: off)</source>
        <translation>Intervall der Live-Aktualisierung in Sekunden (0: aus)</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>Jetzt &amp;aktualisieren</translation>
    </message>
    <message>
        <source>Refresh the community dashboard now</source>
        <translation>Die Community-Übersicht jetzt aktualisieren</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Messgröße</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Bars</source>
        <translation>Balken</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Rangliste</translation>
    </message>
    <message>
        <source>Live refresh</source>
        <translation>Live-Aktualisierung</translation>
    </message>
    <message>
        <source>Community dashboard status</source>
        <translation>Status der Community-Übersicht</translation>
    </message>
    <message>
        <source>Community summary</source>
        <translation>Community-Zusammenfassung</translation>
    </message>
    <message>
        <source>Time series</source>
        <translation>Zeitreihe</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Verteilung</translation>
    </message>
    <message>
        <source>&lt;b&gt;Top items&lt;/b&gt; (by hash; content is never shown)</source>
        <translation>&lt;b&gt;Häufigste Einträge&lt;/b&gt; (nach Hash; der Inhalt wird nie angezeigt)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <source>Export the top items as CSV</source>
        <translation>Die häufigsten Einträge als CSV exportieren</translation>
    </message>
    <message>
        <source>Top items</source>
        <translation>Häufigste Einträge</translation>
    </message>
    <message>
        <source>Item hash</source>
        <translation>Hash des Eintrags</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Stimmen</translation>
    </message>
    <message>
        <source>Safe</source>
        <translation>Sicher</translation>
    </message>
    <message>
        <source>Unsafe</source>
        <translation>Unsicher</translation>
    </message>
    <message>
        <source>The first day is after the last day; choose a range that ends after it starts.</source>
        <translation>Der erste Tag liegt nach dem letzten Tag; wählen Sie einen Zeitraum, der nach seinem Beginn endet.</translation>
    </message>
    <message>
        <source>The community dashboard loads when it is shown.</source>
        <translation>Die Community-Übersicht wird geladen, sobald sie angezeigt wird.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Updated %1.</source>
        <translation>Aktualisiert um %1.</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>%1, previous period</source>
        <translation>%1, vorheriger Zeitraum</translation>
    </message>
    <message>
        <source>Events: %1 · flagged voters: %2 · quarantined voters: %3</source>
        <translation>Ereignisse: %1 · markierte Abstimmende: %2 · Abstimmende in Quarantäne: %3</translation>
    </message>
    <message>
        <source>Export the chart as PNG</source>
        <translation>Das Diagramm als PNG exportieren</translation>
    </message>
    <message>
        <source>Export the data as CSV</source>
        <translation>Die Daten als CSV exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
</context>
<context>
    <name>SafeScan::CommunityText</name>
    <message>
        <source>Rated safe</source>
        <translation>Als sicher bewertet</translation>
    </message>
    <message>
        <source>Rated unsafe</source>
        <translation>Als unsicher bewertet</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Umstritten</translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation>Noch nicht bewertet</translation>
    </message>
    <message>
        <source> by a moderator</source>
        <translation> von einem Moderator</translation>
    </message>
    <message>
        <source>no votes</source>
        <translation>keine Stimmen</translation>
    </message>
    <message numerus="yes">
        <source>%1% safe · confidence %2% · %n vote(s) (%3 safe, %4 unsafe)</source>
        <translation>
            <numerusform>%1 % sicher · Zuverlässigkeit %2 % · %n Stimme (%3 sicher, %4 unsicher)</numerusform>
            <numerusform>%1 % sicher · Zuverlässigkeit %2 % · %n Stimmen (%3 sicher, %4 unsicher)</numerusform>
        </translation>
    </message>
    <message>
        <source>not connected to a SafeScan server</source>
        <translation>nicht mit einem SafeScan-Server verbunden</translation>
    </message>
    <message>
        <source>asking the community…</source>
        <translation>Community wird gefragt…</translation>
    </message>
    <message>
        <source>cached</source>
        <translation>zwischengespeichert</translation>
    </message>
    <message>
        <source>offline: showing the last known rating</source>
        <translation>offline: die letzte bekannte Bewertung wird angezeigt</translation>
    </message>
    <message>
        <source>unknown: the server could not be reached and nothing is cached</source>
        <translation>unbekannt: der Server war nicht erreichbar und nichts ist zwischengespeichert</translation>
    </message>
    <message>
        <source>You have not voted</source>
        <translation>Sie haben nicht abgestimmt</translation>
    </message>
    <message>
        <source>You voted safe</source>
        <translation>Sie haben für sicher gestimmt</translation>
    </message>
    <message>
        <source>You voted unsafe</source>
        <translation>Sie haben für unsicher gestimmt</translation>
    </message>
    <message>
        <source>The SafeScan server cannot be reached.</source>
        <translation>Der SafeScan-Server ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>The SafeScan server failed several times; SafeScan waits a minute before asking again.</source>
        <translation>Der SafeScan-Server ist mehrmals ausgefallen; SafeScan wartet eine Minute, bevor es erneut fragt.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read.</source>
        <translation>Die Antwort des Servers konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Sign in (or register this device) in Settings first.</source>
        <translation>Melden Sie sich zuerst in den Einstellungen an (oder registrieren Sie dieses Gerät).</translation>
    </message>
    <message>
        <source>No SafeScan server is set in Settings.</source>
        <translation>In den Einstellungen ist kein SafeScan-Server festgelegt.</translation>
    </message>
    <message numerus="yes">
        <source>Too many requests; try again in %n second(s).</source>
        <translation>
            <numerusform>Zu viele Anfragen; versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Zu viele Anfragen; versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many requests; try again later.</source>
        <translation>Zu viele Anfragen; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server did not accept your sign-in; sign in again in Settings.</source>
        <translation>Der Server hat Ihre Anmeldung nicht akzeptiert; melden Sie sich in den Einstellungen erneut an.</translation>
    </message>
    <message>
        <source>Your account may not do this.</source>
        <translation>Ihr Konto darf das nicht.</translation>
    </message>
    <message>
        <source>The server no longer knows this item (it may have been resolved already).</source>
        <translation>Der Server kennt diesen Eintrag nicht mehr (vielleicht wurde er bereits erledigt).</translation>
    </message>
    <message>
        <source>The item carries the opposite decision; clear that decision first.</source>
        <translation>Der Eintrag trägt die gegenteilige Entscheidung; heben Sie diese zuerst auf.</translation>
    </message>
    <message>
        <source>The server had a problem (%1); try again later.</source>
        <translation>Der Server hatte ein Problem (%1); versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server refused the request (%1).</source>
        <translation>Der Server hat die Anfrage abgelehnt (%1).</translation>
    </message>
    <message>
        <source>The server refused the request: %1</source>
        <translation>Der Server hat die Anfrage abgelehnt: %1</translation>
    </message>
    <message>
        <source>Spam quarantine</source>
        <translation>Spam-Quarantäne</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Benutzer hinzufügen</translation>
    </message>
    <message>
        <source>Set role</source>
        <translation>Rolle festlegen</translation>
    </message>
    <message>
        <source>Confirm safe</source>
        <translation>Als sicher bestätigen</translation>
    </message>
    <message>
        <source>Confirm unsafe</source>
        <translation>Als unsicher bestätigen</translation>
    </message>
    <message>
        <source>Clear decision</source>
        <translation>Entscheidung aufheben</translation>
    </message>
    <message>
        <source>Dismiss reports</source>
        <translation>Meldungen verwerfen</translation>
    </message>
    <message>
        <source>Quarantine voter</source>
        <translation>Abstimmende Person unter Quarantäne stellen</translation>
    </message>
    <message>
        <source>Restore voter</source>
        <translation>Abstimmende Person wiederherstellen</translation>
    </message>
    <message>
        <source>Lock rating</source>
        <translation>Bewertung sperren</translation>
    </message>
    <message>
        <source>Unlock rating</source>
        <translation>Bewertung entsperren</translation>
    </message>
    <message>
        <source>Phishing (steals passwords or data)</source>
        <translation>Phishing (stiehlt Passwörter oder Daten)</translation>
    </message>
    <message>
        <source>Malware (harmful download)</source>
        <translation>Schadsoftware (schädlicher Download)</translation>
    </message>
    <message>
        <source>Scam or fraud</source>
        <translation>Betrug oder Abzocke</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Etwas anderes</translation>
    </message>
</context>
<context>
    <name>SafeScan::CommunityView</name>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Community&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Community&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Sign in or out in Settings.</source>
        <translation>An- und abmelden können Sie sich in den Einstellungen.</translation>
    </message>
    <message>
        <source>&amp;Look up:</source>
        <translation>&amp;Nachschlagen:</translation>
    </message>
    <message>
        <source>A link or any text; only an anonymous prefix of its fingerprint is sent</source>
        <translation>Ein Link oder beliebiger Text; gesendet wird nur ein anonymer Anfang seines Fingerabdrucks</translation>
    </message>
    <message>
        <source>Link or text to look up</source>
        <translation>Nachzuschlagender Link oder Text</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>Nachschlagen</translation>
    </message>
    <message>
        <source>Look up the community rating</source>
        <translation>Die Community-Bewertung nachschlagen</translation>
    </message>
    <message>
        <source>Community rating found</source>
        <translation>Gefundene Community-Bewertung</translation>
    </message>
    <message>
        <source>My votes and reports</source>
        <translation>Meine Stimmen und Meldungen</translation>
    </message>
    <message>
        <source>My votes</source>
        <translation>Meine Stimmen</translation>
    </message>
    <message>
        <source>&amp;Retract vote</source>
        <translation>Stimme &amp;zurückziehen</translation>
    </message>
    <message>
        <source>Retract the selected vote</source>
        <translation>Die ausgewählte Stimme zurückziehen</translation>
    </message>
    <message>
        <source>Retract the selected vote (Delete)</source>
        <translation>Die ausgewählte Stimme zurückziehen (Entf)</translation>
    </message>
    <message>
        <source>My &amp;votes</source>
        <translation>Meine &amp;Stimmen</translation>
    </message>
    <message>
        <source>My reports</source>
        <translation>Meine Meldungen</translation>
    </message>
    <message>
        <source>My re&amp;ports</source>
        <translation>Meine &amp;Meldungen</translation>
    </message>
    <message>
        <source>Community message</source>
        <translation>Community-Meldung</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Asking the community…</source>
        <translation>Community wird gefragt…</translation>
    </message>
</context>
<context>
    <name>SafeScan::CommunityViewModel</name>
    <message>
        <source>item %1…</source>
        <translation>Eintrag %1…</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>My vote</source>
        <translation>Meine Stimme</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Community rating</source>
        <translation>Community-Bewertung</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Content shared</source>
        <translation>Inhalt geteilt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Your votes cannot be read: %1</source>
        <translation>Ihre Stimmen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Safe</source>
        <translation>Sicher</translation>
    </message>
    <message>
        <source>Unsafe</source>
        <translation>Unsicher</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Wartet auf Versand</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Received (#%1)</source>
        <translation>Empfangen (#%1)</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Your vote could not be retracted: %1</source>
        <translation>Ihre Stimme konnte nicht zurückgezogen werden: %1</translation>
    </message>
    <message>
        <source>Retracted on this device; the server will be told later. %1</source>
        <translation>Auf diesem Gerät zurückgezogen; der Server erfährt es später. %1</translation>
    </message>
    <message>
        <source>Your vote was retracted.</source>
        <translation>Ihre Stimme wurde zurückgezogen.</translation>
    </message>
    <message>
        <source>Type or paste a link or any text to look up.</source>
        <translation>Geben Sie einen Link oder beliebigen Text zum Nachschlagen ein oder fügen Sie ihn ein.</translation>
    </message>
</context>
<context>
    <name>SafeScan::DashboardCsv</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>SafeScan::DashboardLabels</name>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Image file</source>
        <translation>Bilddatei</translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation>Zwischenablage</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Bildschirm</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>Scans</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Stimmen</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <source>Spam blocked</source>
        <translation>Spam blockiert</translation>
    </message>
    <message>
        <source>Moderation actions</source>
        <translation>Moderationsaktionen</translation>
    </message>
    <message>
        <source>Sync errors</source>
        <translation>Synchronisierungsfehler</translation>
    </message>
    <message>
        <source>Verdict levels</source>
        <translation>Urteilsstufen</translation>
    </message>
    <message>
        <source>Payload types</source>
        <translation>Inhaltstypen</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Most voted items</source>
        <translation>Einträge mit den meisten Stimmen</translation>
    </message>
    <message>
        <source>Most disputed items</source>
        <translation>Am stärksten umstrittene Einträge</translation>
    </message>
</context>
<context>
    <name>SafeScan::DashboardView</name>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation>Übersichten</translation>
    </message>
    <message>
        <source>&amp;My scans</source>
        <translation>&amp;Meine Scans</translation>
    </message>
    <message>
        <source>&amp;Community</source>
        <translation>&amp;Community</translation>
    </message>
</context>
<context>
    <name>SafeScan::DashboardViewModel</name>
    <message>
        <source>The SafeScan server cannot be reached; the dashboard will try again.</source>
        <translation>Der SafeScan-Server ist nicht erreichbar; die Übersicht versucht es erneut.</translation>
    </message>
    <message>
        <source>The analytics service failed several times; the dashboard waits a minute before trying again.</source>
        <translation>Der Statistikdienst ist mehrmals ausgefallen; die Übersicht wartet eine Minute, bevor sie es erneut versucht.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read: %1</source>
        <translation>Die Antwort des Servers konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Sign in with an analyst account to see the community dashboards.</source>
        <translation>Melden Sie sich mit einem Analystenkonto an, um die Community-Übersichten zu sehen.</translation>
    </message>
    <message>
        <source>The dashboard cannot ask for this: %1</source>
        <translation>Die Übersicht kann dies nicht abfragen: %1</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Your session has expired; sign in again to see the community dashboards.</source>
        <translation>Ihre Sitzung ist abgelaufen; melden Sie sich erneut an, um die Community-Übersichten zu sehen.</translation>
    </message>
    <message>
        <source>The community dashboards are for accounts with the analyst role.</source>
        <translation>Die Community-Übersichten sind Konten mit der Analystenrolle vorbehalten.</translation>
    </message>
    <message>
        <source>The server refused the request: %1</source>
        <translation>Der Server hat die Anfrage abgelehnt: %1</translation>
    </message>
    <message>
        <source>The server asks to slow down; the dashboard will try again shortly.</source>
        <translation>Der Server bittet um weniger Anfragen; die Übersicht versucht es in Kürze erneut.</translation>
    </message>
    <message>
        <source>The server failed to answer (HTTP %1); the dashboard will try again.</source>
        <translation>Der Server hat nicht geantwortet (HTTP %1); die Übersicht versucht es erneut.</translation>
    </message>
</context>
<context>
    <name>SafeScan::DatabaseRecovery</name>
    <message>
        <source>There is no database yet; a new one will be created.</source>
        <translation>Es gibt noch keine Datenbank; eine neue wird angelegt.</translation>
    </message>
    <message>
        <source>SafeScan cannot use &quot;%1&quot; as its database because it is not a file.</source>
        <translation>SafeScan kann „%1“ nicht als Datenbank verwenden, weil es keine Datei ist.</translation>
    </message>
    <message>
        <source>The database file is empty; a new database will be set up in it.</source>
        <translation>Die Datenbankdatei ist leer; darin wird eine neue Datenbank eingerichtet.</translation>
    </message>
    <message>
        <source>The database passed its integrity check.</source>
        <translation>Die Datenbank hat die Integritätsprüfung bestanden.</translation>
    </message>
    <message>
        <source>SafeScan cannot open its database &quot;%1&quot; (%2); nothing was changed.</source>
        <translation>SafeScan kann seine Datenbank „%1“ nicht öffnen (%2); es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>SafeScan&apos;s database is damaged and its backup could not be copied into place (%1), so nothing was changed.</source>
        <translation>Die Datenbank von SafeScan ist beschädigt, und ihre Sicherung konnte nicht an ihre Stelle kopiert werden (%1); daher wurde nichts geändert.</translation>
    </message>
    <message>
        <source>SafeScan&apos;s database is damaged and could not be set aside (%1), so it cannot be used until the folder &quot;%2&quot; is writable; nothing was changed.</source>
        <translation>Die Datenbank von SafeScan ist beschädigt und konnte nicht beiseitegelegt werden (%1); sie kann daher erst verwendet werden, wenn der Ordner „%2“ beschreibbar ist. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>SafeScan&apos;s database was damaged and has been set aside as &quot;%1&quot;, but its backup could not be put in its place (%2).</source>
        <translation>Die Datenbank von SafeScan war beschädigt und wurde als „%1“ beiseitegelegt, aber ihre Sicherung konnte nicht an ihre Stelle gesetzt werden (%2).</translation>
    </message>
    <message>
        <source>SafeScan&apos;s database was damaged, so it was set aside as &quot;%1&quot; and the backup of %2 was restored; anything saved after that backup is only in the damaged copy.</source>
        <translation>Die Datenbank von SafeScan war beschädigt; sie wurde daher als „%1“ beiseitegelegt und die Sicherung vom %2 wiederhergestellt. Alles, was nach dieser Sicherung gespeichert wurde, ist nur in der beschädigten Kopie.</translation>
    </message>
    <message>
        <source>SafeScan&apos;s database was damaged and there was no backup, so it was set aside as &quot;%1&quot; and a new, empty database was started.</source>
        <translation>Die Datenbank von SafeScan war beschädigt und es gab keine Sicherung; sie wurde daher als „%1“ beiseitegelegt und eine neue, leere Datenbank angelegt.</translation>
    </message>
</context>
<context>
    <name>SafeScan::GuiCommand</name>
    <message>
        <source>Opening your history…</source>
        <translation>Ihr Verlauf wird geöffnet…</translation>
    </message>
    <message>
        <source>Opening your history</source>
        <translation>Ihr Verlauf wird geöffnet</translation>
    </message>
</context>
<context>
    <name>SafeScan::HistoryJobs</name>
    <message>
        <source>Import failed: %1 Nothing was changed.</source>
        <translation>Import fehlgeschlagen: %1 Es wurde nichts geändert.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n scan(s).</source>
        <translation>
            <numerusform>%n Scan importiert.</numerusform>
            <numerusform>%n Scans importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the history (skipped).</source>
        <translation>
            <numerusform>%n war bereits im Verlauf (übersprungen).</numerusform>
            <numerusform>%n waren bereits im Verlauf (übersprungen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) could not be read and were skipped:</source>
        <translation>
            <numerusform>%n Datensatz konnte nicht gelesen werden und wurde übersprungen:</numerusform>
            <numerusform>%n Datensätze konnten nicht gelesen werden und wurden übersprungen:</numerusform>
        </translation>
    </message>
    <message>
        <source>record %1: %2;</source>
        <translation>Datensatz %1: %2;</translation>
    </message>
    <message numerus="yes">
        <source>and %n more.</source>
        <translation>
            <numerusform>und %n weiterer.</numerusform>
            <numerusform>und %n weitere.</numerusform>
        </translation>
    </message>
    <message>
        <source>Then the import stopped: %1</source>
        <translation>Dann wurde der Import beendet: %1</translation>
    </message>
    <message>
        <source>Re-check failed: %1</source>
        <translation>Neuprüfung fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Re-check cancelled after %n scan(s);</source>
        <translation>
            <numerusform>Neuprüfung nach %n Scan abgebrochen;</numerusform>
            <numerusform>Neuprüfung nach %n Scans abgebrochen;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re-checked %n scan(s);</source>
        <translation>
            <numerusform>%n Scan neu geprüft;</numerusform>
            <numerusform>%n Scans neu geprüft;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n verdict(s) changed.</source>
        <translation>
            <numerusform>%n Urteil geändert.</numerusform>
            <numerusform>%n Urteile geändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) stored without their original content were left as they were.</source>
        <translation>
            <numerusform>%n Scan, der ohne seinen ursprünglichen Inhalt gespeichert ist, blieb unverändert.</numerusform>
            <numerusform>%n Scans, die ohne ihren ursprünglichen Inhalt gespeichert sind, blieben unverändert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SafeScan::HistoryTableModel</name>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Image file</source>
        <translation>Bilddatei</translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation>Zwischenablage</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Bildschirm</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Angeheftet</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Anheften</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>Gescannt</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>The note could not be saved: %1</source>
        <translation>Die Notiz konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>Der Verlauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Could not change the pin: %1</source>
        <translation>Das Anheften konnte nicht geändert werden: %1</translation>
    </message>
    <message>
        <source>A scan could not be deleted: %1</source>
        <translation>Ein Scan konnte nicht gelöscht werden: %1</translation>
    </message>
</context>
<context>
    <name>SafeScan::HistoryView</name>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>The history cannot be shown: %1</source>
        <translation>Der Verlauf kann nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <source>History unavailable</source>
        <translation>Verlauf nicht verfügbar</translation>
    </message>
    <message>
        <source>Search content, notes and sites (Ctrl+F)</source>
        <translation>Inhalt, Notizen, Websites suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>Den Verlauf durchsuchen</translation>
    </message>
    <message>
        <source>Filter by type</source>
        <translation>Nach Typ filtern</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>Filter by verdict</source>
        <translation>Nach Urteil filtern</translation>
    </message>
    <message>
        <source>All verdicts</source>
        <translation>Alle Urteile</translation>
    </message>
    <message>
        <source>Filter by source</source>
        <translation>Nach Quelle filtern</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Alle Quellen</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Image file</source>
        <translation>Bilddatei</translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation>Zwischenablage</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Bildschirm</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Filter by date</source>
        <translation>Nach Datum filtern</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Beliebige Zeit</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Scanned codes</source>
        <translation>Gescannte Codes</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Anheften</translation>
    </message>
    <message>
        <source>Pin or unpin the selected scan (pinned scans are never removed by the quota)</source>
        <translation>Den ausgewählten Scan anheften oder lösen (angeheftete Scans werden vom Speicherlimit nie entfernt)</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>Notiz…</translation>
    </message>
    <message>
        <source>Edit the note of the selected scan</source>
        <translation>Die Notiz des ausgewählten Scans bearbeiten</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected scan (Delete key)</source>
        <translation>Den ausgewählten Scan löschen (Entf-Taste)</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Löschen rückgängig machen</translation>
    </message>
    <message>
        <source>Bring back the last deleted scan (Ctrl+Z)</source>
        <translation>Den zuletzt gelöschten Scan zurückholen (Strg+Z)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Export the whole history as CSV or JSON</source>
        <translation>Den gesamten Verlauf als CSV oder JSON exportieren</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Fortschritt des Exports</translation>
    </message>
    <message>
        <source>History summary</source>
        <translation>Zusammenfassung des Verlaufs</translation>
    </message>
    <message>
        <source>Exported %1 scans to %2</source>
        <translation>%1 Scans nach %2 exportiert</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Export the history</source>
        <translation>Den Verlauf exportieren</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv);;JSON (*.json)</source>
        <translation>CSV-Tabelle (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation>Ein Export läuft bereits.</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Lösen</translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) loaded, more as you scroll</source>
        <translation>
            <numerusform>%n Scan geladen, weitere beim Blättern</numerusform>
            <numerusform>%n Scans geladen, weitere beim Blättern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s)</source>
        <translation>
            <numerusform>%n Scan</numerusform>
            <numerusform>%n Scans</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-check</source>
        <translation>Neu prüfen</translation>
    </message>
    <message>
        <source>Judge the selected scan again with today&apos;s checks and blocklists</source>
        <translation>Den ausgewählten Scan mit den heutigen Prüfungen und Sperrlisten neu beurteilen</translation>
    </message>
    <message>
        <source>Re-check all</source>
        <translation>Alle neu prüfen</translation>
    </message>
    <message>
        <source>Judge every scan in the history again</source>
        <translation>Jeden Scan im Verlauf neu beurteilen</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Import scans from a SafeScan JSON export</source>
        <translation>Scans aus einem SafeScan-JSON-Export importieren</translation>
    </message>
    <message>
        <source>Re-check or import progress</source>
        <translation>Fortschritt von Neuprüfung oder Import</translation>
    </message>
    <message>
        <source>Result of the last re-check or import</source>
        <translation>Ergebnis der letzten Neuprüfung oder des letzten Imports</translation>
    </message>
    <message>
        <source>Importing %v of %m</source>
        <translation>Importiere %v von %m</translation>
    </message>
    <message>
        <source>Re-checking %v of %m</source>
        <translation>Prüfe %v von %m neu</translation>
    </message>
    <message>
        <source>Import scans</source>
        <translation>Scans importieren</translation>
    </message>
    <message>
        <source>SafeScan JSON export (*.json);;All files (*)</source>
        <translation>SafeScan-JSON-Export (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>A re-check or import is already running.</source>
        <translation>Eine Neuprüfung oder ein Import läuft bereits.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) shown, loading…</source>
        <translation>
            <numerusform>%n Scan angezeigt, wird geladen…</numerusform>
            <numerusform>%n Scans angezeigt, wird geladen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
</context>
<context>
    <name>SafeScan::ItemRatingViewModel</name>
    <message>
        <source>Your vote could not be saved: %1</source>
        <translation>Ihre Stimme konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Thank you: your vote was counted.</source>
        <translation>Danke: Ihre Stimme wurde gezählt.</translation>
    </message>
    <message>
        <source>Your vote was retracted.</source>
        <translation>Ihre Stimme wurde zurückgezogen.</translation>
    </message>
    <message>
        <source>Your vote is saved on this device and will be sent later. %1</source>
        <translation>Ihre Stimme ist auf diesem Gerät gespeichert und wird später gesendet. %1</translation>
    </message>
    <message>
        <source>Thank you: the moderators received your report.</source>
        <translation>Danke: Die Moderatoren haben Ihre Meldung erhalten.</translation>
    </message>
    <message>
        <source>The report could not be sent: %1</source>
        <translation>Die Meldung konnte nicht gesendet werden: %1</translation>
    </message>
</context>
<context>
    <name>SafeScan::MainWindow</name>
    <message>
        <source>SafeScan</source>
        <translation>SafeScan</translation>
    </message>
    <message>
        <source>SafeScan main window</source>
        <translation>SafeScan-Hauptfenster</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>Not connected to a SafeScan server: your votes and reports and community lookups appear here once a server is set in Settings.</source>
        <translation>Nicht mit einem SafeScan-Server verbunden: Ihre Stimmen, Meldungen und Community-Abfragen erscheinen hier, sobald in den Einstellungen ein Server festgelegt ist.</translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <source>Not connected to a SafeScan server: moderators see the queue, item details, actions and the audit log here once signed in.</source>
        <translation>Nicht mit einem SafeScan-Server verbunden: Nach der Anmeldung sehen Moderatoren hier die Warteschlange, die Details der Einträge, die Aktionen und das Prüfprotokoll.</translation>
    </message>
    <message>
        <source>Scanning video</source>
        <translation>Video wird gescannt</translation>
    </message>
    <message>
        <source>Exporting history</source>
        <translation>Verlauf wird exportiert</translation>
    </message>
    <message>
        <source>Importing history</source>
        <translation>Verlauf wird importiert</translation>
    </message>
    <message>
        <source>Re-checking verdicts</source>
        <translation>Urteile werden neu geprüft</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Sicherung läuft</translation>
    </message>
    <message numerus="yes">
        <source>%n old scan(s) removed to keep the history within its size and age limits.</source>
        <translation>
            <numerusform>%n alter Scan entfernt, um den Verlauf innerhalb seiner Größen- und Altersgrenzen zu halten.</numerusform>
            <numerusform>%n alte Scans entfernt, um den Verlauf innerhalb seiner Größen- und Altersgrenzen zu halten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Scannen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Strg+%2)</translation>
    </message>
    <message>
        <source>History status</source>
        <translation>Status des Verlaufs</translation>
    </message>
    <message>
        <source>History: ready</source>
        <translation>Verlauf: bereit</translation>
    </message>
    <message>
        <source>History: unavailable</source>
        <translation>Verlauf: nicht verfügbar</translation>
    </message>
    <message>
        <source>Ratings and sync need the SafeScan server; local checks work without it.</source>
        <translation>Bewertungen und Synchronisierung brauchen den SafeScan-Server; die lokalen Prüfungen funktionieren ohne ihn.</translation>
    </message>
    <message>
        <source>Your history cannot be used: %1</source>
        <translation>Ihr Verlauf kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>Scanning still works, but nothing is saved. Nothing was deleted; the data folder is %1.</source>
        <translation>Scannen funktioniert weiterhin, aber es wird nichts gespeichert. Es wurde nichts gelöscht; der Datenordner ist %1.</translation>
    </message>
    <message>
        <source>The damaged file was kept as %1 and was not deleted.</source>
        <translation>Die beschädigte Datei wurde als %1 aufbewahrt und nicht gelöscht.</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup of your history failed.</source>
        <translation>Die heutige automatische Sicherung Ihres Verlaufs ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Scanning folder</source>
        <translation>Ordner wird gescannt</translation>
    </message>
    <message numerus="yes">
        <source>Folder scan cancelled after %n image(s).</source>
        <translation>
            <numerusform>Ordnerscan nach %n Bild abgebrochen.</numerusform>
            <numerusform>Ordnerscan nach %n Bildern abgebrochen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Folder scan finished: %n image(s).</source>
        <translation>
            <numerusform>Ordnerscan abgeschlossen: %n Bild.</numerusform>
            <numerusform>Ordnerscan abgeschlossen: %n Bilder.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SafeScan::ModerationActionDialog</name>
    <message>
        <source>Confirm %1</source>
        <translation>%1 bestätigen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; für %2</translation>
    </message>
    <message>
        <source>Action and subject</source>
        <translation>Aktion und Betreff</translation>
    </message>
    <message>
        <source>What the action does</source>
        <translation>Was die Aktion bewirkt</translation>
    </message>
    <message>
        <source>&amp;Reason (required, written to the audit log):</source>
        <translation>&amp;Grund (erforderlich, wird ins Prüfprotokoll geschrieben):</translation>
    </message>
    <message>
        <source>Reason for the action</source>
        <translation>Grund für die Aktion</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Confirm the action</source>
        <translation>Die Aktion bestätigen</translation>
    </message>
    <message>
        <source>Cancel the action</source>
        <translation>Die Aktion abbrechen</translation>
    </message>
</context>
<context>
    <name>SafeScan::ModerationQueueModel</name>
    <message>
        <source>Subject</source>
        <translation>Gegenstand</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Community rating</source>
        <translation>Community-Bewertung</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>Wartet seit</translation>
    </message>
    <message>
        <source>Open by</source>
        <translation>Geöffnet von</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Voter %1</source>
        <translation>Abstimmende Person %1</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>Eintrag %1</translation>
    </message>
    <message numerus="yes">
        <source>Quarantined voter (%1, by %2, %n vote(s))</source>
        <translation>
            <numerusform>Abstimmende Person in Quarantäne (%1, von %2, %n Stimme)</numerusform>
            <numerusform>Abstimmende Person in Quarantäne (%1, von %2, %n Stimmen)</numerusform>
        </translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message numerus="yes">
        <source>Reported %n time(s)</source>
        <translation>
            <numerusform>%n-mal gemeldet</numerusform>
            <numerusform>%n-mal gemeldet</numerusform>
        </translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Umstritten</translation>
    </message>
    <message>
        <source>Decided safe</source>
        <translation>Als sicher entschieden</translation>
    </message>
    <message>
        <source>Decided unsafe</source>
        <translation>Als unsicher entschieden</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>%1: sending…</source>
        <translation>%1: wird gesendet…</translation>
    </message>
</context>
<context>
    <name>SafeScan::ModerationView</name>
    <message>
        <source>Your decision overrides the community verdict as safe and closes the open reports.</source>
        <translation>Ihre Entscheidung ersetzt das Urteil der Community durch „sicher“ und schließt die offenen Meldungen.</translation>
    </message>
    <message>
        <source>Your decision overrides the community verdict as unsafe and closes the open reports.</source>
        <translation>Ihre Entscheidung ersetzt das Urteil der Community durch „unsicher“ und schließt die offenen Meldungen.</translation>
    </message>
    <message>
        <source>The community verdict applies again.</source>
        <translation>Das Urteil der Community gilt wieder.</translation>
    </message>
    <message>
        <source>Closes the open reports without a decision.</source>
        <translation>Schließt die offenen Meldungen ohne Entscheidung.</translation>
    </message>
    <message>
        <source>None of this voter&apos;s votes count until restored.</source>
        <translation>Keine Stimme dieser Person zählt, bis sie wiederhergestellt wird.</translation>
    </message>
    <message>
        <source>The voter&apos;s votes count again.</source>
        <translation>Die Stimmen dieser Person zählen wieder.</translation>
    </message>
    <message>
        <source>The rating is kept however long nobody votes on it.</source>
        <translation>Die Bewertung bleibt erhalten, egal wie lange niemand darüber abstimmt.</translation>
    </message>
    <message>
        <source>The rating may be dropped after 90 days without votes again.</source>
        <translation>Die Bewertung darf wieder nach 90 Tagen ohne Stimmen verworfen werden.</translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Moderation&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Moderation&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Entries in the queue</source>
        <translation>Einträge in der Warteschlange</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Refresh the queue</source>
        <translation>Die Warteschlange aktualisieren</translation>
    </message>
    <message>
        <source>Refresh the queue (F5)</source>
        <translation>Die Warteschlange aktualisieren (F5)</translation>
    </message>
    <message>
        <source>Only moderators and administrators can see the moderation queue. Sign in with such an account in Settings.</source>
        <translation>Nur Moderatoren und Administratoren können die Moderationswarteschlange sehen. Melden Sie sich in den Einstellungen mit einem solchen Konto an.</translation>
    </message>
    <message>
        <source>Moderation not available</source>
        <translation>Moderation nicht verfügbar</translation>
    </message>
    <message>
        <source>Queue and audit log</source>
        <translation>Warteschlange und Prüfprotokoll</translation>
    </message>
    <message>
        <source>Queue and detail</source>
        <translation>Warteschlange und Details</translation>
    </message>
    <message>
        <source>Moderation queue</source>
        <translation>Moderationswarteschlange</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>Mehr laden</translation>
    </message>
    <message>
        <source>Load more queue entries</source>
        <translation>Weitere Einträge der Warteschlange laden</translation>
    </message>
    <message>
        <source>Opened entry</source>
        <translation>Geöffneter Eintrag</translation>
    </message>
    <message>
        <source>Other moderators with this entry open</source>
        <translation>Andere Moderatoren, die diesen Eintrag geöffnet haben</translation>
    </message>
    <message>
        <source>Entry detail</source>
        <translation>Details des Eintrags</translation>
    </message>
    <message>
        <source>Content shared by reporters (with their consent):</source>
        <translation>Von den Meldenden geteilter Inhalt (mit ihrer Zustimmung):</translation>
    </message>
    <message>
        <source>Content shared by reporters</source>
        <translation>Von den Meldenden geteilter Inhalt</translation>
    </message>
    <message>
        <source>Votes over time:</source>
        <translation>Stimmen im Zeitverlauf:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Voter</source>
        <translation>Abstimmende Person</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <source>Votes over time</source>
        <translation>Stimmen im Zeitverlauf</translation>
    </message>
    <message>
        <source>Quarantine the selected vote&apos;s voter…</source>
        <translation>Die Person der ausgewählten Stimme unter Quarantäne stellen…</translation>
    </message>
    <message>
        <source>Quarantine the voter of the selected vote (asks for a reason)</source>
        <translation>Die Person der ausgewählten Stimme unter Quarantäne stellen (fragt nach einem Grund)</translation>
    </message>
    <message>
        <source>Decision history</source>
        <translation>Entscheidungsverlauf</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;Warteschlange</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Aktion:</translation>
    </message>
    <message>
        <source>Show audit entries of this action</source>
        <translation>Protokolleinträge dieser Aktion anzeigen</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Load older entries</source>
        <translation>Ältere Einträge laden</translation>
    </message>
    <message>
        <source>Load older audit entries</source>
        <translation>Ältere Protokolleinträge laden</translation>
    </message>
    <message>
        <source>A&amp;udit log</source>
        <translation>&amp;Prüfprotokoll</translation>
    </message>
    <message>
        <source>Moderation message</source>
        <translation>Moderationsmeldung</translation>
    </message>
    <message>
        <source>Voter %1</source>
        <translation>Abstimmende Person %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) waiting</source>
        <translation>
            <numerusform>%n Eintrag wartet</numerusform>
            <numerusform>%n Einträge warten</numerusform>
        </translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <source>Select an entry of the queue to see its detail.</source>
        <translation>Wählen Sie einen Eintrag der Warteschlange, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>⚠ Also open by %1: coordinate before acting.</source>
        <translation>⚠ Auch geöffnet von %1: Stimmen Sie sich ab, bevor Sie handeln.</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>Fingerabdruck: %1</translation>
    </message>
    <message>
        <source>Community rating: %1</source>
        <translation>Community-Bewertung: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Open reports: %1 (%2), newest %3</source>
        <translation>Offene Meldungen: %1 (%2), neueste %3</translation>
    </message>
    <message>
        <source>Reporter&apos;s note: “%1”</source>
        <translation>Notiz der meldenden Person: „%1“</translation>
    </message>
    <message>
        <source>Voter pseudonym: %1</source>
        <translation>Pseudonym der abstimmenden Person: %1</translation>
    </message>
    <message numerus="yes">
        <source>Quarantined by %1 (%2); %n vote(s)</source>
        <translation>
            <numerusform>Unter Quarantäne gestellt von %1 (%2); %n Stimme</numerusform>
            <numerusform>Unter Quarantäne gestellt von %1 (%2); %n Stimmen</numerusform>
        </translation>
    </message>
    <message>
        <source>(no reporter agreed to share the content)</source>
        <translation>(keine meldende Person hat dem Teilen des Inhalts zugestimmt)</translation>
    </message>
    <message>
        <source>%1 (quarantined, not counted)</source>
        <translation>%1 (in Quarantäne, nicht gezählt)</translation>
    </message>
    <message>
        <source>%1 · %2 by %3: %4</source>
        <translation>%1 · %2 durch %3: %4</translation>
    </message>
    <message>
        <source>No decisions yet (in the loaded audit log).</source>
        <translation>Noch keine Entscheidungen (im geladenen Prüfprotokoll).</translation>
    </message>
    <message>
        <source>Decision history:
%1</source>
        <translation>Entscheidungsverlauf:
%1</translation>
    </message>
    <message>
        <source>%1 (asks for a reason)</source>
        <translation>%1 (fragt nach einem Grund)</translation>
    </message>
</context>
<context>
    <name>SafeScan::ModerationViewModel</name>
    <message>
        <source>Only moderators and administrators can use the moderation queue.</source>
        <translation>Nur Moderatoren und Administratoren können die Moderationswarteschlange verwenden.</translation>
    </message>
    <message>
        <source>The moderation queue could not be read: %1</source>
        <translation>Die Moderationswarteschlange konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Wait until the previous action is done.</source>
        <translation>Warten Sie, bis die vorherige Aktion abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Every moderation action needs a reason.</source>
        <translation>Jede Moderationsaktion braucht einen Grund.</translation>
    </message>
    <message>
        <source>%1 does not apply to %2.</source>
        <translation>%1 ist auf %2 nicht anwendbar.</translation>
    </message>
    <message>
        <source>%1 failed and was undone: %2</source>
        <translation>%1 ist fehlgeschlagen und wurde rückgängig gemacht: %2</translation>
    </message>
    <message>
        <source>%1 done.</source>
        <translation>%1 erledigt.</translation>
    </message>
    <message>
        <source>%1: nothing to change, it was already so.</source>
        <translation>%1: nichts zu ändern, es war bereits so.</translation>
    </message>
</context>
<context>
    <name>SafeScan::OpenLinkDialog</name>
    <message>
        <source>Open this link?</source>
        <translation>Diesen Link öffnen?</translation>
    </message>
    <message>
        <source>Confirm opening the link</source>
        <translation>Das Öffnen des Links bestätigen</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>This opens:&lt;br&gt;&lt;tt&gt;%1&lt;/tt&gt;</source>
        <translation>Dies öffnet:&lt;br&gt;&lt;tt&gt;%1&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>Real destination</source>
        <translation>Tatsächliches Ziel</translation>
    </message>
    <message>
        <source>Technical form of the address: %1</source>
        <translation>Technische Form der Adresse: %1</translation>
    </message>
    <message>
        <source>Punycode form of the address</source>
        <translation>Punycode-Form der Adresse</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Im Browser öffnen</translation>
    </message>
    <message>
        <source>Open the link in the browser</source>
        <translation>Den Link im Browser öffnen</translation>
    </message>
    <message>
        <source>Do not open the link</source>
        <translation>Den Link nicht öffnen</translation>
    </message>
    <message>
        <source>I understand this link was judged dangerous and want to open it anyway</source>
        <translation>Mir ist bewusst, dass dieser Link als gefährlich eingestuft wurde, und ich möchte ihn trotzdem öffnen</translation>
    </message>
    <message>
        <source>Confirm opening a dangerous link</source>
        <translation>Das Öffnen eines gefährlichen Links bestätigen</translation>
    </message>
</context>
<context>
    <name>SafeScan::PassphraseStrength</name>
    <message>
        <source>Choose a passphrase of several words that you do not use anywhere else.</source>
        <translation>Wählen Sie eine Passphrase aus mehreren Wörtern, die Sie nirgendwo sonst verwenden.</translation>
    </message>
    <message>
        <source>Too short: use at least %1 characters, better a few words.</source>
        <translation>Zu kurz: Verwenden Sie mindestens %1 Zeichen, besser ein paar Wörter.</translation>
    </message>
    <message>
        <source>Weak: add more words or characters that do not repeat.</source>
        <translation>Schwach: Fügen Sie weitere Wörter oder Zeichen hinzu, die sich nicht wiederholen.</translation>
    </message>
    <message>
        <source>Fair: acceptable; a longer passphrase is stronger.</source>
        <translation>Ausreichend: akzeptabel; eine längere Passphrase ist stärker.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Stark.</translation>
    </message>
</context>
<context>
    <name>SafeScan::PayloadFields</name>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Web link</source>
        <translation>Weblink</translation>
    </message>
    <message>
        <source>Wi-Fi network</source>
        <translation>WLAN-Netz</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>One-time password key</source>
        <translation>Schlüssel für Einmalpasswörter</translation>
    </message>
    <message>
        <source>Crypto payment</source>
        <translation>Kryptozahlung</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Überweisung</translation>
    </message>
    <message>
        <source>Calendar event</source>
        <translation>Kalendertermin</translation>
    </message>
    <message>
        <source>Binary data</source>
        <translation>Binärdaten</translation>
    </message>
    <message>
        <source>None (open network)</source>
        <translation>Keine (offenes Netz)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>%1 (invalid check digits)</source>
        <translation>%1 (ungültige Prüfziffern)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Network name</source>
        <translation>Netzname</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Hidden network</source>
        <translation>Verborgenes Netz</translation>
    </message>
    <message>
        <source>EAP method</source>
        <translation>EAP-Methode</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Breitengrad</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Längengrad</translation>
    </message>
    <message>
        <source>Altitude</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Remittance</source>
        <translation>Verwendungszweck</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Beginnt</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Endet</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
</context>
<context>
    <name>SafeScan::PersonalDashboardModel</name>
    <message>
        <source>Your history is not available, so there is nothing to count.</source>
        <translation>Ihr Verlauf ist nicht verfügbar, daher gibt es nichts zu zählen.</translation>
    </message>
</context>
<context>
    <name>SafeScan::PersonalDashboardPanel</name>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>Personal dashboard: first day</source>
        <translation>Persönliche Übersicht: erster Tag</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>Personal dashboard: last day</source>
        <translation>Persönliche Übersicht: letzter Tag</translation>
    </message>
    <message>
        <source>Compare with the previous period</source>
        <translation>Mit dem vorherigen Zeitraum vergleichen</translation>
    </message>
    <message>
        <source>Compare my scans with the previous period</source>
        <translation>Meine Scans mit dem vorherigen Zeitraum vergleichen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Count my scans again</source>
        <translation>Meine Scans neu zählen</translation>
    </message>
    <message>
        <source>Personal dashboard status</source>
        <translation>Status der persönlichen Übersicht</translation>
    </message>
    <message>
        <source>My scans per day</source>
        <translation>Meine Scans pro Tag</translation>
    </message>
    <message>
        <source>Verdict mix</source>
        <translation>Verteilung der Urteile</translation>
    </message>
    <message>
        <source>Payload types</source>
        <translation>Inhaltstypen</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>The first day is after the last day; choose a range that ends after it starts.</source>
        <translation>Der erste Tag liegt nach dem letzten Tag; wählen Sie einen Zeitraum, der nach seinem Beginn endet.</translation>
    </message>
    <message>
        <source>Cannot count your scans: %1</source>
        <translation>Ihre Scans können nicht gezählt werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) from %1 to %2.</source>
        <translation>
            <numerusform>%n Scan vom %1 bis %2.</numerusform>
            <numerusform>%n Scans vom %1 bis %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Dieser Zeitraum</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Vorheriger Zeitraum</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>Scans</translation>
    </message>
    <message>
        <source>Export the chart as PNG</source>
        <translation>Das Diagramm als PNG exportieren</translation>
    </message>
    <message>
        <source>Export the chart&apos;s data as CSV</source>
        <translation>Die Daten des Diagramms als CSV exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
</context>
<context>
    <name>SafeScan::PlaceholderView</name>
    <message>
        <source>%1: not built yet</source>
        <translation>%1: noch nicht vorhanden</translation>
    </message>
</context>
<context>
    <name>SafeScan::RecoveryBanner</name>
    <message>
        <source>Problem with the local history</source>
        <translation>Problem mit dem lokalen Verlauf</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>What happened to the local history</source>
        <translation>Was mit dem lokalen Verlauf geschehen ist</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss the history message</source>
        <translation>Die Meldung zum Verlauf schließen</translation>
    </message>
</context>
<context>
    <name>SafeScan::ReportDialog</name>
    <message>
        <source>Report to the moderators</source>
        <translation>An die Moderatoren melden</translation>
    </message>
    <message>
        <source>Tell the SafeScan moderators that this item is harmful: %1</source>
        <translation>Den SafeScan-Moderatoren mitteilen, dass dieser Eintrag schädlich ist: %1</translation>
    </message>
    <message>
        <source>Item being reported</source>
        <translation>Gemeldeter Eintrag</translation>
    </message>
    <message>
        <source>Reason for the report</source>
        <translation>Grund der Meldung</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Optional: what made you suspicious</source>
        <translation>Optional: was Sie misstrauisch gemacht hat</translation>
    </message>
    <message>
        <source>Note for the moderators</source>
        <translation>Notiz für die Moderatoren</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>&amp;Share the scanned content with the moderators</source>
        <translation>Gescannten Inhalt mit den Moderatoren &amp;teilen</translation>
    </message>
    <message>
        <source>Share the scanned content with the moderators</source>
        <translation>Den gescannten Inhalt mit den Moderatoren teilen</translation>
    </message>
    <message>
        <source>Without this only an anonymous fingerprint (hash) of the item is sent.</source>
        <translation>Ohne dies wird nur ein anonymer Fingerabdruck (Hash) des Eintrags gesendet.</translation>
    </message>
    <message>
        <source>Content that would be shared: %1</source>
        <translation>Inhalt, der geteilt würde: %1</translation>
    </message>
    <message>
        <source>Content that would be shared</source>
        <translation>Inhalt, der geteilt würde</translation>
    </message>
    <message>
        <source>Without your consent the moderators get only the item&apos;s fingerprint, never its content.</source>
        <translation>Ohne Ihre Zustimmung erhalten die Moderatoren nur den Fingerabdruck des Eintrags, nie seinen Inhalt.</translation>
    </message>
    <message>
        <source>Privacy note</source>
        <translation>Hinweis zum Datenschutz</translation>
    </message>
    <message>
        <source>Send report</source>
        <translation>Meldung senden</translation>
    </message>
    <message>
        <source>Send the report</source>
        <translation>Die Meldung senden</translation>
    </message>
    <message>
        <source>Cancel the report</source>
        <translation>Die Meldung abbrechen</translation>
    </message>
</context>
<context>
    <name>SafeScan::ResultCard</name>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>%1 · from %2</source>
        <translation>%1 · Quelle: %2</translation>
    </message>
    <message>
        <source>Content type and origin</source>
        <translation>Inhaltstyp und Herkunft</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>Goes to: %1</source>
        <translation>Führt zu: %1</translation>
    </message>
    <message>
        <source>Real destination</source>
        <translation>Tatsächliches Ziel</translation>
    </message>
    <message>
        <source>The part in bold is the domain that owns the site.</source>
        <translation>Der fett gedruckte Teil ist die Domain, der die Website gehört.</translation>
    </message>
    <message>
        <source>The address is written with non-Latin letters; its technical form is %1</source>
        <translation>Die Adresse ist mit nichtlateinischen Buchstaben geschrieben; ihre technische Form ist %1</translation>
    </message>
    <message>
        <source>Punycode form of the address</source>
        <translation>Punycode-Form der Adresse</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>verborgen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 anzeigen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Copy the content</source>
        <translation>Den Inhalt kopieren</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <source>Open the link after confirming its destination</source>
        <translation>Den Link öffnen, nachdem sein Ziel bestätigt wurde</translation>
    </message>
    <message>
        <source>Save contact…</source>
        <translation>Kontakt speichern…</translation>
    </message>
    <message>
        <source>Save the contact as a vCard file</source>
        <translation>Den Kontakt als vCard-Datei speichern</translation>
    </message>
    <message>
        <source>Saved in history (#%1)</source>
        <translation>Im Verlauf gespeichert (#%1)</translation>
    </message>
    <message>
        <source>Saved in history</source>
        <translation>Im Verlauf gespeichert</translation>
    </message>
    <message>
        <source>%1 (risk %2 of 100)</source>
        <translation>%1 (Risiko %2 von 100)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Result: %1, %2</source>
        <translation>Ergebnis: %1, %2</translation>
    </message>
    <message>
        <source>Community rating</source>
        <translation>Community-Bewertung</translation>
    </message>
    <message>
        <source>✔ Moderated</source>
        <translation>✔ Moderiert</translation>
    </message>
    <message>
        <source>Moderator decision</source>
        <translation>Entscheidung der Moderation</translation>
    </message>
    <message>
        <source>A SafeScan moderator decided this rating.</source>
        <translation>Ein SafeScan-Moderator hat diese Bewertung festgelegt.</translation>
    </message>
    <message>
        <source>Where the community rating comes from</source>
        <translation>Woher die Community-Bewertung stammt</translation>
    </message>
    <message>
        <source>My vote</source>
        <translation>Meine Stimme</translation>
    </message>
    <message>
        <source>Vote safe</source>
        <translation>Als sicher bewerten</translation>
    </message>
    <message>
        <source>Vote this item safe</source>
        <translation>Diesen Eintrag als sicher bewerten</translation>
    </message>
    <message>
        <source>Vote unsafe</source>
        <translation>Als unsicher bewerten</translation>
    </message>
    <message>
        <source>Vote this item unsafe</source>
        <translation>Diesen Eintrag als unsicher bewerten</translation>
    </message>
    <message>
        <source>Retract vote</source>
        <translation>Stimme zurückziehen</translation>
    </message>
    <message>
        <source>Retract my vote</source>
        <translation>Meine Stimme zurückziehen</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>Melden…</translation>
    </message>
    <message>
        <source>Report this item to the moderators</source>
        <translation>Diesen Eintrag den Moderatoren melden</translation>
    </message>
    <message>
        <source>Community message</source>
        <translation>Community-Meldung</translation>
    </message>
    <message>
        <source>Community: %1</source>
        <translation>Community: %1</translation>
    </message>
    <message>
        <source>no rating</source>
        <translation>keine Bewertung</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Save contact</source>
        <translation>Kontakt speichern</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>vCard-Dateien (*.vcf)</translation>
    </message>
    <message>
        <source>The contact could not be saved to %1: %2</source>
        <translation>Der Kontakt konnte nicht in %1 gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>SafeScan::Safety</name>
    <message>
        <source>This link is on the blocklist &quot;%1&quot;.</source>
        <translation>Dieser Link steht auf der Sperrliste „%1“.</translation>
    </message>
    <message>
        <source>Opening this runs a script instead of showing a page.</source>
        <translation>Beim Öffnen wird ein Skript ausgeführt, statt eine Seite anzuzeigen.</translation>
    </message>
    <message>
        <source>This link carries its own page content instead of pointing to a site.</source>
        <translation>Dieser Link enthält selbst Seiteninhalt, statt auf eine Website zu verweisen.</translation>
    </message>
    <message>
        <source>This link opens a file on your computer or network.</source>
        <translation>Dieser Link öffnet eine Datei auf Ihrem Computer oder in Ihrem Netzwerk.</translation>
    </message>
    <message>
        <source>This link asks your device to start an app.</source>
        <translation>Dieser Link fordert Ihr Gerät auf, eine App zu starten.</translation>
    </message>
    <message>
        <source>The link points to a bare network address instead of a named site.</source>
        <translation>Der Link verweist auf eine bloße Netzwerkadresse statt auf eine benannte Website.</translation>
    </message>
    <message>
        <source>The link disguises a network address as %1.</source>
        <translation>Der Link tarnt eine Netzwerkadresse als %1.</translation>
    </message>
    <message>
        <source>The link has text before an @ sign; the site it opens is %1.</source>
        <translation>Der Link hat Text vor einem @-Zeichen; die Website, die er öffnet, ist %1.</translation>
    </message>
    <message>
        <source>The link starts with &quot;%1&quot; to look like that site, but it opens %2.</source>
        <translation>Der Link beginnt mit „%1“, um wie diese Website auszusehen, öffnet aber %2.</translation>
    </message>
    <message>
        <source>The site name has an unusual number of parts in front of %1.</source>
        <translation>Der Name der Website hat ungewöhnlich viele Teile vor %1.</translation>
    </message>
    <message>
        <source>The link is unusually long, which can hide where it goes.</source>
        <translation>Der Link ist ungewöhnlich lang; das kann verbergen, wohin er führt.</translation>
    </message>
    <message>
        <source>The site name %1 looks like %2 but is a different site.</source>
        <translation>Der Name der Website %1 sieht aus wie %2, ist aber eine andere Website.</translation>
    </message>
    <message>
        <source>The site name %1 uses letters from other alphabets to imitate %2.</source>
        <translation>Der Name der Website %1 verwendet Buchstaben aus anderen Alphabeten, um %2 nachzuahmen.</translation>
    </message>
    <message>
        <source>The site name mixes letters from different alphabets.</source>
        <translation>Der Name der Website mischt Buchstaben aus verschiedenen Alphabeten.</translation>
    </message>
    <message>
        <source>The site name is written in another alphabet&apos;s letters that look like &quot;%1&quot;.</source>
        <translation>Der Name der Website ist in Buchstaben eines anderen Alphabets geschrieben, die wie „%1“ aussehen.</translation>
    </message>
    <message>
        <source>The link mentions %1 but belongs to %2, a different site.</source>
        <translation>Der Link erwähnt %1, gehört aber zu %2, einer anderen Website.</translation>
    </message>
    <message>
        <source>This is a shortened link through %1; where it really goes is hidden.</source>
        <translation>Dies ist ein über %1 gekürzter Link; wohin er wirklich führt, ist verborgen.</translation>
    </message>
    <message>
        <source>Sites ending in .%1 are often used for scams.</source>
        <translation>Websites mit der Endung .%1 werden oft für Betrug verwendet.</translation>
    </message>
    <message>
        <source>The content hides invisible or text-direction characters that can disguise it.</source>
        <translation>Der Inhalt verbirgt unsichtbare oder die Schreibrichtung ändernde Zeichen, die ihn tarnen können.</translation>
    </message>
    <message>
        <source>The link uses an unusual network port (%1).</source>
        <translation>Der Link verwendet einen ungewöhnlichen Netzwerk-Port (%1).</translation>
    </message>
    <message>
        <source>The page looks like a sign-in page but the connection is not encrypted.</source>
        <translation>Die Seite sieht wie eine Anmeldeseite aus, aber die Verbindung ist nicht verschlüsselt.</translation>
    </message>
    <message>
        <source>The link could not be read, so it could not be checked.</source>
        <translation>Der Link konnte nicht gelesen und daher nicht geprüft werden.</translation>
    </message>
    <message>
        <source>The Wi-Fi network &quot;%1&quot; has no password; others nearby can see what you send, and anyone can set up a network with that name.</source>
        <translation>Das WLAN „%1“ hat kein Passwort; andere in der Nähe können sehen, was Sie senden, und jeder kann ein Netz mit diesem Namen einrichten.</translation>
    </message>
    <message>
        <source>The Wi-Fi network &quot;%1&quot; uses outdated WEP security that is easily broken.</source>
        <translation>Das WLAN „%1“ verwendet die veraltete WEP-Verschlüsselung, die leicht zu knacken ist.</translation>
    </message>
    <message>
        <source>This code holds a sign-in secret for %1; anyone who sees it can create your one-time codes.</source>
        <translation>Dieser Code enthält ein Anmeldegeheimnis für %1; wer ihn sieht, kann Ihre Einmalcodes erzeugen.</translation>
    </message>
    <message>
        <source>The number %1 is a premium-rate number; calling or texting it can be expensive.</source>
        <translation>Die Nummer %1 ist eine Mehrwertnummer; Anrufe oder SMS dorthin können teuer sein.</translation>
    </message>
    <message>
        <source>This code asks for a payment to %1; check the recipient before you pay.</source>
        <translation>Dieser Code fordert eine Zahlung an %1; prüfen Sie den Empfänger, bevor Sie zahlen.</translation>
    </message>
    <message>
        <source>The bank account number %1 is not a valid IBAN.</source>
        <translation>Die Kontonummer %1 ist keine gültige IBAN.</translation>
    </message>
    <message>
        <source>This code holds binary data that SafeScan cannot interpret.</source>
        <translation>Dieser Code enthält Binärdaten, die SafeScan nicht deuten kann.</translation>
    </message>
    <message>
        <source>This code looks like a link or another known format but is malformed, so it could not be checked.</source>
        <translation>Dieser Code sieht wie ein Link oder ein anderes bekanntes Format aus, ist aber fehlerhaft und konnte daher nicht geprüft werden.</translation>
    </message>
    <message>
        <source>SafeScan users rate this as unsafe (%1 of %2 votes).</source>
        <translation>SafeScan-Nutzer bewerten dies als unsicher (%1 von %2 Stimmen).</translation>
    </message>
    <message>
        <source>SafeScan users rate this as safe (%1 of %2 votes).</source>
        <translation>SafeScan-Nutzer bewerten dies als sicher (%1 von %2 Stimmen).</translation>
    </message>
    <message>
        <source>SafeScan users disagree about this (%1 safe, %2 unsafe votes).</source>
        <translation>SafeScan-Nutzer sind sich hierüber uneinig (%1 Stimmen sicher, %2 unsicher).</translation>
    </message>
    <message>
        <source>SafeScan moderators confirmed that this is dangerous.</source>
        <translation>SafeScan-Moderatoren haben bestätigt, dass dies gefährlich ist.</translation>
    </message>
    <message>
        <source>SafeScan moderators confirmed that this is safe.</source>
        <translation>SafeScan-Moderatoren haben bestätigt, dass dies sicher ist.</translation>
    </message>
</context>
<context>
    <name>SafeScan::ScanView</name>
    <message>
        <source>Scan</source>
        <translation>Scannen</translation>
    </message>
    <message>
        <source>Open images…</source>
        <translation>Bilder öffnen…</translation>
    </message>
    <message>
        <source>Open image files to scan</source>
        <translation>Bilddateien zum Scannen öffnen</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Scan the image or text on the clipboard</source>
        <translation>Das Bild oder den Text in der Zwischenablage scannen</translation>
    </message>
    <message>
        <source>Ctrl+V</source>
        <translation>Ctrl+V</translation>
    </message>
    <message>
        <source>Scan folder…</source>
        <translation>Ordner scannen…</translation>
    </message>
    <message>
        <source>Scan every image in a folder</source>
        <translation>Jedes Bild in einem Ordner scannen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Screen region…</source>
        <translation>Bildschirmbereich…</translation>
    </message>
    <message>
        <source>Scan a region of the screen</source>
        <translation>Einen Bereich des Bildschirms scannen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Video file…</source>
        <translation>Videodatei…</translation>
    </message>
    <message>
        <source>Scan a video file</source>
        <translation>Eine Videodatei scannen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Clear results</source>
        <translation>Ergebnisse leeren</translation>
    </message>
    <message>
        <source>Clear the results shown (the history keeps them)</source>
        <translation>Die angezeigten Ergebnisse leeren (der Verlauf behält sie)</translation>
    </message>
    <message>
        <source>Could not scan the video %1: %2</source>
        <translation>Das Video %1 konnte nicht gescannt werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Video scan of %1 cancelled; %n code(s) found.</source>
        <translation>
            <numerusform>Scan des Videos %1 abgebrochen; %n Code gefunden.</numerusform>
            <numerusform>Scan des Videos %1 abgebrochen; %n Codes gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>No QR code found in the video %1.</source>
        <translation>Im Video %1 wurde kein QR-Code gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>Video %1 scanned: %n code(s) found.</source>
        <translation>
            <numerusform>Video %1 gescannt: %n Code gefunden.</numerusform>
            <numerusform>Video %1 gescannt: %n Codes gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Camera and results</source>
        <translation>Kamera und Ergebnisse</translation>
    </message>
    <message>
        <source>Scan results</source>
        <translation>Scan-Ergebnisse</translation>
    </message>
    <message>
        <source>Last scan message</source>
        <translation>Letzte Scan-Meldung</translation>
    </message>
    <message>
        <source>Hold a QR code up to the camera, open an image (Ctrl+O), paste one (Ctrl+V) or drop image files, folders or text here. Each code is checked on this computer before anything is opened.</source>
        <translation>Halten Sie einen QR-Code vor die Kamera, öffnen Sie ein Bild (Strg+O), fügen Sie eines ein (Strg+V) oder ziehen Sie Bilddateien, Ordner oder Text hierher. Jeder Code wird auf diesem Computer geprüft, bevor irgendetwas geöffnet wird.</translation>
    </message>
    <message>
        <source>How to scan</source>
        <translation>So scannen Sie</translation>
    </message>
    <message>
        <source>Open images to scan</source>
        <translation>Bilder zum Scannen öffnen</translation>
    </message>
    <message>
        <source>Images (%1);;All files (*)</source>
        <translation>Bilder (%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Clipboard image</source>
        <translation>Bild aus der Zwischenablage</translation>
    </message>
    <message>
        <source>A folder scan is already running; wait for it or cancel it.</source>
        <translation>Ein Ordnerscan läuft bereits; warten Sie darauf oder brechen Sie ihn ab.</translation>
    </message>
    <message>
        <source>Dropped image</source>
        <translation>Abgelegtes Bild</translation>
    </message>
    <message>
        <source>The screen could not be captured (the system did not allow it).</source>
        <translation>Der Bildschirm konnte nicht aufgenommen werden (das System hat es nicht erlaubt).</translation>
    </message>
    <message>
        <source>Screen region</source>
        <translation>Bildschirmbereich</translation>
    </message>
    <message>
        <source>Screen region scan cancelled.</source>
        <translation>Scan des Bildschirmbereichs abgebrochen.</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.mkv *.webm *.mov *.avi *.m4v *.ogv);;All files (*)</source>
        <translation>Videos (*.mp4 *.mkv *.webm *.mov *.avi *.m4v *.ogv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>A video is already being scanned; wait for it or cancel it.</source>
        <translation>Es wird bereits ein Video gescannt; warten Sie darauf oder brechen Sie den Scan ab.</translation>
    </message>
    <message>
        <source>Scanning the video %1…</source>
        <translation>Das Video %1 wird gescannt…</translation>
    </message>
</context>
<context>
    <name>SafeScan::ScanViewModel</name>
    <message>
        <source>Could not read the image: %1</source>
        <translation>Das Bild konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No QR code found in %1.</source>
        <translation>In %1 wurde kein QR-Code gefunden.</translation>
    </message>
    <message>
        <source>There is no text to check.</source>
        <translation>Es gibt keinen Text zu prüfen.</translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation>Zwischenablage</translation>
    </message>
    <message>
        <source>Dropped text</source>
        <translation>Abgelegter Text</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Video file</source>
        <translation>Videodatei</translation>
    </message>
    <message>
        <source>The scan could not be saved to the history: %1</source>
        <translation>Der Scan konnte nicht im Verlauf gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Off the record: this scan was not saved.</source>
        <translation>Vertraulich: Dieser Scan wurde nicht gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>Scanned and saved to the history: %n code(s).</source>
        <translation>
            <numerusform>Gescannt und im Verlauf gespeichert: %n Code.</numerusform>
            <numerusform>Gescannt und im Verlauf gespeichert: %n Codes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) scanned (history unavailable, not saved).</source>
        <translation>
            <numerusform>%n Code gescannt (Verlauf nicht verfügbar, nicht gespeichert).</numerusform>
            <numerusform>%n Codes gescannt (Verlauf nicht verfügbar, nicht gespeichert).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SafeScan::ScreenRegionPicker</name>
    <message>
        <source>Choose a region of the screen to scan</source>
        <translation>Einen Bereich des Bildschirms zum Scannen wählen</translation>
    </message>
    <message>
        <source>Drag a rectangle around the QR code with the mouse. Enter scans the whole screen, Escape cancels.</source>
        <translation>Ziehen Sie mit der Maus ein Rechteck um den QR-Code. Eingabe scannt den ganzen Bildschirm, Escape bricht ab.</translation>
    </message>
    <message>
        <source>Drag around the QR code to scan it. Enter: whole screen. Esc: cancel.</source>
        <translation>Ziehen Sie um den QR-Code, um ihn zu scannen. Eingabe: ganzer Bildschirm. Esc: abbrechen.</translation>
    </message>
</context>
<context>
    <name>SafeScan::ServerConnection</name>
    <message>
        <source>Sign in to your account before entering the sync passphrase.</source>
        <translation>Melden Sie sich bei Ihrem Konto an, bevor Sie die Sync-Passphrase eingeben.</translation>
    </message>
    <message>
        <source>Cannot register this device with %1: %2</source>
        <translation>Dieses Gerät kann nicht bei %1 registriert werden: %2</translation>
    </message>
</context>
<context>
    <name>SafeScan::SettingsView</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Problems with the settings file</source>
        <translation>Probleme mit der Einstellungsdatei</translation>
    </message>
    <message>
        <source>⚠ Warning: %1</source>
        <translation>⚠ Warnung: %1</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language is used the next time SafeScan starts.</source>
        <translation>Eine neue Sprache wird beim nächsten Start von SafeScan verwendet.</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>Links and camera</source>
        <translation>Links und Kamera</translation>
    </message>
    <message>
        <source>When opening a link</source>
        <translation>Beim Öffnen eines Links</translation>
    </message>
    <message>
        <source>When opening a &amp;link:</source>
        <translation>Beim Öffnen eines &amp;Links:</translation>
    </message>
    <message>
        <source>Dangerous links always need an extra confirmation.</source>
        <translation>Gefährliche Links erfordern immer eine zusätzliche Bestätigung.</translation>
    </message>
    <message>
        <source>Camera to use</source>
        <translation>Zu verwendende Kamera</translation>
    </message>
    <message>
        <source>&amp;Mirror the camera picture</source>
        <translation>Kamerabild spi&amp;egeln</translation>
    </message>
    <message>
        <source>Mirror the camera picture</source>
        <translation>Kamerabild spiegeln</translation>
    </message>
    <message>
        <source>&amp;Camera:</source>
        <translation>&amp;Kamera:</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>History size limit in megabytes</source>
        <translation>Größenlimit des Verlaufs in Megabyte</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Keep scans for this many days (0 keeps them forever)</source>
        <translation>Scans so viele Tage aufbewahren (0 bewahrt sie für immer auf)</translation>
    </message>
    <message>
        <source>Forever</source>
        <translation>Für immer</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>&amp;Off the record: save nothing to the history</source>
        <translation>&amp;Vertraulich: nichts im Verlauf speichern</translation>
    </message>
    <message>
        <source>Off the record: save nothing to the history</source>
        <translation>Vertraulich: nichts im Verlauf speichern</translation>
    </message>
    <message>
        <source>&amp;Keep Wi-Fi passwords and one-time-password secrets in the history</source>
        <translation>WLAN-Passwörter und Geheimnisse für Einmalpasswörter im Verlauf &amp;behalten</translation>
    </message>
    <message>
        <source>Keep Wi-Fi passwords and one-time-password secrets in the history</source>
        <translation>WLAN-Passwörter und Geheimnisse für Einmalpasswörter im Verlauf behalten</translation>
    </message>
    <message>
        <source>Size &amp;limit:</source>
        <translation>&amp;Größenlimit:</translation>
    </message>
    <message>
        <source>At 90% of the limit the oldest scans are removed until the history is under 70%; pinned and unsynced scans are always kept.</source>
        <translation>Bei 90 % des Limits werden die ältesten Scans entfernt, bis der Verlauf unter 70 % liegt; angeheftete und nicht synchronisierte Scans bleiben immer erhalten.</translation>
    </message>
    <message>
        <source>&amp;Keep scans for:</source>
        <translation>Scans aufbe&amp;wahren für:</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Make a &amp;daily automatic backup (the last 7 are kept)</source>
        <translation>&amp;Tägliche automatische Sicherung anlegen (die letzten 7 bleiben erhalten)</translation>
    </message>
    <message>
        <source>Make a daily automatic backup</source>
        <translation>Tägliche automatische Sicherung anlegen</translation>
    </message>
    <message>
        <source>Backups need the local history, which cannot be used now.</source>
        <translation>Sicherungen brauchen den lokalen Verlauf, der gerade nicht verwendet werden kann.</translation>
    </message>
    <message>
        <source>Server and account</source>
        <translation>Server und Konto</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>Se&amp;rveradresse:</translation>
    </message>
    <message>
        <source>Server address (empty for the local server)</source>
        <translation>Serveradresse (leer für den lokalen Server)</translation>
    </message>
    <message>
        <source>Empty: the local server at %1</source>
        <translation>Leer: der lokale Server unter %1</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <source>Apply the server address</source>
        <translation>Die Serveradresse übernehmen</translation>
    </message>
    <message>
        <source>A new address is used from the next start of SafeScan.</source>
        <translation>Eine neue Adresse wird ab dem nächsten Start von SafeScan verwendet.</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <source>Send &amp;anonymous usage statistics (no scanned content, no addresses)</source>
        <translation>Anonyme &amp;Nutzungsstatistiken senden (keine gescannten Inhalte, keine Adressen)</translation>
    </message>
    <message>
        <source>Send anonymous usage statistics</source>
        <translation>Anonyme Nutzungsstatistiken senden</translation>
    </message>
    <message>
        <source>Settings are saved at once to %1.</source>
        <translation>Einstellungen werden sofort in %1 gespeichert.</translation>
    </message>
    <message>
        <source>⚠ Not saved: %1</source>
        <translation>⚠ Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Nicht verbunden: %1</translation>
    </message>
    <message>
        <source>History sync (end-to-end encrypted)</source>
        <translation>Verlaufssynchronisierung (Ende-zu-Ende-verschlüsselt)</translation>
    </message>
</context>
<context>
    <name>SafeScan::SettingsViewModel</name>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Always ask before opening a link</source>
        <translation>Vor dem Öffnen eines Links immer fragen</translation>
    </message>
    <message>
        <source>Ask unless the link is trusted by the community</source>
        <translation>Fragen, außer die Community vertraut dem Link</translation>
    </message>
    <message>
        <source>Choose on or off.</source>
        <translation>Wählen Sie ein oder aus.</translation>
    </message>
    <message>
        <source>Choose one of the languages listed.</source>
        <translation>Wählen Sie eine der aufgeführten Sprachen.</translation>
    </message>
    <message>
        <source>Choose system, light or dark.</source>
        <translation>Wählen Sie System, hell oder dunkel.</translation>
    </message>
    <message>
        <source>Choose one of the policies listed.</source>
        <translation>Wählen Sie eine der aufgeführten Regeln.</translation>
    </message>
    <message>
        <source>Choose a camera from the list.</source>
        <translation>Wählen Sie eine Kamera aus der Liste.</translation>
    </message>
    <message>
        <source>The history size limit must be a whole number of megabytes.</source>
        <translation>Das Größenlimit des Verlaufs muss eine ganze Zahl von Megabyte sein.</translation>
    </message>
    <message>
        <source>The history size limit must be between 1 and %1 MB.</source>
        <translation>Das Größenlimit des Verlaufs muss zwischen 1 und %1 MB liegen.</translation>
    </message>
    <message>
        <source>The retention must be a whole number of days.</source>
        <translation>Die Aufbewahrungsdauer muss eine ganze Zahl von Tagen sein.</translation>
    </message>
    <message>
        <source>The retention must be between 0 (keep forever) and %1 days.</source>
        <translation>Die Aufbewahrungsdauer muss zwischen 0 (für immer) und %1 Tagen liegen.</translation>
    </message>
    <message>
        <source>The server address must be text.</source>
        <translation>Die Serveradresse muss Text sein.</translation>
    </message>
    <message>
        <source>%1 Leave it empty to use the local server.</source>
        <translation>%1 Lassen Sie sie leer, um den lokalen Server zu verwenden.</translation>
    </message>
    <message>
        <source>The settings could not be saved.</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>SafeScan::StatusPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress of the work under way</source>
        <translation>Fortschritt der laufenden Arbeit</translation>
    </message>
    <message>
        <source>Cancel the work under way</source>
        <translation>Die laufende Arbeit abbrechen</translation>
    </message>
    <message>
        <source>%1 status</source>
        <translation>Status von %1</translation>
    </message>
    <message>
        <source>Changes waiting to sync</source>
        <translation>Änderungen, die auf Synchronisierung warten</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Letzte Synchronisierung</translation>
    </message>
    <message>
        <source>Live round-trip time</source>
        <translation>Live-Antwortzeit</translation>
    </message>
    <message>
        <source>Cancel: %1</source>
        <translation>Abbrechen: %1</translation>
    </message>
    <message>
        <source>Sync problem</source>
        <translation>Sync-Problem</translation>
    </message>
</context>
<context>
    <name>SafeScan::StatusViewModel</name>
    <message>
        <source>Community API</source>
        <translation>Community-API</translation>
    </message>
    <message>
        <source>Live updates</source>
        <translation>Live-Aktualisierungen</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>eingeschränkt</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>circuit open (paused, retrying later)</source>
        <translation>Schutzschalter offen (pausiert, später neuer Versuch)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Outbox: unknown</source>
        <translation>Postausgang: unbekannt</translation>
    </message>
    <message>
        <source>Outbox: empty</source>
        <translation>Postausgang: leer</translation>
    </message>
    <message numerus="yes">
        <source>Outbox: %n change(s) waiting to sync</source>
        <translation>
            <numerusform>Postausgang: %n Änderung wartet auf Synchronisierung</numerusform>
            <numerusform>Postausgang: %n Änderungen warten auf Synchronisierung</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync: never</source>
        <translation>Letzte Synchronisierung: nie</translation>
    </message>
    <message>
        <source>Last sync: just now</source>
        <translation>Letzte Synchronisierung: gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>Last sync: %n minute(s) ago</source>
        <translation>
            <numerusform>Letzte Synchronisierung: vor %n Minute</numerusform>
            <numerusform>Letzte Synchronisierung: vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last sync: %n hour(s) ago</source>
        <translation>
            <numerusform>Letzte Synchronisierung: vor %n Stunde</numerusform>
            <numerusform>Letzte Synchronisierung: vor %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last sync: %n day(s) ago</source>
        <translation>
            <numerusform>Letzte Synchronisierung: vor %n Tag</numerusform>
            <numerusform>Letzte Synchronisierung: vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Live round trip: %1 ms</source>
        <translation>Live-Antwortzeit: %1 ms</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 von %3</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Sync fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>SafeScan::SyncPassphraseModel</name>
    <message>
        <source>Changing the passphrase is not possible yet: every record on the server is sealed with the current one. To start over with a new passphrase, turn sync off on every device and delete the account&apos;s data on the server.</source>
        <translation>Die Passphrase kann noch nicht geändert werden: Jeder Eintrag auf dem Server ist mit der aktuellen versiegelt. Um mit einer neuen Passphrase neu zu beginnen, schalten Sie die Synchronisierung auf jedem Gerät aus und löschen Sie die Daten des Kontos auf dem Server.</translation>
    </message>
    <message>
        <source>Sign in to an account to sync the history between your devices.</source>
        <translation>Melden Sie sich bei einem Konto an, um den Verlauf zwischen Ihren Geräten zu synchronisieren.</translation>
    </message>
    <message>
        <source>History sync needs the connection to the SafeScan server, which is not set up.</source>
        <translation>Die Verlaufssynchronisierung braucht die Verbindung zum SafeScan-Server, die nicht eingerichtet ist.</translation>
    </message>
    <message>
        <source>History sync is off on this device.</source>
        <translation>Die Verlaufssynchronisierung ist auf diesem Gerät aus.</translation>
    </message>
    <message>
        <source>Deriving the key from the passphrase…</source>
        <translation>Der Schlüssel wird aus der Passphrase abgeleitet …</translation>
    </message>
    <message>
        <source>Checking the passphrase with the account&apos;s history on the server…</source>
        <translation>Die Passphrase wird mit dem Verlauf des Kontos auf dem Server geprüft …</translation>
    </message>
    <message>
        <source>History sync is on: your history is end-to-end encrypted with your passphrase.</source>
        <translation>Die Verlaufssynchronisierung ist an: Ihr Verlauf ist mit Ihrer Passphrase Ende-zu-Ende-verschlüsselt.</translation>
    </message>
    <message>
        <source>History sync is on. The passphrase is checked against the account&apos;s history the next time the server can be reached; nothing is sent before that.</source>
        <translation>Die Verlaufssynchronisierung ist an. Die Passphrase wird mit dem Verlauf des Kontos geprüft, sobald der Server erreichbar ist; vorher wird nichts gesendet.</translation>
    </message>
    <message>
        <source>No keychain is available: the sync key is kept in memory only and is forgotten when SafeScan quits; you will enter the passphrase again next time. (%1)</source>
        <translation>Kein Schlüsselbund verfügbar: Der Synchronisierungsschlüssel wird nur im Arbeitsspeicher gehalten und beim Beenden von SafeScan vergessen; beim nächsten Mal geben Sie die Passphrase erneut ein. (%1)</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same passphrase twice.</source>
        <translation>Die beiden Passphrasen unterscheiden sich. Geben Sie zweimal dieselbe Passphrase ein.</translation>
    </message>
    <message>
        <source>Choose a stronger passphrase. %1</source>
        <translation>Wählen Sie eine stärkere Passphrase. %1</translation>
    </message>
    <message>
        <source>The passphrase is already being checked; wait a moment.</source>
        <translation>Die Passphrase wird bereits geprüft; bitte einen Moment warten.</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>Geben Sie die Passphrase ein.</translation>
    </message>
    <message>
        <source>The account changed while the key was derived; enter the passphrase again.</source>
        <translation>Das Konto hat sich geändert, während der Schlüssel abgeleitet wurde; geben Sie die Passphrase erneut ein.</translation>
    </message>
    <message>
        <source>The sync key could not be derived: %1</source>
        <translation>Der Synchronisierungsschlüssel konnte nicht abgeleitet werden: %1</translation>
    </message>
    <message>
        <source>Wrong passphrase: it does not open this account&apos;s synced history. Enter the passphrase you chose on your first device. Nothing was synced with it.</source>
        <translation>Falsche Passphrase: Sie öffnet den synchronisierten Verlauf dieses Kontos nicht. Geben Sie die Passphrase ein, die Sie auf Ihrem ersten Gerät gewählt haben. Damit wurde nichts synchronisiert.</translation>
    </message>
    <message>
        <source>The passphrase kept on this device no longer opens this account&apos;s synced history (was it changed on another device?). Sync is off; enter the account&apos;s current passphrase.</source>
        <translation>Die auf diesem Gerät gespeicherte Passphrase öffnet den synchronisierten Verlauf dieses Kontos nicht mehr (wurde sie auf einem anderen Gerät geändert?). Die Synchronisierung ist aus; geben Sie die aktuelle Passphrase des Kontos ein.</translation>
    </message>
</context>
<context>
    <name>SafeScan::SyncPassphrasePanel</name>
    <message>
        <source>✗</source>
        <translation>✗</translation>
    </message>
    <message>
        <source>✓</source>
        <translation>✓</translation>
    </message>
    <message>
        <source>✓✓</source>
        <translation>✓✓</translation>
    </message>
    <message>
        <source>History sync status</source>
        <translation>Status der Verlaufssynchronisierung</translation>
    </message>
    <message>
        <source>Where the sync key is kept</source>
        <translation>Wo der Synchronisierungsschlüssel aufbewahrt wird</translation>
    </message>
    <message>
        <source>This is my &amp;first device: choose a passphrase</source>
        <translation>Dies ist mein &amp;erstes Gerät: Passphrase wählen</translation>
    </message>
    <message>
        <source>&amp;Join with the passphrase of another device</source>
        <translation>Mit der Passphrase eines anderen Geräts &amp;beitreten</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Stärke der Passphrase</translation>
    </message>
    <message>
        <source>Turn on history s&amp;ync</source>
        <translation>Verlaufss&amp;ynchronisierung einschalten</translation>
    </message>
    <message>
        <source>Turn sync off on this de&amp;vice</source>
        <translation>Synchronisierung auf diesem &amp;Gerät ausschalten</translation>
    </message>
    <message>
        <source>Changing the passphrase</source>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <source>Sync passphrase problem</source>
        <translation>Problem mit der Synchronisierungs-Passphrase</translation>
    </message>
    <message>
        <source>History sync passphrase</source>
        <translation>Passphrase der Verlaufssynchronisierung</translation>
    </message>
    <message>
        <source>This is my first device: choose a new sync passphrase</source>
        <translation>Dies ist mein erstes Gerät: eine neue Synchronisierungs-Passphrase wählen</translation>
    </message>
    <message>
        <source>Enter the sync passphrase chosen on another device</source>
        <translation>Die auf einem anderen Gerät gewählte Synchronisierungs-Passphrase eingeben</translation>
    </message>
    <message>
        <source>Sync passphrase</source>
        <translation>Synchronisierungs-Passphrase</translation>
    </message>
    <message>
        <source>Sync passphrase again</source>
        <translation>Synchronisierungs-Passphrase wiederholen</translation>
    </message>
    <message>
        <source>Turn on history sync with this passphrase</source>
        <translation>Verlaufssynchronisierung mit dieser Passphrase einschalten</translation>
    </message>
    <message>
        <source>Turn history sync off on this device and forget the key</source>
        <translation>Verlaufssynchronisierung auf diesem Gerät ausschalten und den Schlüssel vergessen</translation>
    </message>
    <message>
        <source>Passp&amp;hrase:</source>
        <translation>Passp&amp;hrase:</translation>
    </message>
    <message>
        <source>R&amp;epeat it:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Several words you do not use anywhere else</source>
        <translation>Mehrere Wörter, die Sie nirgendwo sonst verwenden</translation>
    </message>
    <message>
        <source>The passphrase of your other device</source>
        <translation>Die Passphrase Ihres anderen Geräts</translation>
    </message>
</context>
<context>
    <name>SafeScan::VerdictText</name>
    <message>
        <source>Dangerous</source>
        <translation>Gefährlich</translation>
    </message>
    <message>
        <source>Suspicious</source>
        <translation>Verdächtig</translation>
    </message>
    <message>
        <source>Not judged</source>
        <translation>Nicht beurteilt</translation>
    </message>
    <message>
        <source>No known risk</source>
        <translation>Kein bekanntes Risiko</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>Vertrauenswürdig</translation>
    </message>
    <message>
        <source>Do not open this. The checks below found a serious risk.</source>
        <translation>Öffnen Sie dies nicht. Die Prüfungen unten haben ein ernstes Risiko gefunden.</translation>
    </message>
    <message>
        <source>Be careful: look at the real destination and the reasons before opening.</source>
        <translation>Vorsicht: Sehen Sie sich vor dem Öffnen das tatsächliche Ziel und die Gründe an.</translation>
    </message>
    <message>
        <source>SafeScan could not judge this content. Treat it with care.</source>
        <translation>SafeScan konnte diesen Inhalt nicht beurteilen. Gehen Sie vorsichtig damit um.</translation>
    </message>
    <message>
        <source>The local checks found nothing wrong. That is not a guarantee.</source>
        <translation>Die lokalen Prüfungen haben nichts Auffälliges gefunden. Das ist keine Garantie.</translation>
    </message>
    <message>
        <source>The community or a moderator confirmed this as safe.</source>
        <translation>Die Community oder ein Moderator hat dies als sicher bestätigt.</translation>
    </message>
</context>
<context>
    <name>SafeScan::VideoCanvas</name>
    <message>
        <source>Camera picture</source>
        <translation>Kamerabild</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: checking</source>
        <translation>%1: wird geprüft</translation>
    </message>
    <message>
        <source>No code in view</source>
        <translation>Kein Code im Bild</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
</context>
<context>
    <name>SafeScan::VideoFileScan</name>
    <message>
        <source>The video file cannot be read.</source>
        <translation>Die Videodatei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The video file does not exist.</source>
        <translation>Die Videodatei existiert nicht.</translation>
    </message>
    <message>
        <source>The file is not a video SafeScan can play.</source>
        <translation>Die Datei ist kein Video, das SafeScan abspielen kann.</translation>
    </message>
    <message>
        <source>The video could not be played.</source>
        <translation>Das Video konnte nicht abgespielt werden.</translation>
    </message>
</context>
</TS>
