<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>SafeScan::AnalyticsSettingsModel</name>
    <message numerus="yes">
        <source>When you turn this on, SafeScan records how it is used: that it started (and its version), each scan&apos;s payload type, verdict level, source and decode time, that you voted (safe, unsafe or retracted) or reported, the result of each sync and the kind of errors. It never records what a code contains, a hash of it, a web address, your account or any identifier of this computer: events carry a random id that changes every day. Events are sent in batches and kept here for %n day(s) so you can see and export them.</source>
        <translation>
            <numerusform>When you turn this on, SafeScan records how it is used: that it started (and its version), each scan&apos;s payload type, verdict level, source and decode time, that you voted (safe, unsafe or retracted) or reported, the result of each sync and the kind of errors. It never records what a code contains, a hash of it, a web address, your account or any identifier of this computer: events carry a random id that changes every day. Events are sent in batches and kept here for %n day so you can see and export them.</numerusform>
            <numerusform>When you turn this on, SafeScan records how it is used: that it started (and its version), each scan&apos;s payload type, verdict level, source and decode time, that you voted (safe, unsafe or retracted) or reported, the result of each sync and the kind of errors. It never records what a code contains, a hash of it, a web address, your account or any identifier of this computer: events carry a random id that changes every day. Events are sent in batches and kept here for %n days so you can see and export them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SafeScan::CommunityText</name>
    <message numerus="yes">
        <source>%1% safe · confidence %2% · %n vote(s) (%3 safe, %4 unsafe)</source>
        <translation>
            <numerusform>%1% safe · confidence %2% · %n vote (%3 safe, %4 unsafe)</numerusform>
            <numerusform>%1% safe · confidence %2% · %n votes (%3 safe, %4 unsafe)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many requests; try again in %n second(s).</source>
        <translation>
            <numerusform>Too many requests; try again in %n second.</numerusform>
            <numerusform>Too many requests; try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SafeScan::HistoryJobs</name>
    <message numerus="yes">
        <source>Imported %n scan(s).</source>
        <translation>
            <numerusform>Imported %n scan.</numerusform>
            <numerusform>Imported %n scans.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the history (skipped).</source>
        <translation>
            <numerusform>%n already in the history (skipped).</numerusform>
            <numerusform>%n already in the history (skipped).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) could not be read and were skipped:</source>
        <translation>
            <numerusform>%n record could not be read and were skipped:</numerusform>
            <numerusform>%n records could not be read and were skipped:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more.</source>
        <translation>
            <numerusform>and %n more.</numerusform>
            <numerusform>and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re-check cancelled after %n scan(s);</source>
        <translation>
            <numerusform>Re-check cancelled after %n scan;</numerusform>
            <numerusform>Re-check cancelled after %n scans;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re-checked %n scan(s);</source>
        <translation>
            <numerusform>Re-checked %n scan;</numerusform>
            <numerusform>Re-checked %n scans;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n verdict(s) changed.</source>
        <translation>
            <numerusform>%n verdict changed.</numerusform>
            <numerusform>%n verdicts changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) stored without their original content were left as they were.</source>
        <translation>
            <numerusform>%n scan stored without its original content was left as it was.</numerusform>
            <numerusform>%n scans stored without their original content were left as they were.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SafeScan::HistoryView</name>
    <message numerus="yes">
        <source>%n scan(s) loaded, more as you scroll</source>
        <translation>
            <numerusform>%n scan loaded, more as you scroll</numerusform>
            <numerusform>%n scans loaded, more as you scroll</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s)</source>
        <translation>
            <numerusform>%n scan</numerusform>
            <numerusform>%n scans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) shown, loading…</source>
        <translation>
            <numerusform>%n scan shown, loading…</numerusform>
            <numerusform>%n scans shown, loading…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SafeScan::MainWindow</name>
    <message numerus="yes">
        <source>%n old scan(s) removed to keep the history within its size and age limits.</source>
        <translation>
            <numerusform>%n old scan removed to keep the history within its size and age limits.</numerusform>
            <numerusform>%n old scans removed to keep the history within its size and age limits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Folder scan cancelled after %n image(s).</source>
        <translation>
            <numerusform>Folder scan cancelled after %n image.</numerusform>
            <numerusform>Folder scan cancelled after %n images.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Folder scan finished: %n image(s).</source>
        <translation>
            <numerusform>Folder scan finished: %n image.</numerusform>
            <numerusform>Folder scan finished: %n images.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SafeScan::ModerationQueueModel</name>
    <message numerus="yes">
        <source>Quarantined voter (%1, by %2, %n vote(s))</source>
        <translation>
            <numerusform>Quarantined voter (%1, by %2, %n vote)</numerusform>
            <numerusform>Quarantined voter (%1, by %2, %n votes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reported %n time(s)</source>
        <translation>
            <numerusform>Reported %n time</numerusform>
            <numerusform>Reported %n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SafeScan::ModerationView</name>
    <message numerus="yes">
        <source>%n entry(ies) waiting</source>
        <translation>
            <numerusform>%n entry waiting</numerusform>
            <numerusform>%n entries waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Quarantined by %1 (%2); %n vote(s)</source>
        <translation>
            <numerusform>Quarantined by %1 (%2); %n vote</numerusform>
            <numerusform>Quarantined by %1 (%2); %n votes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SafeScan::PersonalDashboardPanel</name>
    <message numerus="yes">
        <source>%n scan(s) from %1 to %2.</source>
        <translation>
            <numerusform>%n scan from %1 to %2.</numerusform>
            <numerusform>%n scans from %1 to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SafeScan::ScanView</name>
    <message numerus="yes">
        <source>Video scan of %1 cancelled; %n code(s) found.</source>
        <translation>
            <numerusform>Video scan of %1 cancelled; %n code found.</numerusform>
            <numerusform>Video scan of %1 cancelled; %n codes found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Video %1 scanned: %n code(s) found.</source>
        <translation>
            <numerusform>Video %1 scanned: %n code found.</numerusform>
            <numerusform>Video %1 scanned: %n codes found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SafeScan::ScanViewModel</name>
    <message numerus="yes">
        <source>Scanned and saved to the history: %n code(s).</source>
        <translation>
            <numerusform>Scanned and saved to the history: %n code.</numerusform>
            <numerusform>Scanned and saved to the history: %n codes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) scanned (history unavailable, not saved).</source>
        <translation>
            <numerusform>%n code scanned (history unavailable, not saved).</numerusform>
            <numerusform>%n codes scanned (history unavailable, not saved).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SafeScan::StatusViewModel</name>
    <message numerus="yes">
        <source>Outbox: %n change(s) waiting to sync</source>
        <translation>
            <numerusform>Outbox: %n change waiting to sync</numerusform>
            <numerusform>Outbox: %n changes waiting to sync</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last sync: %n minute(s) ago</source>
        <translation>
            <numerusform>Last sync: %n minute ago</numerusform>
            <numerusform>Last sync: %n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last sync: %n hour(s) ago</source>
        <translation>
            <numerusform>Last sync: %n hour ago</numerusform>
            <numerusform>Last sync: %n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last sync: %n day(s) ago</source>
        <translation>
            <numerusform>Last sync: %n day ago</numerusform>
            <numerusform>Last sync: %n days ago</numerusform>
        </translation>
    </message>
</context>
</TS>
