<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>SafeScan::AccountDataModel</name>
    <message>
        <source>The server no longer accepts this sign-in. Sign out, sign in again and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another account request is under way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to export your data from the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file for the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your server data was exported to %1 (%2 votes, %3 reports, %4 synced records).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to delete your account on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account was not deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 was deleted on the server (%2 synced records removed, %3 votes kept only as anonymous totals). This device is signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server no longer knows this sign-in; the account is gone or the session ended. This device is signed out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafeScan::AccountDataPanel</name>
    <message>
        <source>E&amp;xport my server data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete my account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My data on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export everything the server holds about my account to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete my account on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account data status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete your account?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete my account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export my server data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting your server data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This deletes your account on the server: your synced history, your sessions on every device and your sign-in. Your votes are kept only as anonymous totals; reports you sent stay with the moderators without your name. The history on this computer stays.

This cannot be undone. Export your data first if you want a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting your account…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafeScan::AccountPanel</name>
    <message>
        <source>Sign &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to the SafeScan server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out of the SafeScan server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in comes with the server connection, which this build has not set up yet. Scanning and the local checks work without an account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in. Sign in to vote and to sync your history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafeScan::AccountViewModel</name>
    <message>
        <source>Signing in needs the connection to the SafeScan server, which is not set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in is already under way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not sign in: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafeScan::AnalyticsSettingsModel</name>
    <message numerus="yes">
        <source>When you turn this on, SafeScan records how it is used: that it started (and its version), each scan&apos;s payload type, verdict level, source and decode time, that you voted (safe, unsafe or retracted) or reported, the result of each sync and the kind of errors. It never records what a code contains, a hash of it, a web address, your account or any identifier of this computer: events carry a random id that changes every day. Events are sent in batches and kept here for %n day(s) so you can see and export them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SafeScan::AuditModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only moderators can read the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafeScan::BackupPanel</name>
    <message>
        <source>&amp;Back up now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the history now to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the history from a backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the history from the selected automatic backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backups, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic &amp;backups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the history?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ The backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history was restored from %1. The history as it was is kept as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Nothing was restored: %1 Your history is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No automatic backup yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SafeScan backup (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the history from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SafeScan backup (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup or restore is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace your whole history with the content of %1?

The history as it is now is first kept as a copy beside the database, so nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring from %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafeScan::CameraPanel</name>
    <message>
        <source>Mirror</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera to use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause or resume the camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mirror the camera picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the camera again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start camera</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafeScan::CameraStatus</name>
    <message>
        <source>No camera found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect a camera and it will appear here. Meanwhile, open an image (Ctrl+O), paste one (Ctrl+V) or drop files on this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press “Start camera” to scan live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press “Start camera” to resume scanning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SafeScan may not use the camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow camera access for SafeScan in your system&apos;s privacy settings (on Linux: membership of the “video” group), then press “Try again”.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera is busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another application is using it. Close that application, then press “Try again”.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera was disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plug it back in, or choose another camera above, then press “Try again”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera stopped with an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Press “Try again”, or choose another camera.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafeScan::ChartCard</name>
    <message>
        <source>Export PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the chart &quot;%1&quot; as a PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the data of &quot;%1&quot; as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hour (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 points, total %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1: total %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data for this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the image %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafeScan::CommunityAccount</name>
    <message>
        <source>Not connected: no device token and not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device (anonymous device token), not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafeScan::CommunityDashboardPanel</name>
    <message>
        <source>Community dashboard: first day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community dashboard: last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with the previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the community data with the previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric of the time series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time step of the time series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by payload type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All verdicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live refresh interval in seconds (0: off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the community dashboard now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community dashboard status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Top items&lt;/b&gt; (by hash; content is never shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the top items as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsafe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day is after the last day; choose a range that ends after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The community dashboard loads when it is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events: %1 · flagged voters: %2 · quarantined voters: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the data as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafeScan::CommunityText</name>
    <message>
        <source>Rated safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rated unsafe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> by a moderator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1% safe · confidence %2% · %n vote(s) (%3 safe, %4 unsafe)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>not connected to a SafeScan server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asking the community…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline: showing the last known rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown: the server could not be reached and nothing is cached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not voted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You voted safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You voted unsafe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SafeScan server cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SafeScan server failed several times; SafeScan waits a minute before asking again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in (or register this device) in Settings first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SafeScan server is set in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many requests; try again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Too many requests; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept your sign-in; sign in again in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account may not do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server no longer knows this item (it may have been resolved already).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item carries the opposite decision; clear that decision first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server had a problem (%1); try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spam quarantine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm unsafe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarantine voter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore voter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phishing (steals passwords or data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malware (harmful download)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scam or fraud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something else</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafeScan::CommunityView</name>
    <message>
        <source>Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Community&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in or out in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Look up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A link or any text; only an anonymous prefix of its fingerprint is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link or text to look up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up the community rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community rating found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My votes and reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retract vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retract the selected vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retract the selected vote (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My re&amp;ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the community…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafeScan::CommunityViewModel</name>
    <message>
        <source>item %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your votes cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsafe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received (#%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your vote could not be retracted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retracted on this device; the server will be told later. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your vote was retracted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or paste a link or any text to look up.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafeScan::DashboardCsv</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafeScan::DashboardLabels</name>
    <message>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spam blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderation actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most voted items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most disputed items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafeScan::DashboardView</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;My scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Community</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafeScan::DashboardViewModel</name>
    <message>
        <source>The SafeScan server cannot be reached; the dashboard will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The analytics service failed several times; the dashboard waits a minute before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with an analyst account to see the community dashboards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashboard cannot ask for this: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has expired; sign in again to see the community dashboards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The community dashboards are for accounts with the analyst role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asks to slow down; the dashboard will try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server failed to answer (HTTP %1); the dashboard will try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafeScan::DatabaseRecovery</name>
    <message>
        <source>There is no database yet; a new one will be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SafeScan cannot use &quot;%1&quot; as its database because it is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is empty; a new database will be set up in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database passed its integrity check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SafeScan cannot open its database &quot;%1&quot; (%2); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SafeScan&apos;s database is damaged and its backup could not be copied into place (%1), so nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SafeScan&apos;s database is damaged and could not be set aside (%1), so it cannot be used until the folder &quot;%2&quot; is writable; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SafeScan&apos;s database was damaged and has been set aside as &quot;%1&quot;, but its backup could not be put in its place (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SafeScan&apos;s database was damaged, so it was set aside as &quot;%1&quot; and the backup of %2 was restored; anything saved after that backup is only in the damaged copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SafeScan&apos;s database was damaged and there was no backup, so it was set aside as &quot;%1&quot; and a new, empty database was started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafeScan::GuiCommand</name>
    <message>
        <source>Opening your history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening your history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafeScan::HistoryJobs</name>
    <message>
        <source>Import failed: %1 Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n scan(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the history (skipped).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) could not be read and were skipped:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>record %1: %2;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Then the import stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-check failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Re-check cancelled after %n scan(s);</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re-checked %n scan(s);</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n verdict(s) changed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) stored without their original content were left as they were.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SafeScan::HistoryTableModel</name>
    <message>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change the pin: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scan could not be deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafeScan::HistoryView</name>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search content, notes and sites (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All verdicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin or unpin the selected scan (pinned scans are never removed by the quota)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the note of the selected scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected scan (Delete key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring back the last deleted scan (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the whole history as CSV or JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 scans to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) loaded, more as you scroll</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Re-check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judge the selected scan again with today&apos;s checks and blocklists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-check all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judge every scan in the history again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import scans from a SafeScan JSON export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-check or import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result of the last re-check or import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-checking %v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SafeScan JSON export (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A re-check or import is already running.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafeScan::ItemRatingViewModel</name>
    <message>
        <source>Your vote could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you: your vote was counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your vote was retracted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your vote is saved on this device and will be sent later. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you: the moderators received your report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafeScan::MainWindow</name>
    <message>
        <source>SafeScan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SafeScan main window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to a SafeScan server: your votes and reports and community lookups appear here once a server is set in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to a SafeScan server: moderators see the queue, item details, actions and the audit log here once signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-checking verdicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n old scan(s) removed to keep the history within its size and age limits.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History: ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History: unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings and sync need the SafeScan server; local checks work without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your history cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning still works, but nothing is saved. Nothing was deleted; the data folder is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The damaged file was kept as %1 and was not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup of your history failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Folder scan cancelled after %n image(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Folder scan finished: %n image(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SafeScan::ModerationActionDialog</name>
    <message>
        <source>Confirm %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action and subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the action does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason (required, written to the audit log):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafeScan::ModerationQueueModel</name>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Quarantined voter (%1, by %2, %n vote(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reported %n time(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided unsafe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: sending…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafeScan::ModerationView</name>
    <message>
        <source>Your decision overrides the community verdict as safe and closes the open reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your decision overrides the community verdict as unsafe and closes the open reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The community verdict applies again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes the open reports without a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of this voter&apos;s votes count until restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The voter&apos;s votes count again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rating is kept however long nobody votes on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rating may be dropped after 90 days without votes again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Moderation&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries in the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the queue (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only moderators and administrators can see the moderation queue. Sign in with such an account in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderation not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue and audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue and detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderation queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load more queue entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other moderators with this entry open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content shared by reporters (with their consent):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content shared by reporters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes over time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarantine the selected vote&apos;s voter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarantine the voter of the selected vote (asks for a reason)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show audit entries of this action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load older entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load older audit entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;udit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderation message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an entry of the queue to see its detail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Also open by %1: coordinate before acting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community rating: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open reports: %1 (%2), newest %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporter&apos;s note: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voter pseudonym: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Quarantined by %1 (%2); %n vote(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(no reporter agreed to share the content)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (quarantined, not counted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 by %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decisions yet (in the loaded audit log).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision history:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (asks for a reason)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafeScan::ModerationViewModel</name>
    <message>
        <source>Only moderators and administrators can use the moderation queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The moderation queue could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the previous action is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every moderation action needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not apply to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed and was undone: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nothing to change, it was already so.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafeScan::OpenLinkDialog</name>
    <message>
        <source>Open this link?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm opening the link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This opens:&lt;br&gt;&lt;tt&gt;%1&lt;/tt&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical form of the address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Punycode form of the address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the link in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not open the link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand this link was judged dangerous and want to open it anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm opening a dangerous link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafeScan::PayloadFields</name>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wi-Fi network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time password key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crypto payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binary data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (open network)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (invalid check digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EAP method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Altitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remittance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafeScan::PersonalDashboardModel</name>
    <message>
        <source>Your history is not available, so there is nothing to count.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafeScan::PersonalDashboardPanel</name>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal dashboard: first day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal dashboard: last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with the previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare my scans with the previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count my scans again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal dashboard status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My scans per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict mix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day is after the last day; choose a range that ends after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot count your scans: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) from %1 to %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the chart&apos;s data as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafeScan::PlaceholderView</name>
    <message>
        <source>%1: not built yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafeScan::RecoveryBanner</name>
    <message>
        <source>Problem with the local history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened to the local history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the history message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafeScan::ReportDialog</name>
    <message>
        <source>Report to the moderators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the SafeScan moderators that this item is harmful: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item being reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: what made you suspicious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for the moderators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Share the scanned content with the moderators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share the scanned content with the moderators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without this only an anonymous fingerprint (hash) of the item is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content that would be shared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content that would be shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without your consent the moderators get only the item&apos;s fingerprint, never its content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafeScan::ResultCard</name>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content type and origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part in bold is the domain that owns the site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address is written with non-Latin letters; its technical form is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Punycode form of the address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the link after confirming its destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the contact as a vCard file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in history (#%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (risk %2 of 100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Moderated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderator decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A SafeScan moderator decided this rating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the community rating comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote this item safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote unsafe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote this item unsafe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retract vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retract my vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report this item to the moderators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact could not be saved to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafeScan::Safety</name>
    <message>
        <source>This link is on the blocklist &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening this runs a script instead of showing a page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link carries its own page content instead of pointing to a site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link opens a file on your computer or network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link asks your device to start an app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link points to a bare network address instead of a named site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link disguises a network address as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link has text before an @ sign; the site it opens is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link starts with &quot;%1&quot; to look like that site, but it opens %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site name has an unusual number of parts in front of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link is unusually long, which can hide where it goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site name %1 looks like %2 but is a different site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site name %1 uses letters from other alphabets to imitate %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site name mixes letters from different alphabets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site name is written in another alphabet&apos;s letters that look like &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link mentions %1 but belongs to %2, a different site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a shortened link through %1; where it really goes is hidden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites ending in .%1 are often used for scams.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content hides invisible or text-direction characters that can disguise it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link uses an unusual network port (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page looks like a sign-in page but the connection is not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link could not be read, so it could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Wi-Fi network &quot;%1&quot; has no password; others nearby can see what you send, and anyone can set up a network with that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Wi-Fi network &quot;%1&quot; uses outdated WEP security that is easily broken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code holds a sign-in secret for %1; anyone who sees it can create your one-time codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number %1 is a premium-rate number; calling or texting it can be expensive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code asks for a payment to %1; check the recipient before you pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank account number %1 is not a valid IBAN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code holds binary data that SafeScan cannot interpret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code looks like a link or another known format but is malformed, so it could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SafeScan users rate this as unsafe (%1 of %2 votes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SafeScan users rate this as safe (%1 of %2 votes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SafeScan users disagree about this (%1 safe, %2 unsafe votes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SafeScan moderators confirmed that this is dangerous.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SafeScan moderators confirmed that this is safe.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafeScan::ScanView</name>
    <message>
        <source>Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open images…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open image files to scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the image or text on the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan every image in a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen region…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a region of the screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a video file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the results shown (the history keeps them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not scan the video %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Video scan of %1 cancelled; %n code(s) found.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No QR code found in the video %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Video %1 scanned: %n code(s) found.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Camera and results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last scan message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold a QR code up to the camera, open an image (Ctrl+O), paste one (Ctrl+V) or drop image files, folders or text here. Each code is checked on this computer before anything is opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open images to scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clipboard image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder scan is already running; wait for it or cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screen could not be captured (the system did not allow it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen region scan cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.mkv *.webm *.mov *.avi *.m4v *.ogv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A video is already being scanned; wait for it or cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning the video %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafeScan::ScanViewModel</name>
    <message>
        <source>Could not read the image: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No QR code found in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no text to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan could not be saved to the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off the record: this scan was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Scanned and saved to the history: %n code(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) scanned (history unavailable, not saved).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SafeScan::ScreenRegionPicker</name>
    <message>
        <source>Choose a region of the screen to scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a rectangle around the QR code with the mouse. Enter scans the whole screen, Escape cancels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag around the QR code to scan it. Enter: whole screen. Esc: cancel.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafeScan::SettingsView</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems with the settings file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language is used the next time SafeScan starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links and camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When opening a link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When opening a &amp;link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dangerous links always need an extra confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera to use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mirror the camera picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mirror the camera picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Camera:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History size limit in megabytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep scans for this many days (0 keeps them forever)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Off the record: save nothing to the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off the record: save nothing to the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep Wi-Fi passwords and one-time-password secrets in the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Wi-Fi passwords and one-time-password secrets in the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size &amp;limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At 90% of the limit the oldest scans are removed until the history is under 70%; pinned and unsynced scans are always kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep scans for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a &amp;daily automatic backup (the last 7 are kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a daily automatic backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups need the local history, which cannot be used now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server and account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address (empty for the local server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the local server at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new address is used from the next start of SafeScan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;anonymous usage statistics (no scanned content, no addresses)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send anonymous usage statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings are saved at once to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafeScan::SettingsViewModel</name>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always ask before opening a link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask unless the link is trusted by the community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose on or off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the languages listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose system, light or dark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the policies listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a camera from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history size limit must be a whole number of megabytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history size limit must be between 1 and %1 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retention must be a whole number of days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retention must be between 0 (keep forever) and %1 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Leave it empty to use the local server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafeScan::StatusPanel</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress of the work under way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the work under way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes waiting to sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live round-trip time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafeScan::StatusViewModel</name>
    <message>
        <source>Community API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>circuit open (paused, retrying later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox: unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox: empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Outbox: %n change(s) waiting to sync</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync: never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync: just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Last sync: %n minute(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last sync: %n hour(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last sync: %n day(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Live round trip: %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafeScan::VerdictText</name>
    <message>
        <source>Dangerous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspicious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No known risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not open this. The checks below found a serious risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Be careful: look at the real destination and the reasons before opening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SafeScan could not judge this content. Treat it with care.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local checks found nothing wrong. That is not a guarantee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The community or a moderator confirmed this as safe.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafeScan::VideoCanvas</name>
    <message>
        <source>Camera picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No code in view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafeScan::VideoFileScan</name>
    <message>
        <source>The video file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a video SafeScan can play.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video could not be played.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
