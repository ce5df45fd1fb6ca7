<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>SafeScan::AccountDataModel</name>
    <message>
        <source>The server no longer accepts this sign-in. Sign out, sign in again and retry.</source>
        <translation>Le serveur n’accepte plus cette connexion. Déconnectez-vous, reconnectez-vous et réessayez.</translation>
    </message>
    <message>
        <source>Another account request is under way.</source>
        <translation>Une autre requête concernant le compte est en cours.</translation>
    </message>
    <message>
        <source>Sign in to export your data from the server.</source>
        <translation>Connectez-vous pour exporter vos données du serveur.</translation>
    </message>
    <message>
        <source>Choose a file for the export.</source>
        <translation>Choisissez un fichier pour l’exportation.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>L’exportation a échoué : %1</translation>
    </message>
    <message>
        <source>The export could not be written to %1: %2</source>
        <translation>Impossible d’écrire l’exportation dans %1 : %2</translation>
    </message>
    <message>
        <source>Your server data was exported to %1 (%2 votes, %3 reports, %4 synced records).</source>
        <translation>Vos données du serveur ont été exportées dans %1 (%2 votes, %3 signalements, %4 enregistrements synchronisés).</translation>
    </message>
    <message>
        <source>Sign in to delete your account on the server.</source>
        <translation>Connectez-vous pour supprimer votre compte sur le serveur.</translation>
    </message>
    <message>
        <source>The account was not deleted: %1</source>
        <translation>Le compte n’a pas été supprimé : %1</translation>
    </message>
    <message>
        <source>The account %1 was deleted on the server (%2 synced records removed, %3 votes kept only as anonymous totals). This device is signed out.</source>
        <translation>Le compte %1 a été supprimé sur le serveur (%2 enregistrements synchronisés supprimés, %3 votes conservés uniquement dans des totaux anonymes). Cet appareil est déconnecté.</translation>
    </message>
    <message>
        <source>The server no longer knows this sign-in; the account is gone or the session ended. This device is signed out.</source>
        <translation>Le serveur ne reconnaît plus cette connexion : le compte n’existe plus ou la session a pris fin. Cet appareil est déconnecté.</translation>
    </message>
</context>
<context>
    <name>SafeScan::AccountDataPanel</name>
    <message>
        <source>E&amp;xport my server data…</source>
        <translation>Exporter mes données du &amp;serveur…</translation>
    </message>
    <message>
        <source>&amp;Delete my account…</source>
        <translation>Suppr&amp;imer mon compte…</translation>
    </message>
    <message>
        <source>My data on the server</source>
        <translation>Mes données sur le serveur</translation>
    </message>
    <message>
        <source>Export everything the server holds about my account to a file</source>
        <translation>Exporter dans un fichier tout ce que le serveur conserve sur mon compte</translation>
    </message>
    <message>
        <source>Delete my account on the server</source>
        <translation>Supprimer mon compte sur le serveur</translation>
    </message>
    <message>
        <source>Account data status</source>
        <translation>État des données du compte</translation>
    </message>
    <message>
        <source>Delete your account?</source>
        <translation>Supprimer votre compte ?</translation>
    </message>
    <message>
        <source>Delete my account</source>
        <translation>Supprimer mon compte</translation>
    </message>
    <message>
        <source>Export my server data</source>
        <translation>Exporter mes données du serveur</translation>
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
        <translation>Exportation de vos données du serveur…</translation>
    </message>
    <message>
        <source>This deletes your account on the server: your synced history, your sessions on every device and your sign-in. Your votes are kept only as anonymous totals; reports you sent stay with the moderators without your name. The history on this computer stays.

This cannot be undone. Export your data first if you want a copy.</source>
        <translation>Cette action supprime votre compte sur le serveur : votre historique synchronisé, vos sessions sur tous les appareils et vos identifiants de connexion. Vos votes ne sont conservés que dans des totaux anonymes ; les signalements que vous avez envoyés restent chez les modérateurs, sans votre nom. L’historique de cet ordinateur est conservé.

Cette action est irréversible. Exportez d’abord vos données si vous souhaitez en garder une copie.</translation>
    </message>
    <message>
        <source>Deleting your account…</source>
        <translation>Suppression de votre compte…</translation>
    </message>
</context>
<context>
    <name>SafeScan::AccountPanel</name>
    <message>
        <source>Sign &amp;in</source>
        <translation>S&amp;e connecter</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Account status</source>
        <translation>État du compte</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Sign in to the SafeScan server</source>
        <translation>Se connecter au serveur SafeScan</translation>
    </message>
    <message>
        <source>Sign out of the SafeScan server</source>
        <translation>Se déconnecter du serveur SafeScan</translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation>Problème de connexion</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d’&amp;utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Signing in comes with the server connection, which this build has not set up yet. Scanning and the local checks work without an account.</source>
        <translation>La connexion au compte nécessite la liaison avec le serveur, qui n’est pas encore disponible dans cette version. L’analyse et les vérifications locales fonctionnent sans compte.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion en cours…</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Connecté en tant que %1.</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2).</source>
        <translation>Connecté en tant que %1 (%2).</translation>
    </message>
    <message>
        <source>Not signed in. Sign in to vote and to sync your history.</source>
        <translation>Non connecté. Connectez-vous pour voter et synchroniser votre historique.</translation>
    </message>
</context>
<context>
    <name>SafeScan::AccountViewModel</name>
    <message>
        <source>Signing in needs the connection to the SafeScan server, which is not set up.</source>
        <translation>La connexion nécessite une liaison avec le serveur SafeScan, qui n’est pas configurée.</translation>
    </message>
    <message>
        <source>Signing in is already under way.</source>
        <translation>Une connexion est déjà en cours.</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Saisissez votre nom d’utilisateur et votre mot de passe.</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>Le nom d’utilisateur ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>Could not sign in: %1</source>
        <translation>Connexion impossible : %1</translation>
    </message>
</context>
<context>
    <name>SafeScan::AnalyticsSettingsModel</name>
    <message numerus="yes">
        <source>When you turn this on, SafeScan records how it is used: that it started (and its version), each scan&apos;s payload type, verdict level, source and decode time, that you voted (safe, unsafe or retracted) or reported, the result of each sync and the kind of errors. It never records what a code contains, a hash of it, a web address, your account or any identifier of this computer: events carry a random id that changes every day. Events are sent in batches and kept here for %n day(s) so you can see and export them.</source>
        <translation>
            <numerusform>Si vous activez cette option, SafeScan enregistre la façon dont il est utilisé : son démarrage (et sa version), pour chaque analyse le type de contenu, le niveau du verdict, la source et la durée de décodage, le fait que vous avez voté (sûr, dangereux ou vote retiré) ou signalé un élément, le résultat de chaque synchronisation et le type des erreurs. Il n’enregistre jamais le contenu d’un code, ni son empreinte, ni une adresse web, ni votre compte, ni aucun identifiant de cet ordinateur : les événements portent un identifiant aléatoire qui change chaque jour. Les événements sont envoyés par lots et conservés ici pendant %n jour afin que vous puissiez les consulter et les exporter.</numerusform>
            <numerusform>Si vous activez cette option, SafeScan enregistre la façon dont il est utilisé : son démarrage (et sa version), pour chaque analyse le type de contenu, le niveau du verdict, la source et la durée de décodage, le fait que vous avez voté (sûr, dangereux ou vote retiré) ou signalé un élément, le résultat de chaque synchronisation et le type des erreurs. Il n’enregistre jamais le contenu d’un code, ni son empreinte, ni une adresse web, ni votre compte, ni aucun identifiant de cet ordinateur : les événements portent un identifiant aléatoire qui change chaque jour. Les événements sont envoyés par lots et conservés ici pendant %n jours afin que vous puissiez les consulter et les exporter.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SafeScan::AuditModel</name>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Only moderators can read the audit log.</source>
        <translation>Seuls les modérateurs peuvent consulter le journal d’audit.</translation>
    </message>
</context>
<context>
    <name>SafeScan::BackupPanel</name>
    <message>
        <source>&amp;Back up now…</source>
        <translation>Sauvegarder mai&amp;ntenant…</translation>
    </message>
    <message>
        <source>&amp;Restore from file…</source>
        <translation>Restaurer depuis un &amp;fichier…</translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation>Restaurer la sauvegarde sélectionnée</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Back up the history now to a file</source>
        <translation>Sauvegarder maintenant l’historique dans un fichier</translation>
    </message>
    <message>
        <source>Restore the history from a backup file</source>
        <translation>Restaurer l’historique à partir d’un fichier de sauvegarde</translation>
    </message>
    <message>
        <source>Restore the history from the selected automatic backup</source>
        <translation>Restaurer l’historique à partir de la sauvegarde automatique sélectionnée</translation>
    </message>
    <message>
        <source>Automatic backups, newest first</source>
        <translation>Sauvegardes automatiques, les plus récentes en premier</translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation>Progression de la sauvegarde</translation>
    </message>
    <message>
        <source>Backup status</source>
        <translation>État de la sauvegarde</translation>
    </message>
    <message>
        <source>Automatic &amp;backups:</source>
        <translation>Sauve&amp;gardes automatiques :</translation>
    </message>
    <message>
        <source>Restore the history?</source>
        <translation>Restaurer l’historique ?</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>Sauvegarde écrite dans %1.</translation>
    </message>
    <message>
        <source>⚠ The backup failed: %1</source>
        <translation>⚠ La sauvegarde a échoué : %1</translation>
    </message>
    <message>
        <source>The history was restored from %1. The history as it was is kept as %2.</source>
        <translation>L’historique a été restauré à partir de %1. L’historique précédent est conservé sous %2.</translation>
    </message>
    <message>
        <source>⚠ Nothing was restored: %1 Your history is unchanged.</source>
        <translation>⚠ Rien n’a été restauré : %1 Votre historique n’a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No automatic backup yet.</source>
        <translation>Aucune sauvegarde automatique pour l’instant.</translation>
    </message>
    <message>
        <source>Back up the history</source>
        <translation>Sauvegarder l’historique</translation>
    </message>
    <message>
        <source>SafeScan backup (*.sqlite)</source>
        <translation>Sauvegarde SafeScan (*.sqlite)</translation>
    </message>
    <message>
        <source>Restore the history from a backup</source>
        <translation>Restaurer l’historique à partir d’une sauvegarde</translation>
    </message>
    <message>
        <source>SafeScan backup (*.sqlite);;All files (*)</source>
        <translation>Sauvegarde SafeScan (*.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>A backup or restore is already running.</source>
        <translation>Une sauvegarde ou une restauration est déjà en cours.</translation>
    </message>
    <message>
        <source>Backing up to %1…</source>
        <translation>Sauvegarde dans %1…</translation>
    </message>
    <message>
        <source>Replace your whole history with the content of %1?

The history as it is now is first kept as a copy beside the database, so nothing is lost.</source>
        <translation>Remplacer tout votre historique par le contenu de %1 ?

L’historique actuel est d’abord conservé sous forme de copie à côté de la base de données : rien n’est perdu.</translation>
    </message>
    <message>
        <source>Restore cancelled; nothing was changed.</source>
        <translation>Restauration annulée ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Restoring from %1…</source>
        <translation>Restauration depuis %1…</translation>
    </message>
</context>
<context>
    <name>SafeScan::CameraPanel</name>
    <message>
        <source>Mirror</source>
        <translation>Miroir</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <source>Camera to use</source>
        <translation>Caméra à utiliser</translation>
    </message>
    <message>
        <source>Pause or resume the camera</source>
        <translation>Mettre en pause ou reprendre la caméra</translation>
    </message>
    <message>
        <source>Mirror the camera picture</source>
        <translation>Afficher l’image de la caméra en miroir</translation>
    </message>
    <message>
        <source>Try the camera again</source>
        <translation>Réessayer la caméra</translation>
    </message>
    <message>
        <source>Camera:</source>
        <translation>Caméra :</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Start camera</source>
        <translation>Démarrer la caméra</translation>
    </message>
</context>
<context>
    <name>SafeScan::CameraStatus</name>
    <message>
        <source>No camera found</source>
        <translation>Aucune caméra détectée</translation>
    </message>
    <message>
        <source>Connect a camera and it will appear here. Meanwhile, open an image (Ctrl+O), paste one (Ctrl+V) or drop files on this window.</source>
        <translation>Branchez une caméra et elle apparaîtra ici. En attendant, ouvrez une image (Ctrl+O), collez-en une (Ctrl+V) ou déposez des fichiers sur cette fenêtre.</translation>
    </message>
    <message>
        <source>Camera off</source>
        <translation>Caméra éteinte</translation>
    </message>
    <message>
        <source>Press “Start camera” to scan live.</source>
        <translation>Appuyez sur « Démarrer la caméra » pour analyser en direct.</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Press “Start camera” to resume scanning.</source>
        <translation>Appuyez sur « Démarrer la caméra » pour reprendre l’analyse.</translation>
    </message>
    <message>
        <source>SafeScan may not use the camera</source>
        <translation>SafeScan n’est pas autorisé à utiliser la caméra</translation>
    </message>
    <message>
        <source>Allow camera access for SafeScan in your system&apos;s privacy settings (on Linux: membership of the “video” group), then press “Try again”.
%1</source>
        <translation>Autorisez SafeScan à accéder à la caméra dans les paramètres de confidentialité de votre système (sous Linux : appartenance au groupe « video »), puis appuyez sur « Réessayer ».
%1</translation>
    </message>
    <message>
        <source>The camera is busy</source>
        <translation>La caméra est occupée</translation>
    </message>
    <message>
        <source>Another application is using it. Close that application, then press “Try again”.
%1</source>
        <translation>Une autre application l’utilise. Fermez cette application, puis appuyez sur « Réessayer ».
%1</translation>
    </message>
    <message>
        <source>The camera was disconnected</source>
        <translation>La caméra a été déconnectée</translation>
    </message>
    <message>
        <source>Plug it back in, or choose another camera above, then press “Try again”.</source>
        <translation>Rebranchez-la ou choisissez une autre caméra ci-dessus, puis appuyez sur « Réessayer ».</translation>
    </message>
    <message>
        <source>The camera stopped with an error</source>
        <translation>La caméra s’est arrêtée sur une erreur</translation>
    </message>
    <message>
        <source>%1
Press “Try again”, or choose another camera.</source>
        <translation>%1
Appuyez sur « Réessayer » ou choisissez une autre caméra.</translation>
    </message>
</context>
<context>
    <name>SafeScan::ChartCard</name>
    <message>
        <source>Export PNG</source>
        <translation>Exporter en PNG</translation>
    </message>
    <message>
        <source>Export the chart &quot;%1&quot; as a PNG image</source>
        <translation>Exporter le graphique « %1 » en image PNG</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>Export the data of &quot;%1&quot; as CSV</source>
        <translation>Exporter les données de « %1 » en CSV</translation>
    </message>
    <message>
        <source>Chart: %1</source>
        <translation>Graphique : %1</translation>
    </message>
    <message>
        <source>%1: no data</source>
        <translation>%1 : aucune donnée</translation>
    </message>
    <message>
        <source>Hour (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>%1: %2 points, total %3</source>
        <translation>%1 : %2 points, total %3</translation>
    </message>
    <message>
        <source>; %1: total %2</source>
        <translation> ; %1 : total %2</translation>
    </message>
    <message>
        <source>No data for this period.</source>
        <translation>Aucune donnée pour cette période.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Cannot write the image %1.</source>
        <translation>Impossible d’écrire l’image %1.</translation>
    </message>
</context>
<context>
    <name>SafeScan::CommunityAccount</name>
    <message>
        <source>Not connected: no device token and not signed in</source>
        <translation>Non connecté : aucun jeton d’appareil et aucune connexion</translation>
    </message>
    <message>
        <source>This device (anonymous device token), not signed in</source>
        <translation>Cet appareil (jeton d’appareil anonyme), non connecté</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Connecté en tant que %1 (%2)</translation>
    </message>
</context>
<context>
    <name>SafeScan::CommunityClient</name>
    <message>
        <source>Queued: sent when the server can be reached (%1)</source>
        <translation>En attente : envoyé dès que le serveur est joignable (%1)</translation>
    </message>
</context>
<context>
    <name>SafeScan::CommunityDashboardPanel</name>
    <message>
        <source>Community dashboard: first day</source>
        <translation>Tableau de bord de la communauté : premier jour</translation>
    </message>
    <message>
        <source>Community dashboard: last day</source>
        <translation>Tableau de bord de la communauté : dernier jour</translation>
    </message>
    <message>
        <source>Compare with the previous period</source>
        <translation>Comparer avec la période précédente</translation>
    </message>
    <message>
        <source>Compare the community data with the previous period</source>
        <translation>Comparer les données de la communauté avec la période précédente</translation>
    </message>
    <message>
        <source>Metric of the time series</source>
        <translation>Mesure de la série chronologique</translation>
    </message>
    <message>
        <source>Time step of the time series</source>
        <translation>Pas de temps de la série chronologique</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>Par jour</translation>
    </message>
    <message>
        <source>By hour</source>
        <translation>Par heure</translation>
    </message>
    <message>
        <source>Filter by payload type</source>
        <translation>Filtrer par type de contenu</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Filter by verdict</source>
        <translation>Filtrer par verdict</translation>
    </message>
    <message>
        <source>All verdicts</source>
        <translation>Tous les verdicts</translation>
    </message>
    <message>
        <source>Filter by source</source>
        <translation>Filtrer par source</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Toutes les sources</translation>
    </message>
    <message>
        <source>Distribution by</source>
        <translation>Répartition par</translation>
    </message>
    <message>
        <source>Top list</source>
        <translation>Classement</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Live refresh interval in seconds (0: off)</source>
        <translation>Intervalle d’actualisation en direct en secondes (0 : désactivé)</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>&amp;Actualiser maintenant</translation>
    </message>
    <message>
        <source>Refresh the community dashboard now</source>
        <translation>Actualiser maintenant le tableau de bord de la communauté</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Pas</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Bars</source>
        <translation>Barres</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Classement</translation>
    </message>
    <message>
        <source>Live refresh</source>
        <translation>Actualisation en direct</translation>
    </message>
    <message>
        <source>Community dashboard status</source>
        <translation>État du tableau de bord de la communauté</translation>
    </message>
    <message>
        <source>Community summary</source>
        <translation>Résumé de la communauté</translation>
    </message>
    <message>
        <source>Time series</source>
        <translation>Série chronologique</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Répartition</translation>
    </message>
    <message>
        <source>&lt;b&gt;Top items&lt;/b&gt; (by hash; content is never shown)</source>
        <translation>&lt;b&gt;Éléments les plus fréquents&lt;/b&gt; (par empreinte ; le contenu n’est jamais affiché)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>Export the top items as CSV</source>
        <translation>Exporter les éléments les plus fréquents en CSV</translation>
    </message>
    <message>
        <source>Top items</source>
        <translation>Éléments les plus fréquents</translation>
    </message>
    <message>
        <source>Item hash</source>
        <translation>Empreinte de l’élément</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>Safe</source>
        <translation>Sûr</translation>
    </message>
    <message>
        <source>Unsafe</source>
        <translation>Dangereux</translation>
    </message>
    <message>
        <source>The first day is after the last day; choose a range that ends after it starts.</source>
        <translation>Le premier jour est postérieur au dernier ; choisissez une période qui se termine après son début.</translation>
    </message>
    <message>
        <source>The community dashboard loads when it is shown.</source>
        <translation>Le tableau de bord de la communauté se charge lorsqu’il est affiché.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Updated %1.</source>
        <translation>Mis à jour : %1.</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problème : %1</translation>
    </message>
    <message>
        <source>%1, previous period</source>
        <translation>%1, période précédente</translation>
    </message>
    <message>
        <source>Events: %1 · flagged voters: %2 · quarantined voters: %3</source>
        <translation>Événements : %1 · votants signalés : %2 · votants en quarantaine : %3</translation>
    </message>
    <message>
        <source>Export the chart as PNG</source>
        <translation>Exporter le graphique en PNG</translation>
    </message>
    <message>
        <source>Export the data as CSV</source>
        <translation>Exporter les données en CSV</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’exportation</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exporté dans %1.</translation>
    </message>
</context>
<context>
    <name>SafeScan::CommunityText</name>
    <message>
        <source>Rated safe</source>
        <translation>Jugé sûr</translation>
    </message>
    <message>
        <source>Rated unsafe</source>
        <translation>Jugé dangereux</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Contesté</translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation>Pas encore évalué</translation>
    </message>
    <message>
        <source> by a moderator</source>
        <translation> par un modérateur</translation>
    </message>
    <message>
        <source>no votes</source>
        <translation>aucun vote</translation>
    </message>
    <message numerus="yes">
        <source>%1% safe · confidence %2% · %n vote(s) (%3 safe, %4 unsafe)</source>
        <translation>
            <numerusform>%1 % sûr · confiance %2 % · %n vote (%3 sûr, %4 dangereux)</numerusform>
            <numerusform>%1 % sûr · confiance %2 % · %n votes (%3 sûrs, %4 dangereux)</numerusform>
        </translation>
    </message>
    <message>
        <source>not connected to a SafeScan server</source>
        <translation>non connecté à un serveur SafeScan</translation>
    </message>
    <message>
        <source>asking the community…</source>
        <translation>interrogation de la communauté…</translation>
    </message>
    <message>
        <source>cached</source>
        <translation>en cache</translation>
    </message>
    <message>
        <source>offline: showing the last known rating</source>
        <translation>hors ligne : dernière évaluation connue affichée</translation>
    </message>
    <message>
        <source>unknown: the server could not be reached and nothing is cached</source>
        <translation>inconnu : le serveur est injoignable et rien n’est en cache</translation>
    </message>
    <message>
        <source>You have not voted</source>
        <translation>Vous n’avez pas voté</translation>
    </message>
    <message>
        <source>You voted safe</source>
        <translation>Vous avez voté « sûr »</translation>
    </message>
    <message>
        <source>You voted unsafe</source>
        <translation>Vous avez voté « dangereux »</translation>
    </message>
    <message>
        <source>The SafeScan server cannot be reached.</source>
        <translation>Le serveur SafeScan est injoignable.</translation>
    </message>
    <message>
        <source>The SafeScan server failed several times; SafeScan waits a minute before asking again.</source>
        <translation>Le serveur SafeScan a échoué plusieurs fois ; SafeScan attend une minute avant de réessayer.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read.</source>
        <translation>La réponse du serveur est illisible.</translation>
    </message>
    <message>
        <source>Sign in (or register this device) in Settings first.</source>
        <translation>Connectez-vous d’abord (ou enregistrez cet appareil) dans les Paramètres.</translation>
    </message>
    <message>
        <source>No SafeScan server is set in Settings.</source>
        <translation>Aucun serveur SafeScan n’est défini dans les Paramètres.</translation>
    </message>
    <message numerus="yes">
        <source>Too many requests; try again in %n second(s).</source>
        <translation>
            <numerusform>Trop de requêtes ; réessayez dans %n seconde.</numerusform>
            <numerusform>Trop de requêtes ; réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many requests; try again later.</source>
        <translation>Trop de requêtes ; réessayez plus tard.</translation>
    </message>
    <message>
        <source>The server did not accept your sign-in; sign in again in Settings.</source>
        <translation>Le serveur n’a pas accepté votre connexion ; reconnectez-vous dans les Paramètres.</translation>
    </message>
    <message>
        <source>Your account may not do this.</source>
        <translation>Votre compte n’est pas autorisé à effectuer cette action.</translation>
    </message>
    <message>
        <source>The server no longer knows this item (it may have been resolved already).</source>
        <translation>Le serveur ne connaît plus cet élément (il a peut-être déjà été traité).</translation>
    </message>
    <message>
        <source>The item carries the opposite decision; clear that decision first.</source>
        <translation>L’élément porte la décision inverse ; annulez d’abord cette décision.</translation>
    </message>
    <message>
        <source>The server had a problem (%1); try again later.</source>
        <translation>Le serveur a rencontré un problème (%1) ; réessayez plus tard.</translation>
    </message>
    <message>
        <source>The server refused the request (%1).</source>
        <translation>Le serveur a refusé la requête (%1).</translation>
    </message>
    <message>
        <source>The server refused the request: %1</source>
        <translation>Le serveur a refusé la requête : %1</translation>
    </message>
    <message>
        <source>Spam quarantine</source>
        <translation>Quarantaine anti-spam</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Ajouter un utilisateur</translation>
    </message>
    <message>
        <source>Set role</source>
        <translation>Définir le rôle</translation>
    </message>
    <message>
        <source>Confirm safe</source>
        <translation>Confirmer sûr</translation>
    </message>
    <message>
        <source>Confirm unsafe</source>
        <translation>Confirmer dangereux</translation>
    </message>
    <message>
        <source>Clear decision</source>
        <translation>Annuler la décision</translation>
    </message>
    <message>
        <source>Dismiss reports</source>
        <translation>Classer les signalements</translation>
    </message>
    <message>
        <source>Quarantine voter</source>
        <translation>Mettre le votant en quarantaine</translation>
    </message>
    <message>
        <source>Restore voter</source>
        <translation>Rétablir le votant</translation>
    </message>
    <message>
        <source>Lock rating</source>
        <translation>Verrouiller l’évaluation</translation>
    </message>
    <message>
        <source>Unlock rating</source>
        <translation>Déverrouiller l’évaluation</translation>
    </message>
    <message>
        <source>Phishing (steals passwords or data)</source>
        <translation>Hameçonnage (vol de mots de passe ou de données)</translation>
    </message>
    <message>
        <source>Malware (harmful download)</source>
        <translation>Logiciel malveillant (téléchargement nuisible)</translation>
    </message>
    <message>
        <source>Scam or fraud</source>
        <translation>Arnaque ou fraude</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Autre chose</translation>
    </message>
</context>
<context>
    <name>SafeScan::CommunityView</name>
    <message>
        <source>Community</source>
        <translation>Communauté</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Community&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Communauté&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Sign in or out in Settings.</source>
        <translation>Connectez-vous ou déconnectez-vous dans les Paramètres.</translation>
    </message>
    <message>
        <source>&amp;Look up:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>A link or any text; only an anonymous prefix of its fingerprint is sent</source>
        <translation>Un lien ou n’importe quel texte ; seul un préfixe anonyme de son empreinte est envoyé</translation>
    </message>
    <message>
        <source>Link or text to look up</source>
        <translation>Lien ou texte à rechercher</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Look up the community rating</source>
        <translation>Rechercher l’évaluation de la communauté</translation>
    </message>
    <message>
        <source>Community rating found</source>
        <translation>Évaluation de la communauté trouvée</translation>
    </message>
    <message>
        <source>My votes and reports</source>
        <translation>Mes votes et signalements</translation>
    </message>
    <message>
        <source>My votes</source>
        <translation>Mes votes</translation>
    </message>
    <message>
        <source>&amp;Retract vote</source>
        <translation>Re&amp;tirer le vote</translation>
    </message>
    <message>
        <source>Retract the selected vote</source>
        <translation>Retirer le vote sélectionné</translation>
    </message>
    <message>
        <source>Retract the selected vote (Delete)</source>
        <translation>Retirer le vote sélectionné (Suppr)</translation>
    </message>
    <message>
        <source>My &amp;votes</source>
        <translation>Mes &amp;votes</translation>
    </message>
    <message>
        <source>My reports</source>
        <translation>Mes signalements</translation>
    </message>
    <message>
        <source>My re&amp;ports</source>
        <translation>Mes si&amp;gnalements</translation>
    </message>
    <message>
        <source>Community message</source>
        <translation>Message de la communauté</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Asking the community…</source>
        <translation>Interrogation de la communauté…</translation>
    </message>
</context>
<context>
    <name>SafeScan::CommunityViewModel</name>
    <message>
        <source>item %1…</source>
        <translation>élément %1…</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>My vote</source>
        <translation>Mon vote</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Community rating</source>
        <translation>Évaluation de la communauté</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Content shared</source>
        <translation>Contenu partagé</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Your votes cannot be read: %1</source>
        <translation>Impossible de lire vos votes : %1</translation>
    </message>
    <message>
        <source>Safe</source>
        <translation>Sûr</translation>
    </message>
    <message>
        <source>Unsafe</source>
        <translation>Dangereux</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>En attente d’envoi</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Received (#%1)</source>
        <translation>Reçu (n° %1)</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Non envoyé : %1</translation>
    </message>
    <message>
        <source>Your vote could not be retracted: %1</source>
        <translation>Impossible de retirer votre vote : %1</translation>
    </message>
    <message>
        <source>Retracted on this device; the server will be told later. %1</source>
        <translation>Retiré sur cet appareil ; le serveur en sera informé plus tard. %1</translation>
    </message>
    <message>
        <source>Your vote was retracted.</source>
        <translation>Votre vote a été retiré.</translation>
    </message>
    <message>
        <source>Type or paste a link or any text to look up.</source>
        <translation>Saisissez ou collez un lien ou n’importe quel texte à rechercher.</translation>
    </message>
</context>
<context>
    <name>SafeScan::DashboardCsv</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>SafeScan::DashboardLabels</name>
    <message>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <source>Image file</source>
        <translation>Fichier image</translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation>Presse-papiers</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Écran</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>Analyses</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <source>Spam blocked</source>
        <translation>Spam bloqué</translation>
    </message>
    <message>
        <source>Moderation actions</source>
        <translation>Actions de modération</translation>
    </message>
    <message>
        <source>Sync errors</source>
        <translation>Erreurs de synchronisation</translation>
    </message>
    <message>
        <source>Verdict levels</source>
        <translation>Niveaux de verdict</translation>
    </message>
    <message>
        <source>Payload types</source>
        <translation>Types de contenu</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Most voted items</source>
        <translation>Éléments les plus votés</translation>
    </message>
    <message>
        <source>Most disputed items</source>
        <translation>Éléments les plus contestés</translation>
    </message>
</context>
<context>
    <name>SafeScan::DashboardView</name>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation>Tableaux de bord</translation>
    </message>
    <message>
        <source>&amp;My scans</source>
        <translation>&amp;Mes analyses</translation>
    </message>
    <message>
        <source>&amp;Community</source>
        <translation>&amp;Communauté</translation>
    </message>
</context>
<context>
    <name>SafeScan::DashboardViewModel</name>
    <message>
        <source>The SafeScan server cannot be reached; the dashboard will try again.</source>
        <translation>Le serveur SafeScan est injoignable ; le tableau de bord réessaiera.</translation>
    </message>
    <message>
        <source>The analytics service failed several times; the dashboard waits a minute before trying again.</source>
        <translation>Le service de statistiques a échoué plusieurs fois ; le tableau de bord attend une minute avant de réessayer.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read: %1</source>
        <translation>La réponse du serveur est illisible : %1</translation>
    </message>
    <message>
        <source>Sign in with an analyst account to see the community dashboards.</source>
        <translation>Connectez-vous avec un compte d’analyste pour voir les tableaux de bord de la communauté.</translation>
    </message>
    <message>
        <source>The dashboard cannot ask for this: %1</source>
        <translation>Le tableau de bord ne peut pas demander ceci : %1</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>Your session has expired; sign in again to see the community dashboards.</source>
        <translation>Votre session a expiré ; reconnectez-vous pour voir les tableaux de bord de la communauté.</translation>
    </message>
    <message>
        <source>The community dashboards are for accounts with the analyst role.</source>
        <translation>Les tableaux de bord de la communauté sont réservés aux comptes ayant le rôle d’analyste.</translation>
    </message>
    <message>
        <source>The server refused the request: %1</source>
        <translation>Le serveur a refusé la requête : %1</translation>
    </message>
    <message>
        <source>The server asks to slow down; the dashboard will try again shortly.</source>
        <translation>Le serveur demande de ralentir ; le tableau de bord réessaiera sous peu.</translation>
    </message>
    <message>
        <source>The server failed to answer (HTTP %1); the dashboard will try again.</source>
        <translation>Le serveur n’a pas pu répondre (HTTP %1) ; le tableau de bord réessaiera.</translation>
    </message>
</context>
<context>
    <name>SafeScan::DatabaseRecovery</name>
    <message>
        <source>There is no database yet; a new one will be created.</source>
        <translation>Il n’y a pas encore de base de données ; une nouvelle base va être créée.</translation>
    </message>
    <message>
        <source>SafeScan cannot use &quot;%1&quot; as its database because it is not a file.</source>
        <translation>SafeScan ne peut pas utiliser « %1 » comme base de données, car ce n’est pas un fichier.</translation>
    </message>
    <message>
        <source>The database file is empty; a new database will be set up in it.</source>
        <translation>Le fichier de base de données est vide ; une nouvelle base va y être créée.</translation>
    </message>
    <message>
        <source>The database passed its integrity check.</source>
        <translation>La base de données a passé la vérification d’intégrité.</translation>
    </message>
    <message>
        <source>SafeScan cannot open its database &quot;%1&quot; (%2); nothing was changed.</source>
        <translation>SafeScan ne peut pas ouvrir sa base de données « %1 » (%2) ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>SafeScan&apos;s database is damaged and its backup could not be copied into place (%1), so nothing was changed.</source>
        <translation>La base de données de SafeScan est endommagée et sa sauvegarde n’a pas pu être copiée à sa place (%1) ; rien n’a donc été modifié.</translation>
    </message>
    <message>
        <source>SafeScan&apos;s database is damaged and could not be set aside (%1), so it cannot be used until the folder &quot;%2&quot; is writable; nothing was changed.</source>
        <translation>La base de données de SafeScan est endommagée et n’a pas pu être mise de côté (%1) ; elle est donc inutilisable tant que le dossier « %2 » n’est pas accessible en écriture. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>SafeScan&apos;s database was damaged and has been set aside as &quot;%1&quot;, but its backup could not be put in its place (%2).</source>
        <translation>La base de données de SafeScan était endommagée et a été mise de côté sous « %1 », mais sa sauvegarde n’a pas pu être mise à sa place (%2).</translation>
    </message>
    <message>
        <source>SafeScan&apos;s database was damaged, so it was set aside as &quot;%1&quot; and the backup of %2 was restored; anything saved after that backup is only in the damaged copy.</source>
        <translation>La base de données de SafeScan était endommagée : elle a été mise de côté sous « %1 » et la sauvegarde du %2 a été restaurée. Tout ce qui a été enregistré après cette sauvegarde ne se trouve que dans la copie endommagée.</translation>
    </message>
    <message>
        <source>SafeScan&apos;s database was damaged and there was no backup, so it was set aside as &quot;%1&quot; and a new, empty database was started.</source>
        <translation>La base de données de SafeScan était endommagée et il n’existait aucune sauvegarde : elle a été mise de côté sous « %1 » et une nouvelle base vide a été créée.</translation>
    </message>
</context>
<context>
    <name>SafeScan::GuiCommand</name>
    <message>
        <source>Opening your history…</source>
        <translation>Ouverture de votre historique…</translation>
    </message>
    <message>
        <source>Opening your history</source>
        <translation>Ouverture de votre historique</translation>
    </message>
</context>
<context>
    <name>SafeScan::HistoryJobs</name>
    <message>
        <source>Import failed: %1 Nothing was changed.</source>
        <translation>L’importation a échoué : %1 Rien n’a été modifié.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n scan(s).</source>
        <translation>
            <numerusform>%n analyse importée.</numerusform>
            <numerusform>%n analyses importées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the history (skipped).</source>
        <translation>
            <numerusform>%n déjà dans l’historique (ignorée).</numerusform>
            <numerusform>%n déjà dans l’historique (ignorées).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) could not be read and were skipped:</source>
        <translation>
            <numerusform>%n enregistrement illisible a été ignoré :</numerusform>
            <numerusform>%n enregistrements illisibles ont été ignorés :</numerusform>
        </translation>
    </message>
    <message>
        <source>record %1: %2;</source>
        <translation>enregistrement %1 : %2 ;</translation>
    </message>
    <message numerus="yes">
        <source>and %n more.</source>
        <translation>
            <numerusform>et %n autre.</numerusform>
            <numerusform>et %n autres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Then the import stopped: %1</source>
        <translation>Puis l’importation s’est arrêtée : %1</translation>
    </message>
    <message>
        <source>Re-check failed: %1</source>
        <translation>La revérification a échoué : %1</translation>
    </message>
    <message numerus="yes">
        <source>Re-check cancelled after %n scan(s);</source>
        <translation>
            <numerusform>Revérification annulée après %n analyse ;</numerusform>
            <numerusform>Revérification annulée après %n analyses ;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re-checked %n scan(s);</source>
        <translation>
            <numerusform>%n analyse revérifiée ;</numerusform>
            <numerusform>%n analyses revérifiées ;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n verdict(s) changed.</source>
        <translation>
            <numerusform>%n verdict modifié.</numerusform>
            <numerusform>%n verdicts modifiés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) stored without their original content were left as they were.</source>
        <translation>
            <numerusform>%n analyse enregistrée sans son contenu d’origine a été laissée telle quelle.</numerusform>
            <numerusform>%n analyses enregistrées sans leur contenu d’origine ont été laissées telles quelles.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SafeScan::HistoryTableModel</name>
    <message>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <source>Image file</source>
        <translation>Fichier image</translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation>Presse-papiers</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Écran</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Épinglée</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Épingler</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>Analysé le</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>The note could not be saved: %1</source>
        <translation>Impossible d’enregistrer la note : %1</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>Impossible de lire l’historique : %1</translation>
    </message>
    <message>
        <source>Could not change the pin: %1</source>
        <translation>Impossible de modifier l’épinglage : %1</translation>
    </message>
    <message>
        <source>A scan could not be deleted: %1</source>
        <translation>Impossible de supprimer une analyse : %1</translation>
    </message>
</context>
<context>
    <name>SafeScan::HistoryView</name>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>The history cannot be shown: %1</source>
        <translation>Impossible d’afficher l’historique : %1</translation>
    </message>
    <message>
        <source>History unavailable</source>
        <translation>Historique indisponible</translation>
    </message>
    <message>
        <source>Search content, notes and sites (Ctrl+F)</source>
        <translation>Rechercher dans le contenu, les notes et les sites (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>Rechercher dans l’historique</translation>
    </message>
    <message>
        <source>Filter by type</source>
        <translation>Filtrer par type</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Filter by verdict</source>
        <translation>Filtrer par verdict</translation>
    </message>
    <message>
        <source>All verdicts</source>
        <translation>Tous les verdicts</translation>
    </message>
    <message>
        <source>Filter by source</source>
        <translation>Filtrer par source</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Toutes les sources</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <source>Image file</source>
        <translation>Fichier image</translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation>Presse-papiers</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Écran</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>Filter by date</source>
        <translation>Filtrer par date</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Toutes les dates</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Scanned codes</source>
        <translation>Codes analysés</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Épingler</translation>
    </message>
    <message>
        <source>Pin or unpin the selected scan (pinned scans are never removed by the quota)</source>
        <translation>Épingler ou désépingler l’analyse sélectionnée (les analyses épinglées ne sont jamais supprimées par le quota)</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>Note…</translation>
    </message>
    <message>
        <source>Edit the note of the selected scan</source>
        <translation>Modifier la note de l’analyse sélectionnée</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected scan (Delete key)</source>
        <translation>Supprimer l’analyse sélectionnée (touche Suppr)</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Annuler la suppression</translation>
    </message>
    <message>
        <source>Bring back the last deleted scan (Ctrl+Z)</source>
        <translation>Rétablir la dernière analyse supprimée (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Export the whole history as CSV or JSON</source>
        <translation>Exporter tout l’historique en CSV ou en JSON</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progression de l’exportation</translation>
    </message>
    <message>
        <source>History summary</source>
        <translation>Résumé de l’historique</translation>
    </message>
    <message>
        <source>Exported %1 scans to %2</source>
        <translation>%1 analyses exportées dans %2</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>L’exportation a échoué : %1</translation>
    </message>
    <message>
        <source>Export the history</source>
        <translation>Exporter l’historique</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv);;JSON (*.json)</source>
        <translation>Feuille de calcul CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation>Une exportation est déjà en cours.</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Désépingler</translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) loaded, more as you scroll</source>
        <translation>
            <numerusform>%n analyse chargée, d’autres en faisant défiler</numerusform>
            <numerusform>%n analyses chargées, d’autres en faisant défiler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s)</source>
        <translation>
            <numerusform>%n analyse</numerusform>
            <numerusform>%n analyses</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-check</source>
        <translation>Revérifier</translation>
    </message>
    <message>
        <source>Judge the selected scan again with today&apos;s checks and blocklists</source>
        <translation>Juger à nouveau l’analyse sélectionnée avec les vérifications et listes de blocage actuelles</translation>
    </message>
    <message>
        <source>Re-check all</source>
        <translation>Tout revérifier</translation>
    </message>
    <message>
        <source>Judge every scan in the history again</source>
        <translation>Juger à nouveau toutes les analyses de l’historique</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Import scans from a SafeScan JSON export</source>
        <translation>Importer des analyses depuis une exportation JSON de SafeScan</translation>
    </message>
    <message>
        <source>Re-check or import progress</source>
        <translation>Progression de la revérification ou de l’importation</translation>
    </message>
    <message>
        <source>Result of the last re-check or import</source>
        <translation>Résultat de la dernière revérification ou importation</translation>
    </message>
    <message>
        <source>Importing %v of %m</source>
        <translation>Importation de %v sur %m</translation>
    </message>
    <message>
        <source>Re-checking %v of %m</source>
        <translation>Revérification de %v sur %m</translation>
    </message>
    <message>
        <source>Import scans</source>
        <translation>Importer des analyses</translation>
    </message>
    <message>
        <source>SafeScan JSON export (*.json);;All files (*)</source>
        <translation>Exportation JSON de SafeScan (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>A re-check or import is already running.</source>
        <translation>Une revérification ou une importation est déjà en cours.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) shown, loading…</source>
        <translation>
            <numerusform>%n analyse affichée, chargement…</numerusform>
            <numerusform>%n analyses affichées, chargement…</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
</context>
<context>
    <name>SafeScan::ItemRatingViewModel</name>
    <message>
        <source>Your vote could not be saved: %1</source>
        <translation>Impossible d’enregistrer votre vote : %1</translation>
    </message>
    <message>
        <source>Thank you: your vote was counted.</source>
        <translation>Merci : votre vote a été pris en compte.</translation>
    </message>
    <message>
        <source>Your vote was retracted.</source>
        <translation>Votre vote a été retiré.</translation>
    </message>
    <message>
        <source>Your vote is saved on this device and will be sent later. %1</source>
        <translation>Votre vote est enregistré sur cet appareil et sera envoyé plus tard. %1</translation>
    </message>
    <message>
        <source>Thank you: the moderators received your report.</source>
        <translation>Merci : les modérateurs ont reçu votre signalement.</translation>
    </message>
    <message>
        <source>The report could not be sent: %1</source>
        <translation>Impossible d’envoyer le signalement : %1</translation>
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
        <translation>Fenêtre principale de SafeScan</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Communauté</translation>
    </message>
    <message>
        <source>Not connected to a SafeScan server: your votes and reports and community lookups appear here once a server is set in Settings.</source>
        <translation>Non connecté à un serveur SafeScan : vos votes, vos signalements et vos recherches dans la communauté apparaîtront ici dès qu’un serveur sera défini dans les Paramètres.</translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation>Modération</translation>
    </message>
    <message>
        <source>Not connected to a SafeScan server: moderators see the queue, item details, actions and the audit log here once signed in.</source>
        <translation>Non connecté à un serveur SafeScan : une fois connectés, les modérateurs voient ici la file d’attente, le détail des éléments, les actions et le journal d’audit.</translation>
    </message>
    <message>
        <source>Scanning video</source>
        <translation>Analyse de la vidéo</translation>
    </message>
    <message>
        <source>Exporting history</source>
        <translation>Exportation de l’historique</translation>
    </message>
    <message>
        <source>Importing history</source>
        <translation>Importation de l’historique</translation>
    </message>
    <message>
        <source>Re-checking verdicts</source>
        <translation>Revérification des verdicts</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Sauvegarde</translation>
    </message>
    <message numerus="yes">
        <source>%n old scan(s) removed to keep the history within its size and age limits.</source>
        <translation>
            <numerusform>%n ancienne analyse supprimée pour maintenir l’historique dans ses limites de taille et d’ancienneté.</numerusform>
            <numerusform>%n anciennes analyses supprimées pour maintenir l’historique dans ses limites de taille et d’ancienneté.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Analyser</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>History status</source>
        <translation>État de l’historique</translation>
    </message>
    <message>
        <source>History: ready</source>
        <translation>Historique : prêt</translation>
    </message>
    <message>
        <source>History: unavailable</source>
        <translation>Historique : indisponible</translation>
    </message>
    <message>
        <source>Ratings and sync need the SafeScan server; local checks work without it.</source>
        <translation>Les évaluations et la synchronisation nécessitent le serveur SafeScan ; les vérifications locales fonctionnent sans lui.</translation>
    </message>
    <message>
        <source>Your history cannot be used: %1</source>
        <translation>Votre historique est inutilisable : %1</translation>
    </message>
    <message>
        <source>Scanning still works, but nothing is saved. Nothing was deleted; the data folder is %1.</source>
        <translation>L’analyse fonctionne toujours, mais rien n’est enregistré. Rien n’a été supprimé ; le dossier de données est %1.</translation>
    </message>
    <message>
        <source>The damaged file was kept as %1 and was not deleted.</source>
        <translation>Le fichier endommagé a été conservé sous %1 et n’a pas été supprimé.</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup of your history failed.</source>
        <translation>La sauvegarde automatique de votre historique a échoué aujourd’hui.</translation>
    </message>
    <message>
        <source>Scanning folder</source>
        <translation>Analyse du dossier</translation>
    </message>
    <message numerus="yes">
        <source>Folder scan cancelled after %n image(s).</source>
        <translation>
            <numerusform>Analyse du dossier annulée après %n image.</numerusform>
            <numerusform>Analyse du dossier annulée après %n images.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Folder scan finished: %n image(s).</source>
        <translation>
            <numerusform>Analyse du dossier terminée : %n image.</numerusform>
            <numerusform>Analyse du dossier terminée : %n images.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SafeScan::ModerationActionDialog</name>
    <message>
        <source>Confirm %1</source>
        <translation>Confirmer : %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; sur %2</translation>
    </message>
    <message>
        <source>Action and subject</source>
        <translation>Action et objet</translation>
    </message>
    <message>
        <source>What the action does</source>
        <translation>Effet de l’action</translation>
    </message>
    <message>
        <source>&amp;Reason (required, written to the audit log):</source>
        <translation>&amp;Motif (obligatoire, inscrit dans le journal d’audit) :</translation>
    </message>
    <message>
        <source>Reason for the action</source>
        <translation>Motif de l’action</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmer</translation>
    </message>
    <message>
        <source>Confirm the action</source>
        <translation>Confirmer l’action</translation>
    </message>
    <message>
        <source>Cancel the action</source>
        <translation>Annuler l’action</translation>
    </message>
</context>
<context>
    <name>SafeScan::ModerationQueueModel</name>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Community rating</source>
        <translation>Évaluation de la communauté</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>En attente depuis</translation>
    </message>
    <message>
        <source>Open by</source>
        <translation>Ouvert par</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Voter %1</source>
        <translation>Votant %1</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>Élément %1</translation>
    </message>
    <message numerus="yes">
        <source>Quarantined voter (%1, by %2, %n vote(s))</source>
        <translation>
            <numerusform>Votant en quarantaine (%1, par %2, %n vote)</numerusform>
            <numerusform>Votant en quarantaine (%1, par %2, %n votes)</numerusform>
        </translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>aucun motif indiqué</translation>
    </message>
    <message numerus="yes">
        <source>Reported %n time(s)</source>
        <translation>
            <numerusform>Signalé %n fois</numerusform>
            <numerusform>Signalé %n fois</numerusform>
        </translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Contesté</translation>
    </message>
    <message>
        <source>Decided safe</source>
        <translation>Déclaré sûr</translation>
    </message>
    <message>
        <source>Decided unsafe</source>
        <translation>Déclaré dangereux</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <source>%1: sending…</source>
        <translation>%1 : envoi…</translation>
    </message>
</context>
<context>
    <name>SafeScan::ModerationView</name>
    <message>
        <source>Your decision overrides the community verdict as safe and closes the open reports.</source>
        <translation>Votre décision remplace le verdict de la communauté par « sûr » et clôt les signalements ouverts.</translation>
    </message>
    <message>
        <source>Your decision overrides the community verdict as unsafe and closes the open reports.</source>
        <translation>Votre décision remplace le verdict de la communauté par « dangereux » et clôt les signalements ouverts.</translation>
    </message>
    <message>
        <source>The community verdict applies again.</source>
        <translation>Le verdict de la communauté s’applique à nouveau.</translation>
    </message>
    <message>
        <source>Closes the open reports without a decision.</source>
        <translation>Clôt les signalements ouverts sans décision.</translation>
    </message>
    <message>
        <source>None of this voter&apos;s votes count until restored.</source>
        <translation>Aucun vote de ce votant n’est compté jusqu’à son rétablissement.</translation>
    </message>
    <message>
        <source>The voter&apos;s votes count again.</source>
        <translation>Les votes du votant sont de nouveau comptés.</translation>
    </message>
    <message>
        <source>The rating is kept however long nobody votes on it.</source>
        <translation>L’évaluation est conservée même si personne ne vote pendant longtemps.</translation>
    </message>
    <message>
        <source>The rating may be dropped after 90 days without votes again.</source>
        <translation>L’évaluation peut de nouveau être supprimée après 90 jours sans vote.</translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation>Modération</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Moderation&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Modération&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Entries in the queue</source>
        <translation>Entrées de la file d’attente</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Refresh the queue</source>
        <translation>Actualiser la file d’attente</translation>
    </message>
    <message>
        <source>Refresh the queue (F5)</source>
        <translation>Actualiser la file d’attente (F5)</translation>
    </message>
    <message>
        <source>Only moderators and administrators can see the moderation queue. Sign in with such an account in Settings.</source>
        <translation>Seuls les modérateurs et les administrateurs peuvent voir la file de modération. Connectez-vous avec un tel compte dans les Paramètres.</translation>
    </message>
    <message>
        <source>Moderation not available</source>
        <translation>Modération indisponible</translation>
    </message>
    <message>
        <source>Queue and audit log</source>
        <translation>File d’attente et journal d’audit</translation>
    </message>
    <message>
        <source>Queue and detail</source>
        <translation>File d’attente et détail</translation>
    </message>
    <message>
        <source>Moderation queue</source>
        <translation>File de modération</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>Charger plus</translation>
    </message>
    <message>
        <source>Load more queue entries</source>
        <translation>Charger plus d’entrées de la file</translation>
    </message>
    <message>
        <source>Opened entry</source>
        <translation>Entrée ouverte</translation>
    </message>
    <message>
        <source>Other moderators with this entry open</source>
        <translation>Autres modérateurs ayant ouvert cette entrée</translation>
    </message>
    <message>
        <source>Entry detail</source>
        <translation>Détail de l’entrée</translation>
    </message>
    <message>
        <source>Content shared by reporters (with their consent):</source>
        <translation>Contenu partagé par les auteurs des signalements (avec leur accord) :</translation>
    </message>
    <message>
        <source>Content shared by reporters</source>
        <translation>Contenu partagé par les auteurs des signalements</translation>
    </message>
    <message>
        <source>Votes over time:</source>
        <translation>Votes au fil du temps :</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Voter</source>
        <translation>Votant</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Vote</translation>
    </message>
    <message>
        <source>Votes over time</source>
        <translation>Votes au fil du temps</translation>
    </message>
    <message>
        <source>Quarantine the selected vote&apos;s voter…</source>
        <translation>Mettre en quarantaine l’auteur du vote sélectionné…</translation>
    </message>
    <message>
        <source>Quarantine the voter of the selected vote (asks for a reason)</source>
        <translation>Mettre en quarantaine l’auteur du vote sélectionné (un motif est demandé)</translation>
    </message>
    <message>
        <source>Decision history</source>
        <translation>Historique des décisions</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;File d’attente</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Action :</translation>
    </message>
    <message>
        <source>Show audit entries of this action</source>
        <translation>Afficher les entrées d’audit de cette action</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>Load older entries</source>
        <translation>Charger des entrées plus anciennes</translation>
    </message>
    <message>
        <source>Load older audit entries</source>
        <translation>Charger des entrées d’audit plus anciennes</translation>
    </message>
    <message>
        <source>A&amp;udit log</source>
        <translation>&amp;Journal d’audit</translation>
    </message>
    <message>
        <source>Moderation message</source>
        <translation>Message de modération</translation>
    </message>
    <message>
        <source>Voter %1</source>
        <translation>Votant %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) waiting</source>
        <translation>
            <numerusform>%n entrée en attente</numerusform>
            <numerusform>%n entrées en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <source>Select an entry of the queue to see its detail.</source>
        <translation>Sélectionnez une entrée de la file d’attente pour en voir le détail.</translation>
    </message>
    <message>
        <source>⚠ Also open by %1: coordinate before acting.</source>
        <translation>⚠ Également ouvert par %1 : concertez-vous avant d’agir.</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>Empreinte : %1</translation>
    </message>
    <message>
        <source>Community rating: %1</source>
        <translation>Évaluation de la communauté : %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Open reports: %1 (%2), newest %3</source>
        <translation>Signalements ouverts : %1 (%2), le plus récent : %3</translation>
    </message>
    <message>
        <source>Reporter&apos;s note: “%1”</source>
        <translation>Note de l’auteur du signalement : « %1 »</translation>
    </message>
    <message>
        <source>Voter pseudonym: %1</source>
        <translation>Pseudonyme du votant : %1</translation>
    </message>
    <message numerus="yes">
        <source>Quarantined by %1 (%2); %n vote(s)</source>
        <translation>
            <numerusform>Mis en quarantaine par %1 (%2) ; %n vote</numerusform>
            <numerusform>Mis en quarantaine par %1 (%2) ; %n votes</numerusform>
        </translation>
    </message>
    <message>
        <source>(no reporter agreed to share the content)</source>
        <translation>(aucun auteur de signalement n’a accepté de partager le contenu)</translation>
    </message>
    <message>
        <source>%1 (quarantined, not counted)</source>
        <translation>%1 (en quarantaine, non compté)</translation>
    </message>
    <message>
        <source>%1 · %2 by %3: %4</source>
        <translation>%1 · %2 par %3 : %4</translation>
    </message>
    <message>
        <source>No decisions yet (in the loaded audit log).</source>
        <translation>Aucune décision pour l’instant (dans le journal d’audit chargé).</translation>
    </message>
    <message>
        <source>Decision history:
%1</source>
        <translation>Historique des décisions :
%1</translation>
    </message>
    <message>
        <source>%1 (asks for a reason)</source>
        <translation>%1 (un motif est demandé)</translation>
    </message>
</context>
<context>
    <name>SafeScan::ModerationViewModel</name>
    <message>
        <source>Only moderators and administrators can use the moderation queue.</source>
        <translation>Seuls les modérateurs et les administrateurs peuvent utiliser la file de modération.</translation>
    </message>
    <message>
        <source>The moderation queue could not be read: %1</source>
        <translation>Impossible de lire la file de modération : %1</translation>
    </message>
    <message>
        <source>Wait until the previous action is done.</source>
        <translation>Attendez que l’action précédente soit terminée.</translation>
    </message>
    <message>
        <source>Every moderation action needs a reason.</source>
        <translation>Chaque action de modération nécessite un motif.</translation>
    </message>
    <message>
        <source>%1 does not apply to %2.</source>
        <translation>%1 ne s’applique pas à %2.</translation>
    </message>
    <message>
        <source>%1 failed and was undone: %2</source>
        <translation>%1 a échoué et a été annulé : %2</translation>
    </message>
    <message>
        <source>%1 done.</source>
        <translation>%1 : terminé.</translation>
    </message>
    <message>
        <source>%1: nothing to change, it was already so.</source>
        <translation>%1 : rien à modifier, c’était déjà le cas.</translation>
    </message>
</context>
<context>
    <name>SafeScan::OpenLinkDialog</name>
    <message>
        <source>Open this link?</source>
        <translation>Ouvrir ce lien ?</translation>
    </message>
    <message>
        <source>Confirm opening the link</source>
        <translation>Confirmer l’ouverture du lien</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>This opens:&lt;br&gt;&lt;tt&gt;%1&lt;/tt&gt;</source>
        <translation>Ce lien ouvre :&lt;br&gt;&lt;tt&gt;%1&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>Real destination</source>
        <translation>Destination réelle</translation>
    </message>
    <message>
        <source>Technical form of the address: %1</source>
        <translation>Forme technique de l’adresse : %1</translation>
    </message>
    <message>
        <source>Punycode form of the address</source>
        <translation>Forme Punycode de l’adresse</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Ouvrir dans le navigateur</translation>
    </message>
    <message>
        <source>Open the link in the browser</source>
        <translation>Ouvrir le lien dans le navigateur</translation>
    </message>
    <message>
        <source>Do not open the link</source>
        <translation>Ne pas ouvrir le lien</translation>
    </message>
    <message>
        <source>I understand this link was judged dangerous and want to open it anyway</source>
        <translation>Je comprends que ce lien a été jugé dangereux et je veux l’ouvrir quand même</translation>
    </message>
    <message>
        <source>Confirm opening a dangerous link</source>
        <translation>Confirmer l’ouverture d’un lien dangereux</translation>
    </message>
</context>
<context>
    <name>SafeScan::PassphraseStrength</name>
    <message>
        <source>Choose a passphrase of several words that you do not use anywhere else.</source>
        <translation>Choisissez une phrase secrète de plusieurs mots que vous n&apos;utilisez nulle part ailleurs.</translation>
    </message>
    <message>
        <source>Too short: use at least %1 characters, better a few words.</source>
        <translation>Trop courte : utilisez au moins %1 caractères, mieux quelques mots.</translation>
    </message>
    <message>
        <source>Weak: add more words or characters that do not repeat.</source>
        <translation>Faible : ajoutez des mots ou des caractères qui ne se répètent pas.</translation>
    </message>
    <message>
        <source>Fair: acceptable; a longer passphrase is stronger.</source>
        <translation>Correcte : acceptable ; une phrase secrète plus longue est plus solide.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Solide.</translation>
    </message>
</context>
<context>
    <name>SafeScan::PayloadFields</name>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Web link</source>
        <translation>Lien web</translation>
    </message>
    <message>
        <source>Wi-Fi network</source>
        <translation>Réseau Wi-Fi</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>One-time password key</source>
        <translation>Clé de mot de passe à usage unique</translation>
    </message>
    <message>
        <source>Crypto payment</source>
        <translation>Paiement en cryptomonnaie</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Virement bancaire</translation>
    </message>
    <message>
        <source>Calendar event</source>
        <translation>Événement d’agenda</translation>
    </message>
    <message>
        <source>Binary data</source>
        <translation>Données binaires</translation>
    </message>
    <message>
        <source>None (open network)</source>
        <translation>Aucune (réseau ouvert)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>%1 (invalid check digits)</source>
        <translation>%1 (chiffres de contrôle non valides)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Network name</source>
        <translation>Nom du réseau</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Hidden network</source>
        <translation>Réseau masqué</translation>
    </message>
    <message>
        <source>EAP method</source>
        <translation>Méthode EAP</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Anniversaire</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Altitude</source>
        <translation>Altitude</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Bénéficiaire</translation>
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
        <translation>Référence</translation>
    </message>
    <message>
        <source>Remittance</source>
        <translation>Motif du virement</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
</context>
<context>
    <name>SafeScan::PersonalDashboardModel</name>
    <message>
        <source>Your history is not available, so there is nothing to count.</source>
        <translation>Votre historique n’est pas disponible : il n’y a rien à compter.</translation>
    </message>
</context>
<context>
    <name>SafeScan::PersonalDashboardPanel</name>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>Personal dashboard: first day</source>
        <translation>Tableau de bord personnel : premier jour</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Au</translation>
    </message>
    <message>
        <source>Personal dashboard: last day</source>
        <translation>Tableau de bord personnel : dernier jour</translation>
    </message>
    <message>
        <source>Compare with the previous period</source>
        <translation>Comparer avec la période précédente</translation>
    </message>
    <message>
        <source>Compare my scans with the previous period</source>
        <translation>Comparer mes analyses avec la période précédente</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Count my scans again</source>
        <translation>Recompter mes analyses</translation>
    </message>
    <message>
        <source>Personal dashboard status</source>
        <translation>État du tableau de bord personnel</translation>
    </message>
    <message>
        <source>My scans per day</source>
        <translation>Mes analyses par jour</translation>
    </message>
    <message>
        <source>Verdict mix</source>
        <translation>Répartition des verdicts</translation>
    </message>
    <message>
        <source>Payload types</source>
        <translation>Types de contenu</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>The first day is after the last day; choose a range that ends after it starts.</source>
        <translation>Le premier jour est postérieur au dernier ; choisissez une période qui se termine après son début.</translation>
    </message>
    <message>
        <source>Cannot count your scans: %1</source>
        <translation>Impossible de compter vos analyses : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) from %1 to %2.</source>
        <translation>
            <numerusform>%n analyse du %1 au %2.</numerusform>
            <numerusform>%n analyses du %1 au %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Cette période</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Période précédente</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>Analyses</translation>
    </message>
    <message>
        <source>Export the chart as PNG</source>
        <translation>Exporter le graphique en PNG</translation>
    </message>
    <message>
        <source>Export the chart&apos;s data as CSV</source>
        <translation>Exporter les données du graphique en CSV</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’exportation</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exporté dans %1.</translation>
    </message>
</context>
<context>
    <name>SafeScan::PlaceholderView</name>
    <message>
        <source>%1: not built yet</source>
        <translation>%1 : pas encore disponible</translation>
    </message>
</context>
<context>
    <name>SafeScan::RecoveryBanner</name>
    <message>
        <source>Problem with the local history</source>
        <translation>Problème avec l’historique local</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>What happened to the local history</source>
        <translation>Ce qui est arrivé à l’historique local</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Dismiss the history message</source>
        <translation>Fermer le message sur l’historique</translation>
    </message>
</context>
<context>
    <name>SafeScan::ReportDialog</name>
    <message>
        <source>Report to the moderators</source>
        <translation>Signaler aux modérateurs</translation>
    </message>
    <message>
        <source>Tell the SafeScan moderators that this item is harmful: %1</source>
        <translation>Signaler aux modérateurs de SafeScan que cet élément est nuisible : %1</translation>
    </message>
    <message>
        <source>Item being reported</source>
        <translation>Élément signalé</translation>
    </message>
    <message>
        <source>Reason for the report</source>
        <translation>Motif du signalement</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>Optional: what made you suspicious</source>
        <translation>Facultatif : ce qui a éveillé vos soupçons</translation>
    </message>
    <message>
        <source>Note for the moderators</source>
        <translation>Note pour les modérateurs</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>&amp;Share the scanned content with the moderators</source>
        <translation>&amp;Partager le contenu analysé avec les modérateurs</translation>
    </message>
    <message>
        <source>Share the scanned content with the moderators</source>
        <translation>Partager le contenu analysé avec les modérateurs</translation>
    </message>
    <message>
        <source>Without this only an anonymous fingerprint (hash) of the item is sent.</source>
        <translation>Sans cela, seule une empreinte anonyme (hachage) de l’élément est envoyée.</translation>
    </message>
    <message>
        <source>Content that would be shared: %1</source>
        <translation>Contenu qui serait partagé : %1</translation>
    </message>
    <message>
        <source>Content that would be shared</source>
        <translation>Contenu qui serait partagé</translation>
    </message>
    <message>
        <source>Without your consent the moderators get only the item&apos;s fingerprint, never its content.</source>
        <translation>Sans votre accord, les modérateurs ne reçoivent que l’empreinte de l’élément, jamais son contenu.</translation>
    </message>
    <message>
        <source>Privacy note</source>
        <translation>Note sur la confidentialité</translation>
    </message>
    <message>
        <source>Send report</source>
        <translation>Envoyer le signalement</translation>
    </message>
    <message>
        <source>Send the report</source>
        <translation>Envoyer le signalement</translation>
    </message>
    <message>
        <source>Cancel the report</source>
        <translation>Annuler le signalement</translation>
    </message>
</context>
<context>
    <name>SafeScan::ResultCard</name>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>%1 · from %2</source>
        <translation>%1 · depuis %2</translation>
    </message>
    <message>
        <source>Content type and origin</source>
        <translation>Type de contenu et origine</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Conseil</translation>
    </message>
    <message>
        <source>Goes to: %1</source>
        <translation>Mène à : %1</translation>
    </message>
    <message>
        <source>Real destination</source>
        <translation>Destination réelle</translation>
    </message>
    <message>
        <source>The part in bold is the domain that owns the site.</source>
        <translation>La partie en gras est le domaine auquel appartient le site.</translation>
    </message>
    <message>
        <source>The address is written with non-Latin letters; its technical form is %1</source>
        <translation>L’adresse est écrite avec des lettres non latines ; sa forme technique est %1</translation>
    </message>
    <message>
        <source>Punycode form of the address</source>
        <translation>Forme Punycode de l’adresse</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>masqué</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Afficher %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copier %1</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Copy the content</source>
        <translation>Copier le contenu</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <source>Open the link after confirming its destination</source>
        <translation>Ouvrir le lien après confirmation de sa destination</translation>
    </message>
    <message>
        <source>Save contact…</source>
        <translation>Enregistrer le contact…</translation>
    </message>
    <message>
        <source>Save the contact as a vCard file</source>
        <translation>Enregistrer le contact dans un fichier vCard</translation>
    </message>
    <message>
        <source>Saved in history (#%1)</source>
        <translation>Enregistré dans l’historique (n° %1)</translation>
    </message>
    <message>
        <source>Saved in history</source>
        <translation>Enregistré dans l’historique</translation>
    </message>
    <message>
        <source>%1 (risk %2 of 100)</source>
        <translation>%1 (risque %2 sur 100)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Result: %1, %2</source>
        <translation>Résultat : %1, %2</translation>
    </message>
    <message>
        <source>Community rating</source>
        <translation>Évaluation de la communauté</translation>
    </message>
    <message>
        <source>✔ Moderated</source>
        <translation>✔ Modéré</translation>
    </message>
    <message>
        <source>Moderator decision</source>
        <translation>Décision d’un modérateur</translation>
    </message>
    <message>
        <source>A SafeScan moderator decided this rating.</source>
        <translation>Cette évaluation a été décidée par un modérateur de SafeScan.</translation>
    </message>
    <message>
        <source>Where the community rating comes from</source>
        <translation>Origine de l’évaluation de la communauté</translation>
    </message>
    <message>
        <source>My vote</source>
        <translation>Mon vote</translation>
    </message>
    <message>
        <source>Vote safe</source>
        <translation>Voter sûr</translation>
    </message>
    <message>
        <source>Vote this item safe</source>
        <translation>Voter cet élément comme sûr</translation>
    </message>
    <message>
        <source>Vote unsafe</source>
        <translation>Voter dangereux</translation>
    </message>
    <message>
        <source>Vote this item unsafe</source>
        <translation>Voter cet élément comme dangereux</translation>
    </message>
    <message>
        <source>Retract vote</source>
        <translation>Retirer le vote</translation>
    </message>
    <message>
        <source>Retract my vote</source>
        <translation>Retirer mon vote</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>Signaler…</translation>
    </message>
    <message>
        <source>Report this item to the moderators</source>
        <translation>Signaler cet élément aux modérateurs</translation>
    </message>
    <message>
        <source>Community message</source>
        <translation>Message de la communauté</translation>
    </message>
    <message>
        <source>Community: %1</source>
        <translation>Communauté : %1</translation>
    </message>
    <message>
        <source>no rating</source>
        <translation>aucune évaluation</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <source>Save contact</source>
        <translation>Enregistrer le contact</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>Fichiers vCard (*.vcf)</translation>
    </message>
    <message>
        <source>The contact could not be saved to %1: %2</source>
        <translation>Impossible d’enregistrer le contact dans %1 : %2</translation>
    </message>
</context>
<context>
    <name>SafeScan::Safety</name>
    <message>
        <source>This link is on the blocklist &quot;%1&quot;.</source>
        <translation>Ce lien figure sur la liste de blocage « %1 ».</translation>
    </message>
    <message>
        <source>Opening this runs a script instead of showing a page.</source>
        <translation>L’ouvrir exécute un script au lieu d’afficher une page.</translation>
    </message>
    <message>
        <source>This link carries its own page content instead of pointing to a site.</source>
        <translation>Ce lien contient lui-même le contenu d’une page au lieu de pointer vers un site.</translation>
    </message>
    <message>
        <source>This link opens a file on your computer or network.</source>
        <translation>Ce lien ouvre un fichier sur votre ordinateur ou votre réseau.</translation>
    </message>
    <message>
        <source>This link asks your device to start an app.</source>
        <translation>Ce lien demande à votre appareil de lancer une application.</translation>
    </message>
    <message>
        <source>The link points to a bare network address instead of a named site.</source>
        <translation>Le lien pointe vers une simple adresse réseau au lieu d’un site nommé.</translation>
    </message>
    <message>
        <source>The link disguises a network address as %1.</source>
        <translation>Le lien déguise une adresse réseau en %1.</translation>
    </message>
    <message>
        <source>The link has text before an @ sign; the site it opens is %1.</source>
        <translation>Le lien contient du texte avant un signe @ ; le site qu’il ouvre est %1.</translation>
    </message>
    <message>
        <source>The link starts with &quot;%1&quot; to look like that site, but it opens %2.</source>
        <translation>Le lien commence par « %1 » pour ressembler à ce site, mais il ouvre %2.</translation>
    </message>
    <message>
        <source>The site name has an unusual number of parts in front of %1.</source>
        <translation>Le nom du site comporte un nombre inhabituel de parties devant %1.</translation>
    </message>
    <message>
        <source>The link is unusually long, which can hide where it goes.</source>
        <translation>Le lien est anormalement long, ce qui peut masquer sa destination.</translation>
    </message>
    <message>
        <source>The site name %1 looks like %2 but is a different site.</source>
        <translation>Le nom de site %1 ressemble à %2, mais il s’agit d’un autre site.</translation>
    </message>
    <message>
        <source>The site name %1 uses letters from other alphabets to imitate %2.</source>
        <translation>Le nom de site %1 utilise des lettres d’autres alphabets pour imiter %2.</translation>
    </message>
    <message>
        <source>The site name mixes letters from different alphabets.</source>
        <translation>Le nom du site mélange des lettres de différents alphabets.</translation>
    </message>
    <message>
        <source>The site name is written in another alphabet&apos;s letters that look like &quot;%1&quot;.</source>
        <translation>Le nom du site est écrit avec les lettres d’un autre alphabet qui ressemblent à « %1 ».</translation>
    </message>
    <message>
        <source>The link mentions %1 but belongs to %2, a different site.</source>
        <translation>Le lien mentionne %1, mais appartient à %2, un autre site.</translation>
    </message>
    <message>
        <source>This is a shortened link through %1; where it really goes is hidden.</source>
        <translation>Ceci est un lien raccourci via %1 ; sa véritable destination est masquée.</translation>
    </message>
    <message>
        <source>Sites ending in .%1 are often used for scams.</source>
        <translation>Les sites se terminant par .%1 sont souvent utilisés pour des arnaques.</translation>
    </message>
    <message>
        <source>The content hides invisible or text-direction characters that can disguise it.</source>
        <translation>Le contenu cache des caractères invisibles ou de sens d’écriture qui peuvent le déguiser.</translation>
    </message>
    <message>
        <source>The link uses an unusual network port (%1).</source>
        <translation>Le lien utilise un port réseau inhabituel (%1).</translation>
    </message>
    <message>
        <source>The page looks like a sign-in page but the connection is not encrypted.</source>
        <translation>La page ressemble à une page de connexion, mais la connexion n’est pas chiffrée.</translation>
    </message>
    <message>
        <source>The link could not be read, so it could not be checked.</source>
        <translation>Le lien est illisible et n’a donc pas pu être vérifié.</translation>
    </message>
    <message>
        <source>The Wi-Fi network &quot;%1&quot; has no password; others nearby can see what you send, and anyone can set up a network with that name.</source>
        <translation>Le réseau Wi-Fi « %1 » n’a pas de mot de passe : les personnes à proximité peuvent voir ce que vous envoyez, et n’importe qui peut créer un réseau portant ce nom.</translation>
    </message>
    <message>
        <source>The Wi-Fi network &quot;%1&quot; uses outdated WEP security that is easily broken.</source>
        <translation>Le réseau Wi-Fi « %1 » utilise la sécurité WEP, obsolète et facile à casser.</translation>
    </message>
    <message>
        <source>This code holds a sign-in secret for %1; anyone who sees it can create your one-time codes.</source>
        <translation>Ce code contient un secret de connexion pour %1 : quiconque le voit peut générer vos codes à usage unique.</translation>
    </message>
    <message>
        <source>The number %1 is a premium-rate number; calling or texting it can be expensive.</source>
        <translation>Le numéro %1 est un numéro surtaxé : l’appeler ou lui envoyer un SMS peut coûter cher.</translation>
    </message>
    <message>
        <source>This code asks for a payment to %1; check the recipient before you pay.</source>
        <translation>Ce code demande un paiement à %1 ; vérifiez le bénéficiaire avant de payer.</translation>
    </message>
    <message>
        <source>The bank account number %1 is not a valid IBAN.</source>
        <translation>Le numéro de compte bancaire %1 n’est pas un IBAN valide.</translation>
    </message>
    <message>
        <source>This code holds binary data that SafeScan cannot interpret.</source>
        <translation>Ce code contient des données binaires que SafeScan ne sait pas interpréter.</translation>
    </message>
    <message>
        <source>This code looks like a link or another known format but is malformed, so it could not be checked.</source>
        <translation>Ce code ressemble à un lien ou à un autre format connu, mais il est mal formé et n’a donc pas pu être vérifié.</translation>
    </message>
    <message>
        <source>SafeScan users rate this as unsafe (%1 of %2 votes).</source>
        <translation>Les utilisateurs de SafeScan jugent ceci dangereux (%1 votes sur %2).</translation>
    </message>
    <message>
        <source>SafeScan users rate this as safe (%1 of %2 votes).</source>
        <translation>Les utilisateurs de SafeScan jugent ceci sûr (%1 votes sur %2).</translation>
    </message>
    <message>
        <source>SafeScan users disagree about this (%1 safe, %2 unsafe votes).</source>
        <translation>Les utilisateurs de SafeScan ne sont pas d’accord à ce sujet (%1 votes sûr, %2 votes dangereux).</translation>
    </message>
    <message>
        <source>SafeScan moderators confirmed that this is dangerous.</source>
        <translation>Les modérateurs de SafeScan ont confirmé que ceci est dangereux.</translation>
    </message>
    <message>
        <source>SafeScan moderators confirmed that this is safe.</source>
        <translation>Les modérateurs de SafeScan ont confirmé que ceci est sûr.</translation>
    </message>
</context>
<context>
    <name>SafeScan::ScanView</name>
    <message>
        <source>Scan</source>
        <translation>Analyser</translation>
    </message>
    <message>
        <source>Open images…</source>
        <translation>Ouvrir des images…</translation>
    </message>
    <message>
        <source>Open image files to scan</source>
        <translation>Ouvrir des fichiers image à analyser</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <source>Scan the image or text on the clipboard</source>
        <translation>Analyser l’image ou le texte du presse-papiers</translation>
    </message>
    <message>
        <source>Ctrl+V</source>
        <translation>Ctrl+V</translation>
    </message>
    <message>
        <source>Scan folder…</source>
        <translation>Analyser un dossier…</translation>
    </message>
    <message>
        <source>Scan every image in a folder</source>
        <translation>Analyser toutes les images d’un dossier</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Screen region…</source>
        <translation>Zone de l’écran…</translation>
    </message>
    <message>
        <source>Scan a region of the screen</source>
        <translation>Analyser une zone de l’écran</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Video file…</source>
        <translation>Fichier vidéo…</translation>
    </message>
    <message>
        <source>Scan a video file</source>
        <translation>Analyser un fichier vidéo</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Clear results</source>
        <translation>Effacer les résultats</translation>
    </message>
    <message>
        <source>Clear the results shown (the history keeps them)</source>
        <translation>Effacer les résultats affichés (l’historique les conserve)</translation>
    </message>
    <message>
        <source>Could not scan the video %1: %2</source>
        <translation>Impossible d’analyser la vidéo %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Video scan of %1 cancelled; %n code(s) found.</source>
        <translation>
            <numerusform>Analyse de la vidéo %1 annulée ; %n code trouvé.</numerusform>
            <numerusform>Analyse de la vidéo %1 annulée ; %n codes trouvés.</numerusform>
        </translation>
    </message>
    <message>
        <source>No QR code found in the video %1.</source>
        <translation>Aucun code QR trouvé dans la vidéo %1.</translation>
    </message>
    <message numerus="yes">
        <source>Video %1 scanned: %n code(s) found.</source>
        <translation>
            <numerusform>Vidéo %1 analysée : %n code trouvé.</numerusform>
            <numerusform>Vidéo %1 analysée : %n codes trouvés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Camera and results</source>
        <translation>Caméra et résultats</translation>
    </message>
    <message>
        <source>Scan results</source>
        <translation>Résultats de l’analyse</translation>
    </message>
    <message>
        <source>Last scan message</source>
        <translation>Dernier message d’analyse</translation>
    </message>
    <message>
        <source>Hold a QR code up to the camera, open an image (Ctrl+O), paste one (Ctrl+V) or drop image files, folders or text here. Each code is checked on this computer before anything is opened.</source>
        <translation>Présentez un code QR à la caméra, ouvrez une image (Ctrl+O), collez-en une (Ctrl+V) ou déposez ici des fichiers image, des dossiers ou du texte. Chaque code est vérifié sur cet ordinateur avant toute ouverture.</translation>
    </message>
    <message>
        <source>How to scan</source>
        <translation>Comment analyser</translation>
    </message>
    <message>
        <source>Open images to scan</source>
        <translation>Ouvrir des images à analyser</translation>
    </message>
    <message>
        <source>Images (%1);;All files (*)</source>
        <translation>Images (%1);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Clipboard image</source>
        <translation>Image du presse-papiers</translation>
    </message>
    <message>
        <source>A folder scan is already running; wait for it or cancel it.</source>
        <translation>Une analyse de dossier est déjà en cours ; attendez qu’elle se termine ou annulez-la.</translation>
    </message>
    <message>
        <source>Dropped image</source>
        <translation>Image déposée</translation>
    </message>
    <message>
        <source>The screen could not be captured (the system did not allow it).</source>
        <translation>Impossible de capturer l’écran (le système ne l’a pas autorisé).</translation>
    </message>
    <message>
        <source>Screen region</source>
        <translation>Zone de l’écran</translation>
    </message>
    <message>
        <source>Screen region scan cancelled.</source>
        <translation>Analyse de la zone de l’écran annulée.</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.mkv *.webm *.mov *.avi *.m4v *.ogv);;All files (*)</source>
        <translation>Vidéos (*.mp4 *.mkv *.webm *.mov *.avi *.m4v *.ogv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>A video is already being scanned; wait for it or cancel it.</source>
        <translation>Une vidéo est déjà en cours d’analyse ; attendez qu’elle se termine ou annulez-la.</translation>
    </message>
    <message>
        <source>Scanning the video %1…</source>
        <translation>Analyse de la vidéo %1…</translation>
    </message>
</context>
<context>
    <name>SafeScan::ScanViewModel</name>
    <message>
        <source>Could not read the image: %1</source>
        <translation>Impossible de lire l’image : %1</translation>
    </message>
    <message>
        <source>No QR code found in %1.</source>
        <translation>Aucun code QR trouvé dans %1.</translation>
    </message>
    <message>
        <source>There is no text to check.</source>
        <translation>Il n’y a aucun texte à vérifier.</translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation>Presse-papiers</translation>
    </message>
    <message>
        <source>Dropped text</source>
        <translation>Texte déposé</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <source>Video file</source>
        <translation>Fichier vidéo</translation>
    </message>
    <message>
        <source>The scan could not be saved to the history: %1</source>
        <translation>Impossible d’enregistrer l’analyse dans l’historique : %1</translation>
    </message>
    <message>
        <source>Off the record: this scan was not saved.</source>
        <translation>Mode privé : cette analyse n’a pas été enregistrée.</translation>
    </message>
    <message numerus="yes">
        <source>Scanned and saved to the history: %n code(s).</source>
        <translation>
            <numerusform>Analysé et enregistré dans l’historique : %n code.</numerusform>
            <numerusform>Analysés et enregistrés dans l’historique : %n codes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) scanned (history unavailable, not saved).</source>
        <translation>
            <numerusform>%n code analysé (historique indisponible, non enregistré).</numerusform>
            <numerusform>%n codes analysés (historique indisponible, non enregistrés).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SafeScan::ScreenRegionPicker</name>
    <message>
        <source>Choose a region of the screen to scan</source>
        <translation>Choisissez une zone de l’écran à analyser</translation>
    </message>
    <message>
        <source>Drag a rectangle around the QR code with the mouse. Enter scans the whole screen, Escape cancels.</source>
        <translation>Tracez un rectangle autour du code QR avec la souris. Entrée analyse tout l’écran, Échap annule.</translation>
    </message>
    <message>
        <source>Drag around the QR code to scan it. Enter: whole screen. Esc: cancel.</source>
        <translation>Tracez un cadre autour du code QR pour l’analyser. Entrée : tout l’écran. Échap : annuler.</translation>
    </message>
</context>
<context>
    <name>SafeScan::ServerConnection</name>
    <message>
        <source>Sign in to your account before entering the sync passphrase.</source>
        <translation>Connectez-vous à votre compte avant de saisir la phrase secrète de synchronisation.</translation>
    </message>
    <message>
        <source>Cannot register this device with %1: %2</source>
        <translation>Impossible d’enregistrer cet appareil auprès de %1 : %2</translation>
    </message>
</context>
<context>
    <name>SafeScan::SettingsView</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Problems with the settings file</source>
        <translation>Problèmes avec le fichier de paramètres</translation>
    </message>
    <message>
        <source>⚠ Warning: %1</source>
        <translation>⚠ Avertissement : %1</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>A new language is used the next time SafeScan starts.</source>
        <translation>La nouvelle langue sera utilisée au prochain démarrage de SafeScan.</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <source>Links and camera</source>
        <translation>Liens et caméra</translation>
    </message>
    <message>
        <source>When opening a link</source>
        <translation>À l’ouverture d’un lien</translation>
    </message>
    <message>
        <source>When opening a &amp;link:</source>
        <translation>À l’&amp;ouverture d’un lien :</translation>
    </message>
    <message>
        <source>Dangerous links always need an extra confirmation.</source>
        <translation>Les liens dangereux nécessitent toujours une confirmation supplémentaire.</translation>
    </message>
    <message>
        <source>Camera to use</source>
        <translation>Caméra à utiliser</translation>
    </message>
    <message>
        <source>&amp;Mirror the camera picture</source>
        <translation>Affic&amp;her l’image de la caméra en miroir</translation>
    </message>
    <message>
        <source>Mirror the camera picture</source>
        <translation>Afficher l’image de la caméra en miroir</translation>
    </message>
    <message>
        <source>&amp;Camera:</source>
        <translation>&amp;Caméra :</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>History size limit in megabytes</source>
        <translation>Taille maximale de l’historique en mégaoctets</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> Mo</translation>
    </message>
    <message>
        <source>Keep scans for this many days (0 keeps them forever)</source>
        <translation>Conserver les analyses pendant ce nombre de jours (0 : pour toujours)</translation>
    </message>
    <message>
        <source>Forever</source>
        <translation>Pour toujours</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>&amp;Off the record: save nothing to the history</source>
        <translation>Mode &amp;privé : ne rien enregistrer dans l’historique</translation>
    </message>
    <message>
        <source>Off the record: save nothing to the history</source>
        <translation>Mode privé : ne rien enregistrer dans l’historique</translation>
    </message>
    <message>
        <source>&amp;Keep Wi-Fi passwords and one-time-password secrets in the history</source>
        <translation>Conserver les mots de passe &amp;Wi-Fi et les secrets de mots de passe à usage unique dans l’historique</translation>
    </message>
    <message>
        <source>Keep Wi-Fi passwords and one-time-password secrets in the history</source>
        <translation>Conserver les mots de passe Wi-Fi et les secrets de mots de passe à usage unique dans l’historique</translation>
    </message>
    <message>
        <source>Size &amp;limit:</source>
        <translation>Taille ma&amp;ximale :</translation>
    </message>
    <message>
        <source>At 90% of the limit the oldest scans are removed until the history is under 70%; pinned and unsynced scans are always kept.</source>
        <translation>À 90 % de la limite, les analyses les plus anciennes sont supprimées jusqu’à ce que l’historique repasse sous 70 % ; les analyses épinglées ou non synchronisées sont toujours conservées.</translation>
    </message>
    <message>
        <source>&amp;Keep scans for:</source>
        <translation>Conser&amp;ver les analyses pendant :</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Make a &amp;daily automatic backup (the last 7 are kept)</source>
        <translation>Faire une sauvegarde automatique &amp;quotidienne (les 7 dernières sont conservées)</translation>
    </message>
    <message>
        <source>Make a daily automatic backup</source>
        <translation>Faire une sauvegarde automatique quotidienne</translation>
    </message>
    <message>
        <source>Backups need the local history, which cannot be used now.</source>
        <translation>Les sauvegardes nécessitent l’historique local, qui est actuellement inutilisable.</translation>
    </message>
    <message>
        <source>Server and account</source>
        <translation>Serveur et compte</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>Adresse du se&amp;rveur :</translation>
    </message>
    <message>
        <source>Server address (empty for the local server)</source>
        <translation>Adresse du serveur (vide pour le serveur local)</translation>
    </message>
    <message>
        <source>Empty: the local server at %1</source>
        <translation>Vide : le serveur local à l’adresse %1</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>Apply the server address</source>
        <translation>Appliquer l’adresse du serveur</translation>
    </message>
    <message>
        <source>A new address is used from the next start of SafeScan.</source>
        <translation>La nouvelle adresse sera utilisée à partir du prochain démarrage de SafeScan.</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <source>Send &amp;anonymous usage statistics (no scanned content, no addresses)</source>
        <translation>Envoyer des statistiques d’utilisation anon&amp;ymes (aucun contenu analysé, aucune adresse)</translation>
    </message>
    <message>
        <source>Send anonymous usage statistics</source>
        <translation>Envoyer des statistiques d’utilisation anonymes</translation>
    </message>
    <message>
        <source>Settings are saved at once to %1.</source>
        <translation>Les paramètres sont enregistrés immédiatement dans %1.</translation>
    </message>
    <message>
        <source>⚠ Not saved: %1</source>
        <translation>⚠ Non enregistré : %1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problème : %1</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Valeur par défaut du système</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Non connecté : %1</translation>
    </message>
    <message>
        <source>History sync (end-to-end encrypted)</source>
        <translation>Synchronisation de l&apos;historique (chiffrée de bout en bout)</translation>
    </message>
</context>
<context>
    <name>SafeScan::SettingsViewModel</name>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Always ask before opening a link</source>
        <translation>Toujours demander avant d’ouvrir un lien</translation>
    </message>
    <message>
        <source>Ask unless the link is trusted by the community</source>
        <translation>Demander, sauf si la communauté juge le lien fiable</translation>
    </message>
    <message>
        <source>Choose on or off.</source>
        <translation>Choisissez activé ou désactivé.</translation>
    </message>
    <message>
        <source>Choose one of the languages listed.</source>
        <translation>Choisissez l’une des langues proposées.</translation>
    </message>
    <message>
        <source>Choose system, light or dark.</source>
        <translation>Choisissez système, clair ou sombre.</translation>
    </message>
    <message>
        <source>Choose one of the policies listed.</source>
        <translation>Choisissez l’une des options proposées.</translation>
    </message>
    <message>
        <source>Choose a camera from the list.</source>
        <translation>Choisissez une caméra dans la liste.</translation>
    </message>
    <message>
        <source>The history size limit must be a whole number of megabytes.</source>
        <translation>La taille maximale de l’historique doit être un nombre entier de mégaoctets.</translation>
    </message>
    <message>
        <source>The history size limit must be between 1 and %1 MB.</source>
        <translation>La taille maximale de l’historique doit être comprise entre 1 et %1 Mo.</translation>
    </message>
    <message>
        <source>The retention must be a whole number of days.</source>
        <translation>La durée de conservation doit être un nombre entier de jours.</translation>
    </message>
    <message>
        <source>The retention must be between 0 (keep forever) and %1 days.</source>
        <translation>La durée de conservation doit être comprise entre 0 (pour toujours) et %1 jours.</translation>
    </message>
    <message>
        <source>The server address must be text.</source>
        <translation>L’adresse du serveur doit être du texte.</translation>
    </message>
    <message>
        <source>%1 Leave it empty to use the local server.</source>
        <translation>%1 Laissez ce champ vide pour utiliser le serveur local.</translation>
    </message>
    <message>
        <source>The settings could not be saved.</source>
        <translation>Impossible d’enregistrer les paramètres.</translation>
    </message>
</context>
<context>
    <name>SafeScan::StatusPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Progress of the work under way</source>
        <translation>Progression de la tâche en cours</translation>
    </message>
    <message>
        <source>Cancel the work under way</source>
        <translation>Annuler la tâche en cours</translation>
    </message>
    <message>
        <source>%1 status</source>
        <translation>État : %1</translation>
    </message>
    <message>
        <source>Changes waiting to sync</source>
        <translation>Modifications en attente de synchronisation</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Dernière synchronisation</translation>
    </message>
    <message>
        <source>Live round-trip time</source>
        <translation>Temps d’aller-retour en direct</translation>
    </message>
    <message>
        <source>Cancel: %1</source>
        <translation>Annuler : %1</translation>
    </message>
    <message>
        <source>Sync problem</source>
        <translation>Problème de synchronisation</translation>
    </message>
</context>
<context>
    <name>SafeScan::StatusViewModel</name>
    <message>
        <source>Community API</source>
        <translation>API de la communauté</translation>
    </message>
    <message>
        <source>Live updates</source>
        <translation>Mises à jour en direct</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>dégradé</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>hors ligne</translation>
    </message>
    <message>
        <source>circuit open (paused, retrying later)</source>
        <translation>circuit ouvert (en pause, nouvel essai plus tard)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Outbox: unknown</source>
        <translation>File d’envoi : inconnue</translation>
    </message>
    <message>
        <source>Outbox: empty</source>
        <translation>File d’envoi : vide</translation>
    </message>
    <message numerus="yes">
        <source>Outbox: %n change(s) waiting to sync</source>
        <translation>
            <numerusform>File d’envoi : %n modification en attente de synchronisation</numerusform>
            <numerusform>File d’envoi : %n modifications en attente de synchronisation</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync: never</source>
        <translation>Dernière synchronisation : jamais</translation>
    </message>
    <message>
        <source>Last sync: just now</source>
        <translation>Dernière synchronisation : à l’instant</translation>
    </message>
    <message numerus="yes">
        <source>Last sync: %n minute(s) ago</source>
        <translation>
            <numerusform>Dernière synchronisation : il y a %n minute</numerusform>
            <numerusform>Dernière synchronisation : il y a %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last sync: %n hour(s) ago</source>
        <translation>
            <numerusform>Dernière synchronisation : il y a %n heure</numerusform>
            <numerusform>Dernière synchronisation : il y a %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last sync: %n day(s) ago</source>
        <translation>
            <numerusform>Dernière synchronisation : il y a %n jour</numerusform>
            <numerusform>Dernière synchronisation : il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Live round trip: %1 ms</source>
        <translation>Aller-retour en direct : %1 ms</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1 : %2 sur %3</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Échec de la synchronisation : %1</translation>
    </message>
</context>
<context>
    <name>SafeScan::SyncPassphraseModel</name>
    <message>
        <source>Changing the passphrase is not possible yet: every record on the server is sealed with the current one. To start over with a new passphrase, turn sync off on every device and delete the account&apos;s data on the server.</source>
        <translation>La phrase secrète ne peut pas encore être changée : chaque entrée sur le serveur est scellée avec l&apos;actuelle. Pour recommencer avec une nouvelle phrase secrète, désactivez la synchronisation sur chaque appareil et supprimez les données du compte sur le serveur.</translation>
    </message>
    <message>
        <source>Sign in to an account to sync the history between your devices.</source>
        <translation>Connectez-vous à un compte pour synchroniser l&apos;historique entre vos appareils.</translation>
    </message>
    <message>
        <source>History sync needs the connection to the SafeScan server, which is not set up.</source>
        <translation>La synchronisation de l&apos;historique nécessite la connexion au serveur SafeScan, qui n&apos;est pas configurée.</translation>
    </message>
    <message>
        <source>History sync is off on this device.</source>
        <translation>La synchronisation de l&apos;historique est désactivée sur cet appareil.</translation>
    </message>
    <message>
        <source>Deriving the key from the passphrase…</source>
        <translation>Dérivation de la clé à partir de la phrase secrète…</translation>
    </message>
    <message>
        <source>Checking the passphrase with the account&apos;s history on the server…</source>
        <translation>Vérification de la phrase secrète avec l&apos;historique du compte sur le serveur…</translation>
    </message>
    <message>
        <source>History sync is on: your history is end-to-end encrypted with your passphrase.</source>
        <translation>La synchronisation de l&apos;historique est activée : votre historique est chiffré de bout en bout avec votre phrase secrète.</translation>
    </message>
    <message>
        <source>History sync is on. The passphrase is checked against the account&apos;s history the next time the server can be reached; nothing is sent before that.</source>
        <translation>La synchronisation de l&apos;historique est activée. La phrase secrète sera vérifiée avec l&apos;historique du compte dès que le serveur sera joignable ; rien n&apos;est envoyé avant.</translation>
    </message>
    <message>
        <source>No keychain is available: the sync key is kept in memory only and is forgotten when SafeScan quits; you will enter the passphrase again next time. (%1)</source>
        <translation>Aucun trousseau n&apos;est disponible : la clé de synchronisation est gardée en mémoire seulement et oubliée à la fermeture de SafeScan ; vous saisirez de nouveau la phrase secrète la prochaine fois. (%1)</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same passphrase twice.</source>
        <translation>Les deux phrases secrètes diffèrent. Saisissez deux fois la même phrase secrète.</translation>
    </message>
    <message>
        <source>Choose a stronger passphrase. %1</source>
        <translation>Choisissez une phrase secrète plus solide. %1</translation>
    </message>
    <message>
        <source>The passphrase is already being checked; wait a moment.</source>
        <translation>La phrase secrète est déjà en cours de vérification ; patientez un instant.</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>Saisissez la phrase secrète.</translation>
    </message>
    <message>
        <source>The account changed while the key was derived; enter the passphrase again.</source>
        <translation>Le compte a changé pendant la dérivation de la clé ; saisissez de nouveau la phrase secrète.</translation>
    </message>
    <message>
        <source>The sync key could not be derived: %1</source>
        <translation>La clé de synchronisation n&apos;a pas pu être dérivée : %1</translation>
    </message>
    <message>
        <source>Wrong passphrase: it does not open this account&apos;s synced history. Enter the passphrase you chose on your first device. Nothing was synced with it.</source>
        <translation>Phrase secrète incorrecte : elle n&apos;ouvre pas l&apos;historique synchronisé de ce compte. Saisissez la phrase secrète choisie sur votre premier appareil. Rien n&apos;a été synchronisé avec elle.</translation>
    </message>
    <message>
        <source>The passphrase kept on this device no longer opens this account&apos;s synced history (was it changed on another device?). Sync is off; enter the account&apos;s current passphrase.</source>
        <translation>La phrase secrète gardée sur cet appareil n&apos;ouvre plus l&apos;historique synchronisé de ce compte (a-t-elle été changée sur un autre appareil ?). La synchronisation est désactivée ; saisissez la phrase secrète actuelle du compte.</translation>
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
        <translation>État de la synchronisation de l&apos;historique</translation>
    </message>
    <message>
        <source>Where the sync key is kept</source>
        <translation>Où la clé de synchronisation est gardée</translation>
    </message>
    <message>
        <source>This is my &amp;first device: choose a passphrase</source>
        <translation>C&apos;est mon &amp;premier appareil : choisir une phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Join with the passphrase of another device</source>
        <translation>&amp;Rejoindre avec la phrase secrète d&apos;un autre appareil</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Solidité de la phrase secrète</translation>
    </message>
    <message>
        <source>Turn on history s&amp;ync</source>
        <translation>Activer la s&amp;ynchronisation de l&apos;historique</translation>
    </message>
    <message>
        <source>Turn sync off on this de&amp;vice</source>
        <translation>Désactiver la synchronisation sur cet appa&amp;reil</translation>
    </message>
    <message>
        <source>Changing the passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <source>Sync passphrase problem</source>
        <translation>Problème de phrase secrète de synchronisation</translation>
    </message>
    <message>
        <source>History sync passphrase</source>
        <translation>Phrase secrète de synchronisation de l&apos;historique</translation>
    </message>
    <message>
        <source>This is my first device: choose a new sync passphrase</source>
        <translation>C&apos;est mon premier appareil : choisir une nouvelle phrase secrète de synchronisation</translation>
    </message>
    <message>
        <source>Enter the sync passphrase chosen on another device</source>
        <translation>Saisir la phrase secrète de synchronisation choisie sur un autre appareil</translation>
    </message>
    <message>
        <source>Sync passphrase</source>
        <translation>Phrase secrète de synchronisation</translation>
    </message>
    <message>
        <source>Sync passphrase again</source>
        <translation>Phrase secrète de synchronisation, de nouveau</translation>
    </message>
    <message>
        <source>Turn on history sync with this passphrase</source>
        <translation>Activer la synchronisation de l&apos;historique avec cette phrase secrète</translation>
    </message>
    <message>
        <source>Turn history sync off on this device and forget the key</source>
        <translation>Désactiver la synchronisation de l&apos;historique sur cet appareil et oublier la clé</translation>
    </message>
    <message>
        <source>Passp&amp;hrase:</source>
        <translation>P&amp;hrase secrète :</translation>
    </message>
    <message>
        <source>R&amp;epeat it:</source>
        <translation>Ré&amp;péter :</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Several words you do not use anywhere else</source>
        <translation>Plusieurs mots que vous n&apos;utilisez nulle part ailleurs</translation>
    </message>
    <message>
        <source>The passphrase of your other device</source>
        <translation>La phrase secrète de votre autre appareil</translation>
    </message>
</context>
<context>
    <name>SafeScan::VerdictText</name>
    <message>
        <source>Dangerous</source>
        <translation>Dangereux</translation>
    </message>
    <message>
        <source>Suspicious</source>
        <translation>Suspect</translation>
    </message>
    <message>
        <source>Not judged</source>
        <translation>Non jugé</translation>
    </message>
    <message>
        <source>No known risk</source>
        <translation>Aucun risque connu</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>Fiable</translation>
    </message>
    <message>
        <source>Do not open this. The checks below found a serious risk.</source>
        <translation>N’ouvrez pas ceci. Les vérifications ci-dessous ont détecté un risque sérieux.</translation>
    </message>
    <message>
        <source>Be careful: look at the real destination and the reasons before opening.</source>
        <translation>Prudence : examinez la destination réelle et les raisons avant d’ouvrir.</translation>
    </message>
    <message>
        <source>SafeScan could not judge this content. Treat it with care.</source>
        <translation>SafeScan n’a pas pu juger ce contenu. Traitez-le avec prudence.</translation>
    </message>
    <message>
        <source>The local checks found nothing wrong. That is not a guarantee.</source>
        <translation>Les vérifications locales n’ont rien détecté d’anormal. Ce n’est pas une garantie.</translation>
    </message>
    <message>
        <source>The community or a moderator confirmed this as safe.</source>
        <translation>La communauté ou un modérateur a confirmé que ceci est sûr.</translation>
    </message>
</context>
<context>
    <name>SafeScan::VideoCanvas</name>
    <message>
        <source>Camera picture</source>
        <translation>Image de la caméra</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: checking</source>
        <translation>%1 : vérification</translation>
    </message>
    <message>
        <source>No code in view</source>
        <translation>Aucun code visible</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
</context>
<context>
    <name>SafeScan::VideoFileScan</name>
    <message>
        <source>The video file cannot be read.</source>
        <translation>Le fichier vidéo est illisible.</translation>
    </message>
    <message>
        <source>The video file does not exist.</source>
        <translation>Le fichier vidéo n’existe pas.</translation>
    </message>
    <message>
        <source>The file is not a video SafeScan can play.</source>
        <translation>Ce fichier n’est pas une vidéo que SafeScan peut lire.</translation>
    </message>
    <message>
        <source>The video could not be played.</source>
        <translation>Impossible de lire la vidéo.</translation>
    </message>
</context>
</TS>
