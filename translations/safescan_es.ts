<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>SafeScan::AccountDataModel</name>
    <message>
        <source>The server no longer accepts this sign-in. Sign out, sign in again and retry.</source>
        <translation>El servidor ya no acepta este inicio de sesión. Cierre la sesión, vuelva a iniciarla e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Another account request is under way.</source>
        <translation>Ya hay otra solicitud de la cuenta en curso.</translation>
    </message>
    <message>
        <source>Sign in to export your data from the server.</source>
        <translation>Inicie sesión para exportar sus datos del servidor.</translation>
    </message>
    <message>
        <source>Choose a file for the export.</source>
        <translation>Elija un archivo para la exportación.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>La exportación falló: %1</translation>
    </message>
    <message>
        <source>The export could not be written to %1: %2</source>
        <translation>No se pudo escribir la exportación en %1: %2</translation>
    </message>
    <message>
        <source>Your server data was exported to %1 (%2 votes, %3 reports, %4 synced records).</source>
        <translation>Sus datos del servidor se exportaron a %1 (%2 votos, %3 denuncias, %4 registros sincronizados).</translation>
    </message>
    <message>
        <source>Sign in to delete your account on the server.</source>
        <translation>Inicie sesión para eliminar su cuenta en el servidor.</translation>
    </message>
    <message>
        <source>The account was not deleted: %1</source>
        <translation>La cuenta no se eliminó: %1</translation>
    </message>
    <message>
        <source>The account %1 was deleted on the server (%2 synced records removed, %3 votes kept only as anonymous totals). This device is signed out.</source>
        <translation>La cuenta %1 se eliminó en el servidor (%2 registros sincronizados borrados, %3 votos conservados solo como totales anónimos). Se cerró la sesión en este dispositivo.</translation>
    </message>
    <message>
        <source>The server no longer knows this sign-in; the account is gone or the session ended. This device is signed out.</source>
        <translation>El servidor ya no reconoce este inicio de sesión; la cuenta ya no existe o la sesión terminó. Se cerró la sesión en este dispositivo.</translation>
    </message>
</context>
<context>
    <name>SafeScan::AccountDataPanel</name>
    <message>
        <source>E&amp;xport my server data…</source>
        <translation>E&amp;xportar mis datos del servidor…</translation>
    </message>
    <message>
        <source>&amp;Delete my account…</source>
        <translation>&amp;Borrar mi cuenta…</translation>
    </message>
    <message>
        <source>My data on the server</source>
        <translation>Mis datos en el servidor</translation>
    </message>
    <message>
        <source>Export everything the server holds about my account to a file</source>
        <translation>Exportar a un archivo todo lo que el servidor guarda sobre mi cuenta</translation>
    </message>
    <message>
        <source>Delete my account on the server</source>
        <translation>Borrar mi cuenta en el servidor</translation>
    </message>
    <message>
        <source>Account data status</source>
        <translation>Estado de los datos de la cuenta</translation>
    </message>
    <message>
        <source>Delete your account?</source>
        <translation>¿Borrar su cuenta?</translation>
    </message>
    <message>
        <source>Delete my account</source>
        <translation>Borrar mi cuenta</translation>
    </message>
    <message>
        <source>Export my server data</source>
        <translation>Exportar mis datos del servidor</translation>
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
        <translation>Exportando sus datos del servidor…</translation>
    </message>
    <message>
        <source>This deletes your account on the server: your synced history, your sessions on every device and your sign-in. Your votes are kept only as anonymous totals; reports you sent stay with the moderators without your name. The history on this computer stays.

This cannot be undone. Export your data first if you want a copy.</source>
        <translation>Esto elimina su cuenta en el servidor: su historial sincronizado, sus sesiones en todos los dispositivos y su acceso. Sus votos se conservan solo como totales anónimos; las denuncias que envió quedan en manos de los moderadores sin su nombre. El historial de este equipo se conserva.

Esta acción no se puede deshacer. Si quiere una copia, exporte antes sus datos.</translation>
    </message>
    <message>
        <source>Deleting your account…</source>
        <translation>Eliminando su cuenta…</translation>
    </message>
</context>
<context>
    <name>SafeScan::AccountPanel</name>
    <message>
        <source>Sign &amp;in</source>
        <translation>Inicia&amp;r sesión</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Ce&amp;rrar sesión</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Account status</source>
        <translation>Estado de la cuenta</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Sign in to the SafeScan server</source>
        <translation>Iniciar sesión en el servidor de SafeScan</translation>
    </message>
    <message>
        <source>Sign out of the SafeScan server</source>
        <translation>Cerrar sesión en el servidor de SafeScan</translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation>Problema al iniciar sesión</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Co&amp;ntraseña:</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Signing in comes with the server connection, which this build has not set up yet. Scanning and the local checks work without an account.</source>
        <translation>El inicio de sesión depende de la conexión con el servidor, que esta versión aún no tiene configurada. El escaneo y las comprobaciones locales funcionan sin cuenta.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Sesión iniciada como %1.</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2).</source>
        <translation>Sesión iniciada como %1 (%2).</translation>
    </message>
    <message>
        <source>Not signed in. Sign in to vote and to sync your history.</source>
        <translation>No ha iniciado sesión. Inicie sesión para votar y sincronizar su historial.</translation>
    </message>
</context>
<context>
    <name>SafeScan::AccountViewModel</name>
    <message>
        <source>Signing in needs the connection to the SafeScan server, which is not set up.</source>
        <translation>Para iniciar sesión se necesita la conexión con el servidor de SafeScan, que no está configurada.</translation>
    </message>
    <message>
        <source>Signing in is already under way.</source>
        <translation>El inicio de sesión ya está en curso.</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Introduzca su nombre de usuario y su contraseña.</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>El nombre de usuario o la contraseña no son correctos.</translation>
    </message>
    <message>
        <source>Could not sign in: %1</source>
        <translation>No se pudo iniciar sesión: %1</translation>
    </message>
</context>
<context>
    <name>SafeScan::AnalyticsSettingsModel</name>
    <message numerus="yes">
        <source>When you turn this on, SafeScan records how it is used: that it started (and its version), each scan&apos;s payload type, verdict level, source and decode time, that you voted (safe, unsafe or retracted) or reported, the result of each sync and the kind of errors. It never records what a code contains, a hash of it, a web address, your account or any identifier of this computer: events carry a random id that changes every day. Events are sent in batches and kept here for %n day(s) so you can see and export them.</source>
        <translation>
            <numerusform>Si activa esta opción, SafeScan registra cómo se usa: que se ha iniciado (y su versión), el tipo de contenido, el nivel de veredicto, el origen y el tiempo de decodificación de cada escaneo, que ha votado (seguro, no seguro o retirado) o denunciado, el resultado de cada sincronización y el tipo de errores. Nunca registra lo que contiene un código, su hash, una dirección web, su cuenta ni ningún identificador de este equipo: los eventos llevan un id aleatorio que cambia cada día. Los eventos se envían por lotes y se guardan aquí durante %n día para que pueda verlos y exportarlos.</numerusform>
            <numerusform>Si activa esta opción, SafeScan registra cómo se usa: que se ha iniciado (y su versión), el tipo de contenido, el nivel de veredicto, el origen y el tiempo de decodificación de cada escaneo, que ha votado (seguro, no seguro o retirado) o denunciado, el resultado de cada sincronización y el tipo de errores. Nunca registra lo que contiene un código, su hash, una dirección web, su cuenta ni ningún identificador de este equipo: los eventos llevan un id aleatorio que cambia cada día. Los eventos se envían por lotes y se guardan aquí durante %n días para que pueda verlos y exportarlos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SafeScan::AuditModel</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Only moderators can read the audit log.</source>
        <translation>Solo los moderadores pueden leer el registro de auditoría.</translation>
    </message>
</context>
<context>
    <name>SafeScan::BackupPanel</name>
    <message>
        <source>&amp;Back up now…</source>
        <translation>Hacer co&amp;pia ahora…</translation>
    </message>
    <message>
        <source>&amp;Restore from file…</source>
        <translation>Restaurar desde arc&amp;hivo…</translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation>Restaurar la copia de seguridad seleccionada</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Back up the history now to a file</source>
        <translation>Hacer ahora una copia de seguridad del historial en un archivo</translation>
    </message>
    <message>
        <source>Restore the history from a backup file</source>
        <translation>Restaurar el historial desde un archivo de copia de seguridad</translation>
    </message>
    <message>
        <source>Restore the history from the selected automatic backup</source>
        <translation>Restaurar el historial desde la copia automática seleccionada</translation>
    </message>
    <message>
        <source>Automatic backups, newest first</source>
        <translation>Copias automáticas, las más recientes primero</translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation>Progreso de la copia de seguridad</translation>
    </message>
    <message>
        <source>Backup status</source>
        <translation>Estado de la copia de seguridad</translation>
    </message>
    <message>
        <source>Automatic &amp;backups:</source>
        <translation>Copias de se&amp;guridad automáticas:</translation>
    </message>
    <message>
        <source>Restore the history?</source>
        <translation>¿Restaurar el historial?</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>Copia de seguridad guardada en %1.</translation>
    </message>
    <message>
        <source>⚠ The backup failed: %1</source>
        <translation>⚠ La copia de seguridad falló: %1</translation>
    </message>
    <message>
        <source>The history was restored from %1. The history as it was is kept as %2.</source>
        <translation>El historial se restauró desde %1. El historial anterior se conserva como %2.</translation>
    </message>
    <message>
        <source>⚠ Nothing was restored: %1 Your history is unchanged.</source>
        <translation>⚠ No se restauró nada: %1 Su historial no ha cambiado.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No automatic backup yet.</source>
        <translation>Todavía no hay ninguna copia automática.</translation>
    </message>
    <message>
        <source>Back up the history</source>
        <translation>Hacer copia de seguridad del historial</translation>
    </message>
    <message>
        <source>SafeScan backup (*.sqlite)</source>
        <translation>Copia de seguridad de SafeScan (*.sqlite)</translation>
    </message>
    <message>
        <source>Restore the history from a backup</source>
        <translation>Restaurar el historial desde una copia de seguridad</translation>
    </message>
    <message>
        <source>SafeScan backup (*.sqlite);;All files (*)</source>
        <translation>Copia de seguridad de SafeScan (*.sqlite);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>A backup or restore is already running.</source>
        <translation>Ya hay una copia de seguridad o una restauración en curso.</translation>
    </message>
    <message>
        <source>Backing up to %1…</source>
        <translation>Haciendo copia de seguridad en %1…</translation>
    </message>
    <message>
        <source>Replace your whole history with the content of %1?

The history as it is now is first kept as a copy beside the database, so nothing is lost.</source>
        <translation>¿Reemplazar todo su historial por el contenido de %1?

Antes se guarda una copia del historial actual junto a la base de datos, así que no se pierde nada.</translation>
    </message>
    <message>
        <source>Restore cancelled; nothing was changed.</source>
        <translation>Restauración cancelada; no se cambió nada.</translation>
    </message>
    <message>
        <source>Restoring from %1…</source>
        <translation>Restaurando desde %1…</translation>
    </message>
</context>
<context>
    <name>SafeScan::CameraPanel</name>
    <message>
        <source>Mirror</source>
        <translation>Espejo</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <source>Camera to use</source>
        <translation>Cámara que se usará</translation>
    </message>
    <message>
        <source>Pause or resume the camera</source>
        <translation>Pausar o reanudar la cámara</translation>
    </message>
    <message>
        <source>Mirror the camera picture</source>
        <translation>Reflejar la imagen de la cámara</translation>
    </message>
    <message>
        <source>Try the camera again</source>
        <translation>Volver a intentar con la cámara</translation>
    </message>
    <message>
        <source>Camera:</source>
        <translation>Cámara:</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Start camera</source>
        <translation>Iniciar cámara</translation>
    </message>
</context>
<context>
    <name>SafeScan::CameraStatus</name>
    <message>
        <source>No camera found</source>
        <translation>No se encontró ninguna cámara</translation>
    </message>
    <message>
        <source>Connect a camera and it will appear here. Meanwhile, open an image (Ctrl+O), paste one (Ctrl+V) or drop files on this window.</source>
        <translation>Conecte una cámara y aparecerá aquí. Mientras tanto, abra una imagen (Ctrl+O), pegue una (Ctrl+V) o arrastre archivos a esta ventana.</translation>
    </message>
    <message>
        <source>Camera off</source>
        <translation>Cámara apagada</translation>
    </message>
    <message>
        <source>Press “Start camera” to scan live.</source>
        <translation>Pulse “Iniciar cámara” para escanear en directo.</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Press “Start camera” to resume scanning.</source>
        <translation>Pulse “Iniciar cámara” para reanudar el escaneo.</translation>
    </message>
    <message>
        <source>SafeScan may not use the camera</source>
        <translation>SafeScan no tiene permiso para usar la cámara</translation>
    </message>
    <message>
        <source>Allow camera access for SafeScan in your system&apos;s privacy settings (on Linux: membership of the “video” group), then press “Try again”.
%1</source>
        <translation>Permita el acceso de SafeScan a la cámara en los ajustes de privacidad del sistema (en Linux: pertenencia al grupo “video”) y pulse “Reintentar”.
%1</translation>
    </message>
    <message>
        <source>The camera is busy</source>
        <translation>La cámara está ocupada</translation>
    </message>
    <message>
        <source>Another application is using it. Close that application, then press “Try again”.
%1</source>
        <translation>Otra aplicación la está usando. Cierre esa aplicación y pulse “Reintentar”.
%1</translation>
    </message>
    <message>
        <source>The camera was disconnected</source>
        <translation>La cámara se desconectó</translation>
    </message>
    <message>
        <source>Plug it back in, or choose another camera above, then press “Try again”.</source>
        <translation>Vuelva a conectarla, o elija otra cámara arriba, y pulse “Reintentar”.</translation>
    </message>
    <message>
        <source>The camera stopped with an error</source>
        <translation>La cámara se detuvo por un error</translation>
    </message>
    <message>
        <source>%1
Press “Try again”, or choose another camera.</source>
        <translation>%1
Pulse “Reintentar” o elija otra cámara.</translation>
    </message>
</context>
<context>
    <name>SafeScan::ChartCard</name>
    <message>
        <source>Export PNG</source>
        <translation>Exportar PNG</translation>
    </message>
    <message>
        <source>Export the chart &quot;%1&quot; as a PNG image</source>
        <translation>Exportar el gráfico &quot;%1&quot; como imagen PNG</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <source>Export the data of &quot;%1&quot; as CSV</source>
        <translation>Exportar los datos de &quot;%1&quot; como CSV</translation>
    </message>
    <message>
        <source>Chart: %1</source>
        <translation>Gráfico: %1</translation>
    </message>
    <message>
        <source>%1: no data</source>
        <translation>%1: sin datos</translation>
    </message>
    <message>
        <source>Hour (UTC)</source>
        <translation>Hora (UTC)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>%1: %2 points, total %3</source>
        <translation>%1: %2 puntos, total %3</translation>
    </message>
    <message>
        <source>; %1: total %2</source>
        <translation>; %1: total %2</translation>
    </message>
    <message>
        <source>No data for this period.</source>
        <translation>No hay datos para este periodo.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot write the image %1.</source>
        <translation>No se puede escribir la imagen %1.</translation>
    </message>
</context>
<context>
    <name>SafeScan::CommunityAccount</name>
    <message>
        <source>Not connected: no device token and not signed in</source>
        <translation>Sin conexión: no hay token de dispositivo ni sesión iniciada</translation>
    </message>
    <message>
        <source>This device (anonymous device token), not signed in</source>
        <translation>Este dispositivo (token de dispositivo anónimo), sin sesión iniciada</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Sesión iniciada como %1 (%2)</translation>
    </message>
</context>
<context>
    <name>SafeScan::CommunityClient</name>
    <message>
        <source>Queued: sent when the server can be reached (%1)</source>
        <translation>En cola: se enviará cuando se pueda contactar con el servidor (%1)</translation>
    </message>
</context>
<context>
    <name>SafeScan::CommunityDashboardPanel</name>
    <message>
        <source>Community dashboard: first day</source>
        <translation>Panel de la comunidad: primer día</translation>
    </message>
    <message>
        <source>Community dashboard: last day</source>
        <translation>Panel de la comunidad: último día</translation>
    </message>
    <message>
        <source>Compare with the previous period</source>
        <translation>Comparar con el periodo anterior</translation>
    </message>
    <message>
        <source>Compare the community data with the previous period</source>
        <translation>Comparar los datos de la comunidad con el periodo anterior</translation>
    </message>
    <message>
        <source>Metric of the time series</source>
        <translation>Métrica de la serie temporal</translation>
    </message>
    <message>
        <source>Time step of the time series</source>
        <translation>Intervalo de la serie temporal</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>Por día</translation>
    </message>
    <message>
        <source>By hour</source>
        <translation>Por hora</translation>
    </message>
    <message>
        <source>Filter by payload type</source>
        <translation>Filtrar por tipo de contenido</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Filter by verdict</source>
        <translation>Filtrar por veredicto</translation>
    </message>
    <message>
        <source>All verdicts</source>
        <translation>Todos los veredictos</translation>
    </message>
    <message>
        <source>Filter by source</source>
        <translation>Filtrar por origen</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Todos los orígenes</translation>
    </message>
    <message>
        <source>Distribution by</source>
        <translation>Distribución por</translation>
    </message>
    <message>
        <source>Top list</source>
        <translation>Lista de principales</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Live refresh interval in seconds (0: off)</source>
        <translation>Intervalo de actualización en directo en segundos (0: desactivado)</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>&amp;Actualizar ahora</translation>
    </message>
    <message>
        <source>Refresh the community dashboard now</source>
        <translation>Actualizar ahora el panel de la comunidad</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Intervalo</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Bars</source>
        <translation>Barras</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Principales</translation>
    </message>
    <message>
        <source>Live refresh</source>
        <translation>Actualización en directo</translation>
    </message>
    <message>
        <source>Community dashboard status</source>
        <translation>Estado del panel de la comunidad</translation>
    </message>
    <message>
        <source>Community summary</source>
        <translation>Resumen de la comunidad</translation>
    </message>
    <message>
        <source>Time series</source>
        <translation>Serie temporal</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Distribución</translation>
    </message>
    <message>
        <source>&lt;b&gt;Top items&lt;/b&gt; (by hash; content is never shown)</source>
        <translation>&lt;b&gt;Elementos principales&lt;/b&gt; (por hash; el contenido nunca se muestra)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <source>Export the top items as CSV</source>
        <translation>Exportar los elementos principales como CSV</translation>
    </message>
    <message>
        <source>Top items</source>
        <translation>Elementos principales</translation>
    </message>
    <message>
        <source>Item hash</source>
        <translation>Hash del elemento</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votos</translation>
    </message>
    <message>
        <source>Safe</source>
        <translation>Seguro</translation>
    </message>
    <message>
        <source>Unsafe</source>
        <translation>No seguro</translation>
    </message>
    <message>
        <source>The first day is after the last day; choose a range that ends after it starts.</source>
        <translation>El primer día es posterior al último; elija un intervalo que termine después de empezar.</translation>
    </message>
    <message>
        <source>The community dashboard loads when it is shown.</source>
        <translation>El panel de la comunidad se carga cuando se muestra.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Updated %1.</source>
        <translation>Actualizado: %1.</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problema: %1</translation>
    </message>
    <message>
        <source>%1, previous period</source>
        <translation>%1, periodo anterior</translation>
    </message>
    <message>
        <source>Events: %1 · flagged voters: %2 · quarantined voters: %3</source>
        <translation>Eventos: %1 · votantes señalados: %2 · votantes en cuarentena: %3</translation>
    </message>
    <message>
        <source>Export the chart as PNG</source>
        <translation>Exportar el gráfico como PNG</translation>
    </message>
    <message>
        <source>Export the data as CSV</source>
        <translation>Exportar los datos como CSV</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>La exportación falló</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exportado a %1.</translation>
    </message>
</context>
<context>
    <name>SafeScan::CommunityText</name>
    <message>
        <source>Rated safe</source>
        <translation>Calificado como seguro</translation>
    </message>
    <message>
        <source>Rated unsafe</source>
        <translation>Calificado como no seguro</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>En disputa</translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation>Aún sin calificar</translation>
    </message>
    <message>
        <source> by a moderator</source>
        <translation> por un moderador</translation>
    </message>
    <message>
        <source>no votes</source>
        <translation>sin votos</translation>
    </message>
    <message numerus="yes">
        <source>%1% safe · confidence %2% · %n vote(s) (%3 safe, %4 unsafe)</source>
        <translation>
            <numerusform>%1% seguro · confianza %2% · %n voto (%3 seguro, %4 no seguro)</numerusform>
            <numerusform>%1% seguro · confianza %2% · %n votos (%3 seguros, %4 no seguros)</numerusform>
        </translation>
    </message>
    <message>
        <source>not connected to a SafeScan server</source>
        <translation>sin conexión con un servidor de SafeScan</translation>
    </message>
    <message>
        <source>asking the community…</source>
        <translation>consultando a la comunidad…</translation>
    </message>
    <message>
        <source>cached</source>
        <translation>en caché</translation>
    </message>
    <message>
        <source>offline: showing the last known rating</source>
        <translation>sin conexión: se muestra la última calificación conocida</translation>
    </message>
    <message>
        <source>unknown: the server could not be reached and nothing is cached</source>
        <translation>desconocido: no se pudo contactar con el servidor y no hay nada en caché</translation>
    </message>
    <message>
        <source>You have not voted</source>
        <translation>No ha votado</translation>
    </message>
    <message>
        <source>You voted safe</source>
        <translation>Votó que es seguro</translation>
    </message>
    <message>
        <source>You voted unsafe</source>
        <translation>Votó que no es seguro</translation>
    </message>
    <message>
        <source>The SafeScan server cannot be reached.</source>
        <translation>No se puede contactar con el servidor de SafeScan.</translation>
    </message>
    <message>
        <source>The SafeScan server failed several times; SafeScan waits a minute before asking again.</source>
        <translation>El servidor de SafeScan falló varias veces; SafeScan espera un minuto antes de volver a consultar.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read.</source>
        <translation>No se pudo leer la respuesta del servidor.</translation>
    </message>
    <message>
        <source>Sign in (or register this device) in Settings first.</source>
        <translation>Primero inicie sesión (o registre este dispositivo) en Ajustes.</translation>
    </message>
    <message>
        <source>No SafeScan server is set in Settings.</source>
        <translation>No hay ningún servidor de SafeScan configurado en Ajustes.</translation>
    </message>
    <message numerus="yes">
        <source>Too many requests; try again in %n second(s).</source>
        <translation>
            <numerusform>Demasiadas solicitudes; inténtelo de nuevo en %n segundo.</numerusform>
            <numerusform>Demasiadas solicitudes; inténtelo de nuevo en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many requests; try again later.</source>
        <translation>Demasiadas solicitudes; inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>The server did not accept your sign-in; sign in again in Settings.</source>
        <translation>El servidor no aceptó su inicio de sesión; vuelva a iniciar sesión en Ajustes.</translation>
    </message>
    <message>
        <source>Your account may not do this.</source>
        <translation>Su cuenta no tiene permiso para hacer esto.</translation>
    </message>
    <message>
        <source>The server no longer knows this item (it may have been resolved already).</source>
        <translation>El servidor ya no conoce este elemento (puede que ya se haya resuelto).</translation>
    </message>
    <message>
        <source>The item carries the opposite decision; clear that decision first.</source>
        <translation>El elemento tiene la decisión contraria; primero anule esa decisión.</translation>
    </message>
    <message>
        <source>The server had a problem (%1); try again later.</source>
        <translation>El servidor tuvo un problema (%1); inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>The server refused the request (%1).</source>
        <translation>El servidor rechazó la solicitud (%1).</translation>
    </message>
    <message>
        <source>The server refused the request: %1</source>
        <translation>El servidor rechazó la solicitud: %1</translation>
    </message>
    <message>
        <source>Spam quarantine</source>
        <translation>Cuarentena por spam</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Añadir usuario</translation>
    </message>
    <message>
        <source>Set role</source>
        <translation>Asignar rol</translation>
    </message>
    <message>
        <source>Confirm safe</source>
        <translation>Confirmar como seguro</translation>
    </message>
    <message>
        <source>Confirm unsafe</source>
        <translation>Confirmar como no seguro</translation>
    </message>
    <message>
        <source>Clear decision</source>
        <translation>Anular decisión</translation>
    </message>
    <message>
        <source>Dismiss reports</source>
        <translation>Descartar denuncias</translation>
    </message>
    <message>
        <source>Quarantine voter</source>
        <translation>Poner votante en cuarentena</translation>
    </message>
    <message>
        <source>Restore voter</source>
        <translation>Restablecer votante</translation>
    </message>
    <message>
        <source>Lock rating</source>
        <translation>Bloquear calificación</translation>
    </message>
    <message>
        <source>Unlock rating</source>
        <translation>Desbloquear calificación</translation>
    </message>
    <message>
        <source>Phishing (steals passwords or data)</source>
        <translation>Phishing (roba contraseñas o datos)</translation>
    </message>
    <message>
        <source>Malware (harmful download)</source>
        <translation>Malware (descarga dañina)</translation>
    </message>
    <message>
        <source>Scam or fraud</source>
        <translation>Estafa o fraude</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Otro motivo</translation>
    </message>
</context>
<context>
    <name>SafeScan::CommunityView</name>
    <message>
        <source>Community</source>
        <translation>Comunidad</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Community&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Comunidad&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Sign in or out in Settings.</source>
        <translation>Inicie o cierre sesión en Ajustes.</translation>
    </message>
    <message>
        <source>&amp;Look up:</source>
        <translation>&amp;Consultar:</translation>
    </message>
    <message>
        <source>A link or any text; only an anonymous prefix of its fingerprint is sent</source>
        <translation>Un enlace o cualquier texto; solo se envía un prefijo anónimo de su huella digital</translation>
    </message>
    <message>
        <source>Link or text to look up</source>
        <translation>Enlace o texto que consultar</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>Consultar</translation>
    </message>
    <message>
        <source>Look up the community rating</source>
        <translation>Consultar la calificación de la comunidad</translation>
    </message>
    <message>
        <source>Community rating found</source>
        <translation>Calificación de la comunidad encontrada</translation>
    </message>
    <message>
        <source>My votes and reports</source>
        <translation>Mis votos y denuncias</translation>
    </message>
    <message>
        <source>My votes</source>
        <translation>Mis votos</translation>
    </message>
    <message>
        <source>&amp;Retract vote</source>
        <translation>&amp;Retirar voto</translation>
    </message>
    <message>
        <source>Retract the selected vote</source>
        <translation>Retirar el voto seleccionado</translation>
    </message>
    <message>
        <source>Retract the selected vote (Delete)</source>
        <translation>Retirar el voto seleccionado (Supr)</translation>
    </message>
    <message>
        <source>My &amp;votes</source>
        <translation>Mis &amp;votos</translation>
    </message>
    <message>
        <source>My reports</source>
        <translation>Mis denuncias</translation>
    </message>
    <message>
        <source>My re&amp;ports</source>
        <translation>Mis &amp;denuncias</translation>
    </message>
    <message>
        <source>Community message</source>
        <translation>Mensaje de la comunidad</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Asking the community…</source>
        <translation>Consultando a la comunidad…</translation>
    </message>
</context>
<context>
    <name>SafeScan::CommunityViewModel</name>
    <message>
        <source>item %1…</source>
        <translation>elemento %1…</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>My vote</source>
        <translation>Mi voto</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Community rating</source>
        <translation>Calificación de la comunidad</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Content shared</source>
        <translation>Contenido compartido</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Your votes cannot be read: %1</source>
        <translation>No se pueden leer sus votos: %1</translation>
    </message>
    <message>
        <source>Safe</source>
        <translation>Seguro</translation>
    </message>
    <message>
        <source>Unsafe</source>
        <translation>No seguro</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Pendiente de envío</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Received (#%1)</source>
        <translation>Recibido (n.º %1)</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>No enviado: %1</translation>
    </message>
    <message>
        <source>Your vote could not be retracted: %1</source>
        <translation>No se pudo retirar su voto: %1</translation>
    </message>
    <message>
        <source>Retracted on this device; the server will be told later. %1</source>
        <translation>Retirado en este dispositivo; se comunicará al servidor más tarde. %1</translation>
    </message>
    <message>
        <source>Your vote was retracted.</source>
        <translation>Su voto se retiró.</translation>
    </message>
    <message>
        <source>Type or paste a link or any text to look up.</source>
        <translation>Escriba o pegue un enlace o cualquier texto para consultarlo.</translation>
    </message>
</context>
<context>
    <name>SafeScan::DashboardCsv</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>SafeScan::DashboardLabels</name>
    <message>
        <source>Camera</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <source>Image file</source>
        <translation>Archivo de imagen</translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation>Portapapeles</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Pantalla</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importación</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>Escaneos</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votos</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Denuncias</translation>
    </message>
    <message>
        <source>Spam blocked</source>
        <translation>Spam bloqueado</translation>
    </message>
    <message>
        <source>Moderation actions</source>
        <translation>Acciones de moderación</translation>
    </message>
    <message>
        <source>Sync errors</source>
        <translation>Errores de sincronización</translation>
    </message>
    <message>
        <source>Verdict levels</source>
        <translation>Niveles de veredicto</translation>
    </message>
    <message>
        <source>Payload types</source>
        <translation>Tipos de contenido</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Orígenes</translation>
    </message>
    <message>
        <source>Most voted items</source>
        <translation>Elementos más votados</translation>
    </message>
    <message>
        <source>Most disputed items</source>
        <translation>Elementos más disputados</translation>
    </message>
</context>
<context>
    <name>SafeScan::DashboardView</name>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation>Paneles</translation>
    </message>
    <message>
        <source>&amp;My scans</source>
        <translation>&amp;Mis escaneos</translation>
    </message>
    <message>
        <source>&amp;Community</source>
        <translation>&amp;Comunidad</translation>
    </message>
</context>
<context>
    <name>SafeScan::DashboardViewModel</name>
    <message>
        <source>The SafeScan server cannot be reached; the dashboard will try again.</source>
        <translation>No se puede contactar con el servidor de SafeScan; el panel volverá a intentarlo.</translation>
    </message>
    <message>
        <source>The analytics service failed several times; the dashboard waits a minute before trying again.</source>
        <translation>El servicio de analítica falló varias veces; el panel espera un minuto antes de volver a intentarlo.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read: %1</source>
        <translation>No se pudo leer la respuesta del servidor: %1</translation>
    </message>
    <message>
        <source>Sign in with an analyst account to see the community dashboards.</source>
        <translation>Inicie sesión con una cuenta de analista para ver los paneles de la comunidad.</translation>
    </message>
    <message>
        <source>The dashboard cannot ask for this: %1</source>
        <translation>El panel no puede solicitar esto: %1</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La solicitud se canceló.</translation>
    </message>
    <message>
        <source>Your session has expired; sign in again to see the community dashboards.</source>
        <translation>Su sesión ha caducado; vuelva a iniciar sesión para ver los paneles de la comunidad.</translation>
    </message>
    <message>
        <source>The community dashboards are for accounts with the analyst role.</source>
        <translation>Los paneles de la comunidad son para cuentas con el rol de analista.</translation>
    </message>
    <message>
        <source>The server refused the request: %1</source>
        <translation>El servidor rechazó la solicitud: %1</translation>
    </message>
    <message>
        <source>The server asks to slow down; the dashboard will try again shortly.</source>
        <translation>El servidor pide reducir el ritmo; el panel volverá a intentarlo en breve.</translation>
    </message>
    <message>
        <source>The server failed to answer (HTTP %1); the dashboard will try again.</source>
        <translation>El servidor no respondió (HTTP %1); el panel volverá a intentarlo.</translation>
    </message>
</context>
<context>
    <name>SafeScan::DatabaseRecovery</name>
    <message>
        <source>There is no database yet; a new one will be created.</source>
        <translation>Todavía no hay base de datos; se creará una nueva.</translation>
    </message>
    <message>
        <source>SafeScan cannot use &quot;%1&quot; as its database because it is not a file.</source>
        <translation>SafeScan no puede usar &quot;%1&quot; como base de datos porque no es un archivo.</translation>
    </message>
    <message>
        <source>The database file is empty; a new database will be set up in it.</source>
        <translation>El archivo de la base de datos está vacío; se creará en él una base de datos nueva.</translation>
    </message>
    <message>
        <source>The database passed its integrity check.</source>
        <translation>La base de datos superó la comprobación de integridad.</translation>
    </message>
    <message>
        <source>SafeScan cannot open its database &quot;%1&quot; (%2); nothing was changed.</source>
        <translation>SafeScan no puede abrir su base de datos &quot;%1&quot; (%2); no se cambió nada.</translation>
    </message>
    <message>
        <source>SafeScan&apos;s database is damaged and its backup could not be copied into place (%1), so nothing was changed.</source>
        <translation>La base de datos de SafeScan está dañada y no se pudo copiar su copia de seguridad en su lugar (%1), así que no se cambió nada.</translation>
    </message>
    <message>
        <source>SafeScan&apos;s database is damaged and could not be set aside (%1), so it cannot be used until the folder &quot;%2&quot; is writable; nothing was changed.</source>
        <translation>La base de datos de SafeScan está dañada y no se pudo apartar (%1), así que no se puede usar hasta que se pueda escribir en la carpeta &quot;%2&quot;; no se cambió nada.</translation>
    </message>
    <message>
        <source>SafeScan&apos;s database was damaged and has been set aside as &quot;%1&quot;, but its backup could not be put in its place (%2).</source>
        <translation>La base de datos de SafeScan estaba dañada y se ha apartado como &quot;%1&quot;, pero no se pudo poner su copia de seguridad en su lugar (%2).</translation>
    </message>
    <message>
        <source>SafeScan&apos;s database was damaged, so it was set aside as &quot;%1&quot; and the backup of %2 was restored; anything saved after that backup is only in the damaged copy.</source>
        <translation>La base de datos de SafeScan estaba dañada, así que se apartó como &quot;%1&quot; y se restauró la copia de seguridad del %2; lo guardado después de esa copia solo está en la copia dañada.</translation>
    </message>
    <message>
        <source>SafeScan&apos;s database was damaged and there was no backup, so it was set aside as &quot;%1&quot; and a new, empty database was started.</source>
        <translation>La base de datos de SafeScan estaba dañada y no había copia de seguridad, así que se apartó como &quot;%1&quot; y se creó una base de datos nueva y vacía.</translation>
    </message>
</context>
<context>
    <name>SafeScan::GuiCommand</name>
    <message>
        <source>Opening your history…</source>
        <translation>Abriendo su historial…</translation>
    </message>
    <message>
        <source>Opening your history</source>
        <translation>Abriendo su historial</translation>
    </message>
</context>
<context>
    <name>SafeScan::HistoryJobs</name>
    <message>
        <source>Import failed: %1 Nothing was changed.</source>
        <translation>La importación falló: %1 No se cambió nada.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n scan(s).</source>
        <translation>
            <numerusform>Se importó %n escaneo.</numerusform>
            <numerusform>Se importaron %n escaneos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the history (skipped).</source>
        <translation>
            <numerusform>%n ya estaba en el historial (omitido).</numerusform>
            <numerusform>%n ya estaban en el historial (omitidos).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) could not be read and were skipped:</source>
        <translation>
            <numerusform>%n registro no se pudo leer y se omitió:</numerusform>
            <numerusform>%n registros no se pudieron leer y se omitieron:</numerusform>
        </translation>
    </message>
    <message>
        <source>record %1: %2;</source>
        <translation>registro %1: %2;</translation>
    </message>
    <message numerus="yes">
        <source>and %n more.</source>
        <translation>
            <numerusform>y %n más.</numerusform>
            <numerusform>y %n más.</numerusform>
        </translation>
    </message>
    <message>
        <source>Then the import stopped: %1</source>
        <translation>Después, la importación se detuvo: %1</translation>
    </message>
    <message>
        <source>Re-check failed: %1</source>
        <translation>La nueva comprobación falló: %1</translation>
    </message>
    <message numerus="yes">
        <source>Re-check cancelled after %n scan(s);</source>
        <translation>
            <numerusform>Nueva comprobación cancelada tras %n escaneo;</numerusform>
            <numerusform>Nueva comprobación cancelada tras %n escaneos;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re-checked %n scan(s);</source>
        <translation>
            <numerusform>Se volvió a comprobar %n escaneo;</numerusform>
            <numerusform>Se volvieron a comprobar %n escaneos;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n verdict(s) changed.</source>
        <translation>
            <numerusform>cambió %n veredicto.</numerusform>
            <numerusform>cambiaron %n veredictos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) stored without their original content were left as they were.</source>
        <translation>
            <numerusform>%n escaneo guardado sin su contenido original se dejó como estaba.</numerusform>
            <numerusform>%n escaneos guardados sin su contenido original se dejaron como estaban.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SafeScan::HistoryTableModel</name>
    <message>
        <source>Camera</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <source>Image file</source>
        <translation>Archivo de imagen</translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation>Portapapeles</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Pantalla</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importación</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Fijado</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Fijar</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>Escaneado</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>The note could not be saved: %1</source>
        <translation>No se pudo guardar la nota: %1</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>No se pudo leer el historial: %1</translation>
    </message>
    <message>
        <source>Could not change the pin: %1</source>
        <translation>No se pudo cambiar la fijación: %1</translation>
    </message>
    <message>
        <source>A scan could not be deleted: %1</source>
        <translation>No se pudo eliminar un escaneo: %1</translation>
    </message>
</context>
<context>
    <name>SafeScan::HistoryView</name>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>The history cannot be shown: %1</source>
        <translation>No se puede mostrar el historial: %1</translation>
    </message>
    <message>
        <source>History unavailable</source>
        <translation>Historial no disponible</translation>
    </message>
    <message>
        <source>Search content, notes and sites (Ctrl+F)</source>
        <translation>Buscar en contenido, notas y sitios (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>Buscar en el historial</translation>
    </message>
    <message>
        <source>Filter by type</source>
        <translation>Filtrar por tipo</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Filter by verdict</source>
        <translation>Filtrar por veredicto</translation>
    </message>
    <message>
        <source>All verdicts</source>
        <translation>Todos los veredictos</translation>
    </message>
    <message>
        <source>Filter by source</source>
        <translation>Filtrar por origen</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Todos los orígenes</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <source>Image file</source>
        <translation>Archivo de imagen</translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation>Portapapeles</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Pantalla</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importación</translation>
    </message>
    <message>
        <source>Filter by date</source>
        <translation>Filtrar por fecha</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Scanned codes</source>
        <translation>Códigos escaneados</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Fijar</translation>
    </message>
    <message>
        <source>Pin or unpin the selected scan (pinned scans are never removed by the quota)</source>
        <translation>Fijar o desfijar el escaneo seleccionado (los escaneos fijados nunca se eliminan por el límite)</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>Nota…</translation>
    </message>
    <message>
        <source>Edit the note of the selected scan</source>
        <translation>Editar la nota del escaneo seleccionado</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected scan (Delete key)</source>
        <translation>Eliminar el escaneo seleccionado (tecla Supr)</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Deshacer eliminación</translation>
    </message>
    <message>
        <source>Bring back the last deleted scan (Ctrl+Z)</source>
        <translation>Recuperar el último escaneo eliminado (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Export the whole history as CSV or JSON</source>
        <translation>Exportar todo el historial como CSV o JSON</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progreso de la exportación</translation>
    </message>
    <message>
        <source>History summary</source>
        <translation>Resumen del historial</translation>
    </message>
    <message>
        <source>Exported %1 scans to %2</source>
        <translation>Se exportaron %1 escaneos a %2</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>La exportación falló: %1</translation>
    </message>
    <message>
        <source>Export the history</source>
        <translation>Exportar el historial</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv);;JSON (*.json)</source>
        <translation>Hoja de cálculo CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation>Ya hay una exportación en curso.</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Desfijar</translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) loaded, more as you scroll</source>
        <translation>
            <numerusform>%n escaneo cargado, más al desplazarse</numerusform>
            <numerusform>%n escaneos cargados, más al desplazarse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s)</source>
        <translation>
            <numerusform>%n escaneo</numerusform>
            <numerusform>%n escaneos</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-check</source>
        <translation>Volver a comprobar</translation>
    </message>
    <message>
        <source>Judge the selected scan again with today&apos;s checks and blocklists</source>
        <translation>Volver a evaluar el escaneo seleccionado con las comprobaciones y listas de bloqueo actuales</translation>
    </message>
    <message>
        <source>Re-check all</source>
        <translation>Volver a comprobar todo</translation>
    </message>
    <message>
        <source>Judge every scan in the history again</source>
        <translation>Volver a evaluar todos los escaneos del historial</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Import scans from a SafeScan JSON export</source>
        <translation>Importar escaneos desde una exportación JSON de SafeScan</translation>
    </message>
    <message>
        <source>Re-check or import progress</source>
        <translation>Progreso de la nueva comprobación o de la importación</translation>
    </message>
    <message>
        <source>Result of the last re-check or import</source>
        <translation>Resultado de la última comprobación o importación</translation>
    </message>
    <message>
        <source>Importing %v of %m</source>
        <translation>Importando %v de %m</translation>
    </message>
    <message>
        <source>Re-checking %v of %m</source>
        <translation>Comprobando %v de %m</translation>
    </message>
    <message>
        <source>Import scans</source>
        <translation>Importar escaneos</translation>
    </message>
    <message>
        <source>SafeScan JSON export (*.json);;All files (*)</source>
        <translation>Exportación JSON de SafeScan (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>A re-check or import is already running.</source>
        <translation>Ya hay una comprobación o importación en curso.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) shown, loading…</source>
        <translation>
            <numerusform>%n escaneo mostrado, cargando…</numerusform>
            <numerusform>%n escaneos mostrados, cargando…</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Cargando</translation>
    </message>
</context>
<context>
    <name>SafeScan::ItemRatingViewModel</name>
    <message>
        <source>Your vote could not be saved: %1</source>
        <translation>No se pudo guardar su voto: %1</translation>
    </message>
    <message>
        <source>Thank you: your vote was counted.</source>
        <translation>Gracias: su voto se ha contado.</translation>
    </message>
    <message>
        <source>Your vote was retracted.</source>
        <translation>Su voto se retiró.</translation>
    </message>
    <message>
        <source>Your vote is saved on this device and will be sent later. %1</source>
        <translation>Su voto se guardó en este dispositivo y se enviará más tarde. %1</translation>
    </message>
    <message>
        <source>Thank you: the moderators received your report.</source>
        <translation>Gracias: los moderadores recibieron su denuncia.</translation>
    </message>
    <message>
        <source>The report could not be sent: %1</source>
        <translation>No se pudo enviar la denuncia: %1</translation>
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
        <translation>Ventana principal de SafeScan</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Comunidad</translation>
    </message>
    <message>
        <source>Not connected to a SafeScan server: your votes and reports and community lookups appear here once a server is set in Settings.</source>
        <translation>Sin conexión con un servidor de SafeScan: sus votos, denuncias y consultas a la comunidad aparecerán aquí cuando configure un servidor en Ajustes.</translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation>Moderación</translation>
    </message>
    <message>
        <source>Not connected to a SafeScan server: moderators see the queue, item details, actions and the audit log here once signed in.</source>
        <translation>Sin conexión con un servidor de SafeScan: cuando inicien sesión, los moderadores verán aquí la cola, los detalles de los elementos, las acciones y el registro de auditoría.</translation>
    </message>
    <message>
        <source>Scanning video</source>
        <translation>Escaneando vídeo</translation>
    </message>
    <message>
        <source>Exporting history</source>
        <translation>Exportando historial</translation>
    </message>
    <message>
        <source>Importing history</source>
        <translation>Importando historial</translation>
    </message>
    <message>
        <source>Re-checking verdicts</source>
        <translation>Volviendo a comprobar veredictos</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Haciendo copia de seguridad</translation>
    </message>
    <message numerus="yes">
        <source>%n old scan(s) removed to keep the history within its size and age limits.</source>
        <translation>
            <numerusform>Se eliminó %n escaneo antiguo para mantener el historial dentro de sus límites de tamaño y antigüedad.</numerusform>
            <numerusform>Se eliminaron %n escaneos antiguos para mantener el historial dentro de sus límites de tamaño y antigüedad.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Escanear</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vistas</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>History status</source>
        <translation>Estado del historial</translation>
    </message>
    <message>
        <source>History: ready</source>
        <translation>Historial: listo</translation>
    </message>
    <message>
        <source>History: unavailable</source>
        <translation>Historial: no disponible</translation>
    </message>
    <message>
        <source>Ratings and sync need the SafeScan server; local checks work without it.</source>
        <translation>Las calificaciones y la sincronización necesitan el servidor de SafeScan; las comprobaciones locales funcionan sin él.</translation>
    </message>
    <message>
        <source>Your history cannot be used: %1</source>
        <translation>No se puede usar su historial: %1</translation>
    </message>
    <message>
        <source>Scanning still works, but nothing is saved. Nothing was deleted; the data folder is %1.</source>
        <translation>El escaneo sigue funcionando, pero no se guarda nada. No se eliminó nada; la carpeta de datos es %1.</translation>
    </message>
    <message>
        <source>The damaged file was kept as %1 and was not deleted.</source>
        <translation>El archivo dañado se conservó como %1 y no se eliminó.</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup of your history failed.</source>
        <translation>La copia de seguridad automática de hoy de su historial falló.</translation>
    </message>
    <message>
        <source>Scanning folder</source>
        <translation>Escaneando carpeta</translation>
    </message>
    <message numerus="yes">
        <source>Folder scan cancelled after %n image(s).</source>
        <translation>
            <numerusform>Escaneo de carpeta cancelado tras %n imagen.</numerusform>
            <numerusform>Escaneo de carpeta cancelado tras %n imágenes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Folder scan finished: %n image(s).</source>
        <translation>
            <numerusform>Escaneo de carpeta terminado: %n imagen.</numerusform>
            <numerusform>Escaneo de carpeta terminado: %n imágenes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SafeScan::ModerationActionDialog</name>
    <message>
        <source>Confirm %1</source>
        <translation>Confirmar: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; sobre %2</translation>
    </message>
    <message>
        <source>Action and subject</source>
        <translation>Acción y asunto</translation>
    </message>
    <message>
        <source>What the action does</source>
        <translation>Qué hace la acción</translation>
    </message>
    <message>
        <source>&amp;Reason (required, written to the audit log):</source>
        <translation>&amp;Motivo (obligatorio, se anota en el registro de auditoría):</translation>
    </message>
    <message>
        <source>Reason for the action</source>
        <translation>Motivo de la acción</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>Confirm the action</source>
        <translation>Confirmar la acción</translation>
    </message>
    <message>
        <source>Cancel the action</source>
        <translation>Cancelar la acción</translation>
    </message>
</context>
<context>
    <name>SafeScan::ModerationQueueModel</name>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Community rating</source>
        <translation>Calificación de la comunidad</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>En espera desde</translation>
    </message>
    <message>
        <source>Open by</source>
        <translation>Abierto por</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Voter %1</source>
        <translation>Votante %1</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>Elemento %1</translation>
    </message>
    <message numerus="yes">
        <source>Quarantined voter (%1, by %2, %n vote(s))</source>
        <translation>
            <numerusform>Votante en cuarentena (%1, por %2, %n voto)</numerusform>
            <numerusform>Votante en cuarentena (%1, por %2, %n votos)</numerusform>
        </translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>sin motivo indicado</translation>
    </message>
    <message numerus="yes">
        <source>Reported %n time(s)</source>
        <translation>
            <numerusform>Denunciado %n vez</numerusform>
            <numerusform>Denunciado %n veces</numerusform>
        </translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>En disputa</translation>
    </message>
    <message>
        <source>Decided safe</source>
        <translation>Decidido como seguro</translation>
    </message>
    <message>
        <source>Decided unsafe</source>
        <translation>Decidido como no seguro</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>%1: sending…</source>
        <translation>%1: enviando…</translation>
    </message>
</context>
<context>
    <name>SafeScan::ModerationView</name>
    <message>
        <source>Your decision overrides the community verdict as safe and closes the open reports.</source>
        <translation>Su decisión sustituye el veredicto de la comunidad por «seguro» y cierra las denuncias abiertas.</translation>
    </message>
    <message>
        <source>Your decision overrides the community verdict as unsafe and closes the open reports.</source>
        <translation>Su decisión sustituye el veredicto de la comunidad por «no seguro» y cierra las denuncias abiertas.</translation>
    </message>
    <message>
        <source>The community verdict applies again.</source>
        <translation>Vuelve a aplicarse el veredicto de la comunidad.</translation>
    </message>
    <message>
        <source>Closes the open reports without a decision.</source>
        <translation>Cierra las denuncias abiertas sin tomar una decisión.</translation>
    </message>
    <message>
        <source>None of this voter&apos;s votes count until restored.</source>
        <translation>Ningún voto de este votante cuenta hasta que se restablezca.</translation>
    </message>
    <message>
        <source>The voter&apos;s votes count again.</source>
        <translation>Los votos del votante vuelven a contar.</translation>
    </message>
    <message>
        <source>The rating is kept however long nobody votes on it.</source>
        <translation>La calificación se conserva aunque nadie vote durante mucho tiempo.</translation>
    </message>
    <message>
        <source>The rating may be dropped after 90 days without votes again.</source>
        <translation>La calificación puede volver a descartarse tras 90 días sin votos.</translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation>Moderación</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Moderation&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Moderación&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Entries in the queue</source>
        <translation>Entradas de la cola</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Refresh the queue</source>
        <translation>Actualizar la cola</translation>
    </message>
    <message>
        <source>Refresh the queue (F5)</source>
        <translation>Actualizar la cola (F5)</translation>
    </message>
    <message>
        <source>Only moderators and administrators can see the moderation queue. Sign in with such an account in Settings.</source>
        <translation>Solo los moderadores y administradores pueden ver la cola de moderación. Inicie sesión con una cuenta de ese tipo en Ajustes.</translation>
    </message>
    <message>
        <source>Moderation not available</source>
        <translation>Moderación no disponible</translation>
    </message>
    <message>
        <source>Queue and audit log</source>
        <translation>Cola y registro de auditoría</translation>
    </message>
    <message>
        <source>Queue and detail</source>
        <translation>Cola y detalle</translation>
    </message>
    <message>
        <source>Moderation queue</source>
        <translation>Cola de moderación</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>Cargar más</translation>
    </message>
    <message>
        <source>Load more queue entries</source>
        <translation>Cargar más entradas de la cola</translation>
    </message>
    <message>
        <source>Opened entry</source>
        <translation>Entrada abierta</translation>
    </message>
    <message>
        <source>Other moderators with this entry open</source>
        <translation>Otros moderadores con esta entrada abierta</translation>
    </message>
    <message>
        <source>Entry detail</source>
        <translation>Detalle de la entrada</translation>
    </message>
    <message>
        <source>Content shared by reporters (with their consent):</source>
        <translation>Contenido compartido por los denunciantes (con su consentimiento):</translation>
    </message>
    <message>
        <source>Content shared by reporters</source>
        <translation>Contenido compartido por los denunciantes</translation>
    </message>
    <message>
        <source>Votes over time:</source>
        <translation>Votos a lo largo del tiempo:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Voter</source>
        <translation>Votante</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Voto</translation>
    </message>
    <message>
        <source>Votes over time</source>
        <translation>Votos a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Quarantine the selected vote&apos;s voter…</source>
        <translation>Poner en cuarentena al votante del voto seleccionado…</translation>
    </message>
    <message>
        <source>Quarantine the voter of the selected vote (asks for a reason)</source>
        <translation>Poner en cuarentena al votante del voto seleccionado (pide un motivo)</translation>
    </message>
    <message>
        <source>Decision history</source>
        <translation>Historial de decisiones</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;Cola</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Acción:</translation>
    </message>
    <message>
        <source>Show audit entries of this action</source>
        <translation>Mostrar las entradas de auditoría de esta acción</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Load older entries</source>
        <translation>Cargar entradas anteriores</translation>
    </message>
    <message>
        <source>Load older audit entries</source>
        <translation>Cargar entradas de auditoría anteriores</translation>
    </message>
    <message>
        <source>A&amp;udit log</source>
        <translation>&amp;Registro de auditoría</translation>
    </message>
    <message>
        <source>Moderation message</source>
        <translation>Mensaje de moderación</translation>
    </message>
    <message>
        <source>Voter %1</source>
        <translation>Votante %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) waiting</source>
        <translation>
            <numerusform>%n entrada en espera</numerusform>
            <numerusform>%n entradas en espera</numerusform>
        </translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Todas las acciones</translation>
    </message>
    <message>
        <source>Select an entry of the queue to see its detail.</source>
        <translation>Seleccione una entrada de la cola para ver su detalle.</translation>
    </message>
    <message>
        <source>⚠ Also open by %1: coordinate before acting.</source>
        <translation>⚠ También la tiene abierta %1: coordínense antes de actuar.</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>Huella digital: %1</translation>
    </message>
    <message>
        <source>Community rating: %1</source>
        <translation>Calificación de la comunidad: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Open reports: %1 (%2), newest %3</source>
        <translation>Denuncias abiertas: %1 (%2), la más reciente %3</translation>
    </message>
    <message>
        <source>Reporter&apos;s note: “%1”</source>
        <translation>Nota del denunciante: “%1”</translation>
    </message>
    <message>
        <source>Voter pseudonym: %1</source>
        <translation>Seudónimo del votante: %1</translation>
    </message>
    <message numerus="yes">
        <source>Quarantined by %1 (%2); %n vote(s)</source>
        <translation>
            <numerusform>En cuarentena por %1 (%2); %n voto</numerusform>
            <numerusform>En cuarentena por %1 (%2); %n votos</numerusform>
        </translation>
    </message>
    <message>
        <source>(no reporter agreed to share the content)</source>
        <translation>(ningún denunciante aceptó compartir el contenido)</translation>
    </message>
    <message>
        <source>%1 (quarantined, not counted)</source>
        <translation>%1 (en cuarentena, no cuenta)</translation>
    </message>
    <message>
        <source>%1 · %2 by %3: %4</source>
        <translation>%1 · %2 por %3: %4</translation>
    </message>
    <message>
        <source>No decisions yet (in the loaded audit log).</source>
        <translation>Aún no hay decisiones (en el registro de auditoría cargado).</translation>
    </message>
    <message>
        <source>Decision history:
%1</source>
        <translation>Historial de decisiones:
%1</translation>
    </message>
    <message>
        <source>%1 (asks for a reason)</source>
        <translation>%1 (pide un motivo)</translation>
    </message>
</context>
<context>
    <name>SafeScan::ModerationViewModel</name>
    <message>
        <source>Only moderators and administrators can use the moderation queue.</source>
        <translation>Solo los moderadores y administradores pueden usar la cola de moderación.</translation>
    </message>
    <message>
        <source>The moderation queue could not be read: %1</source>
        <translation>No se pudo leer la cola de moderación: %1</translation>
    </message>
    <message>
        <source>Wait until the previous action is done.</source>
        <translation>Espere a que termine la acción anterior.</translation>
    </message>
    <message>
        <source>Every moderation action needs a reason.</source>
        <translation>Cada acción de moderación necesita un motivo.</translation>
    </message>
    <message>
        <source>%1 does not apply to %2.</source>
        <translation>%1 no se aplica a %2.</translation>
    </message>
    <message>
        <source>%1 failed and was undone: %2</source>
        <translation>%1 falló y se deshizo: %2</translation>
    </message>
    <message>
        <source>%1 done.</source>
        <translation>%1: hecho.</translation>
    </message>
    <message>
        <source>%1: nothing to change, it was already so.</source>
        <translation>%1: no había nada que cambiar, ya estaba así.</translation>
    </message>
</context>
<context>
    <name>SafeScan::OpenLinkDialog</name>
    <message>
        <source>Open this link?</source>
        <translation>¿Abrir este enlace?</translation>
    </message>
    <message>
        <source>Confirm opening the link</source>
        <translation>Confirmar la apertura del enlace</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>This opens:&lt;br&gt;&lt;tt&gt;%1&lt;/tt&gt;</source>
        <translation>Esto abre:&lt;br&gt;&lt;tt&gt;%1&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>Real destination</source>
        <translation>Destino real</translation>
    </message>
    <message>
        <source>Technical form of the address: %1</source>
        <translation>Forma técnica de la dirección: %1</translation>
    </message>
    <message>
        <source>Punycode form of the address</source>
        <translation>Forma Punycode de la dirección</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Abrir en el navegador</translation>
    </message>
    <message>
        <source>Open the link in the browser</source>
        <translation>Abrir el enlace en el navegador</translation>
    </message>
    <message>
        <source>Do not open the link</source>
        <translation>No abrir el enlace</translation>
    </message>
    <message>
        <source>I understand this link was judged dangerous and want to open it anyway</source>
        <translation>Entiendo que este enlace se consideró peligroso y quiero abrirlo de todos modos</translation>
    </message>
    <message>
        <source>Confirm opening a dangerous link</source>
        <translation>Confirmar la apertura de un enlace peligroso</translation>
    </message>
</context>
<context>
    <name>SafeScan::PassphraseStrength</name>
    <message>
        <source>Choose a passphrase of several words that you do not use anywhere else.</source>
        <translation>Elija una frase de contraseña de varias palabras que no use en ningún otro sitio.</translation>
    </message>
    <message>
        <source>Too short: use at least %1 characters, better a few words.</source>
        <translation>Demasiado corta: use al menos %1 caracteres, mejor unas cuantas palabras.</translation>
    </message>
    <message>
        <source>Weak: add more words or characters that do not repeat.</source>
        <translation>Débil: añada más palabras o caracteres que no se repitan.</translation>
    </message>
    <message>
        <source>Fair: acceptable; a longer passphrase is stronger.</source>
        <translation>Aceptable; una frase de contraseña más larga es más segura.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Segura.</translation>
    </message>
</context>
<context>
    <name>SafeScan::PayloadFields</name>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Web link</source>
        <translation>Enlace web</translation>
    </message>
    <message>
        <source>Wi-Fi network</source>
        <translation>Red wifi</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>Mensaje de texto</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>One-time password key</source>
        <translation>Clave de contraseña de un solo uso</translation>
    </message>
    <message>
        <source>Crypto payment</source>
        <translation>Pago con criptomonedas</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Transferencia bancaria</translation>
    </message>
    <message>
        <source>Calendar event</source>
        <translation>Evento de calendario</translation>
    </message>
    <message>
        <source>Binary data</source>
        <translation>Datos binarios</translation>
    </message>
    <message>
        <source>None (open network)</source>
        <translation>Ninguna (red abierta)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>%1 (invalid check digits)</source>
        <translation>%1 (dígitos de control no válidos)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Network name</source>
        <translation>Nombre de red</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Hidden network</source>
        <translation>Red oculta</translation>
    </message>
    <message>
        <source>EAP method</source>
        <translation>Método EAP</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identidad</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Cumpleaños</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitud</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <source>Altitude</source>
        <translation>Altitud</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Búsqueda</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>CC</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Emisor</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secreto</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
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
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Remittance</source>
        <translation>Concepto</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Empieza</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Termina</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenido</translation>
    </message>
</context>
<context>
    <name>SafeScan::PersonalDashboardModel</name>
    <message>
        <source>Your history is not available, so there is nothing to count.</source>
        <translation>Su historial no está disponible, así que no hay nada que contar.</translation>
    </message>
</context>
<context>
    <name>SafeScan::PersonalDashboardPanel</name>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>Personal dashboard: first day</source>
        <translation>Panel personal: primer día</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <source>Personal dashboard: last day</source>
        <translation>Panel personal: último día</translation>
    </message>
    <message>
        <source>Compare with the previous period</source>
        <translation>Comparar con el periodo anterior</translation>
    </message>
    <message>
        <source>Compare my scans with the previous period</source>
        <translation>Comparar mis escaneos con el periodo anterior</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Count my scans again</source>
        <translation>Volver a contar mis escaneos</translation>
    </message>
    <message>
        <source>Personal dashboard status</source>
        <translation>Estado del panel personal</translation>
    </message>
    <message>
        <source>My scans per day</source>
        <translation>Mis escaneos por día</translation>
    </message>
    <message>
        <source>Verdict mix</source>
        <translation>Reparto de veredictos</translation>
    </message>
    <message>
        <source>Payload types</source>
        <translation>Tipos de contenido</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Orígenes</translation>
    </message>
    <message>
        <source>The first day is after the last day; choose a range that ends after it starts.</source>
        <translation>El primer día es posterior al último; elija un intervalo que termine después de empezar.</translation>
    </message>
    <message>
        <source>Cannot count your scans: %1</source>
        <translation>No se pueden contar sus escaneos: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) from %1 to %2.</source>
        <translation>
            <numerusform>%n escaneo del %1 al %2.</numerusform>
            <numerusform>%n escaneos del %1 al %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Este periodo</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Periodo anterior</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>Escaneos</translation>
    </message>
    <message>
        <source>Export the chart as PNG</source>
        <translation>Exportar el gráfico como PNG</translation>
    </message>
    <message>
        <source>Export the chart&apos;s data as CSV</source>
        <translation>Exportar los datos del gráfico como CSV</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>La exportación falló</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exportado a %1.</translation>
    </message>
</context>
<context>
    <name>SafeScan::PlaceholderView</name>
    <message>
        <source>%1: not built yet</source>
        <translation>%1: aún no disponible</translation>
    </message>
</context>
<context>
    <name>SafeScan::RecoveryBanner</name>
    <message>
        <source>Problem with the local history</source>
        <translation>Problema con el historial local</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>What happened to the local history</source>
        <translation>Qué le ocurrió al historial local</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Dismiss the history message</source>
        <translation>Descartar el mensaje del historial</translation>
    </message>
</context>
<context>
    <name>SafeScan::ReportDialog</name>
    <message>
        <source>Report to the moderators</source>
        <translation>Denunciar a los moderadores</translation>
    </message>
    <message>
        <source>Tell the SafeScan moderators that this item is harmful: %1</source>
        <translation>Avisar a los moderadores de SafeScan de que este elemento es dañino: %1</translation>
    </message>
    <message>
        <source>Item being reported</source>
        <translation>Elemento denunciado</translation>
    </message>
    <message>
        <source>Reason for the report</source>
        <translation>Motivo de la denuncia</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Optional: what made you suspicious</source>
        <translation>Opcional: qué le hizo sospechar</translation>
    </message>
    <message>
        <source>Note for the moderators</source>
        <translation>Nota para los moderadores</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>&amp;Share the scanned content with the moderators</source>
        <translation>&amp;Compartir el contenido escaneado con los moderadores</translation>
    </message>
    <message>
        <source>Share the scanned content with the moderators</source>
        <translation>Compartir el contenido escaneado con los moderadores</translation>
    </message>
    <message>
        <source>Without this only an anonymous fingerprint (hash) of the item is sent.</source>
        <translation>Sin esto, solo se envía una huella digital anónima (hash) del elemento.</translation>
    </message>
    <message>
        <source>Content that would be shared: %1</source>
        <translation>Contenido que se compartiría: %1</translation>
    </message>
    <message>
        <source>Content that would be shared</source>
        <translation>Contenido que se compartiría</translation>
    </message>
    <message>
        <source>Without your consent the moderators get only the item&apos;s fingerprint, never its content.</source>
        <translation>Sin su consentimiento, los moderadores solo reciben la huella digital del elemento, nunca su contenido.</translation>
    </message>
    <message>
        <source>Privacy note</source>
        <translation>Nota de privacidad</translation>
    </message>
    <message>
        <source>Send report</source>
        <translation>Enviar denuncia</translation>
    </message>
    <message>
        <source>Send the report</source>
        <translation>Enviar la denuncia</translation>
    </message>
    <message>
        <source>Cancel the report</source>
        <translation>Cancelar la denuncia</translation>
    </message>
</context>
<context>
    <name>SafeScan::ResultCard</name>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>%1 · from %2</source>
        <translation>%1 · origen: %2</translation>
    </message>
    <message>
        <source>Content type and origin</source>
        <translation>Tipo de contenido y origen</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Consejo</translation>
    </message>
    <message>
        <source>Goes to: %1</source>
        <translation>Lleva a: %1</translation>
    </message>
    <message>
        <source>Real destination</source>
        <translation>Destino real</translation>
    </message>
    <message>
        <source>The part in bold is the domain that owns the site.</source>
        <translation>La parte en negrita es el dominio al que pertenece el sitio.</translation>
    </message>
    <message>
        <source>The address is written with non-Latin letters; its technical form is %1</source>
        <translation>La dirección está escrita con letras no latinas; su forma técnica es %1</translation>
    </message>
    <message>
        <source>Punycode form of the address</source>
        <translation>Forma Punycode de la dirección</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>oculto</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Mostrar %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copiar %1</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Copy the content</source>
        <translation>Copiar el contenido</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Abrir…</translation>
    </message>
    <message>
        <source>Open the link after confirming its destination</source>
        <translation>Abrir el enlace tras confirmar su destino</translation>
    </message>
    <message>
        <source>Save contact…</source>
        <translation>Guardar contacto…</translation>
    </message>
    <message>
        <source>Save the contact as a vCard file</source>
        <translation>Guardar el contacto como archivo vCard</translation>
    </message>
    <message>
        <source>Saved in history (#%1)</source>
        <translation>Guardado en el historial (n.º %1)</translation>
    </message>
    <message>
        <source>Saved in history</source>
        <translation>Guardado en el historial</translation>
    </message>
    <message>
        <source>%1 (risk %2 of 100)</source>
        <translation>%1 (riesgo %2 de 100)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Result: %1, %2</source>
        <translation>Resultado: %1, %2</translation>
    </message>
    <message>
        <source>Community rating</source>
        <translation>Calificación de la comunidad</translation>
    </message>
    <message>
        <source>✔ Moderated</source>
        <translation>✔ Moderado</translation>
    </message>
    <message>
        <source>Moderator decision</source>
        <translation>Decisión de un moderador</translation>
    </message>
    <message>
        <source>A SafeScan moderator decided this rating.</source>
        <translation>Un moderador de SafeScan decidió esta calificación.</translation>
    </message>
    <message>
        <source>Where the community rating comes from</source>
        <translation>De dónde procede la calificación de la comunidad</translation>
    </message>
    <message>
        <source>My vote</source>
        <translation>Mi voto</translation>
    </message>
    <message>
        <source>Vote safe</source>
        <translation>Votar seguro</translation>
    </message>
    <message>
        <source>Vote this item safe</source>
        <translation>Votar que este elemento es seguro</translation>
    </message>
    <message>
        <source>Vote unsafe</source>
        <translation>Votar no seguro</translation>
    </message>
    <message>
        <source>Vote this item unsafe</source>
        <translation>Votar que este elemento no es seguro</translation>
    </message>
    <message>
        <source>Retract vote</source>
        <translation>Retirar voto</translation>
    </message>
    <message>
        <source>Retract my vote</source>
        <translation>Retirar mi voto</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>Denunciar…</translation>
    </message>
    <message>
        <source>Report this item to the moderators</source>
        <translation>Denunciar este elemento a los moderadores</translation>
    </message>
    <message>
        <source>Community message</source>
        <translation>Mensaje de la comunidad</translation>
    </message>
    <message>
        <source>Community: %1</source>
        <translation>Comunidad: %1</translation>
    </message>
    <message>
        <source>no rating</source>
        <translation>sin calificación</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contacto</translation>
    </message>
    <message>
        <source>Save contact</source>
        <translation>Guardar contacto</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>Archivos vCard (*.vcf)</translation>
    </message>
    <message>
        <source>The contact could not be saved to %1: %2</source>
        <translation>No se pudo guardar el contacto en %1: %2</translation>
    </message>
</context>
<context>
    <name>SafeScan::Safety</name>
    <message>
        <source>This link is on the blocklist &quot;%1&quot;.</source>
        <translation>Este enlace está en la lista de bloqueo &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Opening this runs a script instead of showing a page.</source>
        <translation>Al abrirlo se ejecuta un script en lugar de mostrar una página.</translation>
    </message>
    <message>
        <source>This link carries its own page content instead of pointing to a site.</source>
        <translation>Este enlace contiene su propia página en lugar de apuntar a un sitio.</translation>
    </message>
    <message>
        <source>This link opens a file on your computer or network.</source>
        <translation>Este enlace abre un archivo de su equipo o de su red.</translation>
    </message>
    <message>
        <source>This link asks your device to start an app.</source>
        <translation>Este enlace pide a su dispositivo que inicie una aplicación.</translation>
    </message>
    <message>
        <source>The link points to a bare network address instead of a named site.</source>
        <translation>El enlace apunta a una dirección de red sin más, en lugar de a un sitio con nombre.</translation>
    </message>
    <message>
        <source>The link disguises a network address as %1.</source>
        <translation>El enlace disfraza una dirección de red como %1.</translation>
    </message>
    <message>
        <source>The link has text before an @ sign; the site it opens is %1.</source>
        <translation>El enlace tiene texto delante de una @; el sitio que abre es %1.</translation>
    </message>
    <message>
        <source>The link starts with &quot;%1&quot; to look like that site, but it opens %2.</source>
        <translation>El enlace empieza por &quot;%1&quot; para parecer ese sitio, pero abre %2.</translation>
    </message>
    <message>
        <source>The site name has an unusual number of parts in front of %1.</source>
        <translation>El nombre del sitio tiene un número inusual de partes delante de %1.</translation>
    </message>
    <message>
        <source>The link is unusually long, which can hide where it goes.</source>
        <translation>El enlace es inusualmente largo, lo que puede ocultar adónde lleva.</translation>
    </message>
    <message>
        <source>The site name %1 looks like %2 but is a different site.</source>
        <translation>El nombre del sitio %1 se parece a %2, pero es un sitio distinto.</translation>
    </message>
    <message>
        <source>The site name %1 uses letters from other alphabets to imitate %2.</source>
        <translation>El nombre del sitio %1 usa letras de otros alfabetos para imitar a %2.</translation>
    </message>
    <message>
        <source>The site name mixes letters from different alphabets.</source>
        <translation>El nombre del sitio mezcla letras de distintos alfabetos.</translation>
    </message>
    <message>
        <source>The site name is written in another alphabet&apos;s letters that look like &quot;%1&quot;.</source>
        <translation>El nombre del sitio está escrito con letras de otro alfabeto que parecen &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The link mentions %1 but belongs to %2, a different site.</source>
        <translation>El enlace menciona %1, pero pertenece a %2, un sitio distinto.</translation>
    </message>
    <message>
        <source>This is a shortened link through %1; where it really goes is hidden.</source>
        <translation>Es un enlace acortado mediante %1; su destino real está oculto.</translation>
    </message>
    <message>
        <source>Sites ending in .%1 are often used for scams.</source>
        <translation>Los sitios que terminan en .%1 se usan a menudo para estafas.</translation>
    </message>
    <message>
        <source>The content hides invisible or text-direction characters that can disguise it.</source>
        <translation>El contenido oculta caracteres invisibles o de dirección del texto que pueden disfrazarlo.</translation>
    </message>
    <message>
        <source>The link uses an unusual network port (%1).</source>
        <translation>El enlace usa un puerto de red inusual (%1).</translation>
    </message>
    <message>
        <source>The page looks like a sign-in page but the connection is not encrypted.</source>
        <translation>La página parece de inicio de sesión, pero la conexión no está cifrada.</translation>
    </message>
    <message>
        <source>The link could not be read, so it could not be checked.</source>
        <translation>No se pudo leer el enlace, así que no se pudo comprobar.</translation>
    </message>
    <message>
        <source>The Wi-Fi network &quot;%1&quot; has no password; others nearby can see what you send, and anyone can set up a network with that name.</source>
        <translation>La red wifi &quot;%1&quot; no tiene contraseña; otras personas cercanas pueden ver lo que envía y cualquiera puede crear una red con ese nombre.</translation>
    </message>
    <message>
        <source>The Wi-Fi network &quot;%1&quot; uses outdated WEP security that is easily broken.</source>
        <translation>La red wifi &quot;%1&quot; usa la seguridad WEP, obsoleta y fácil de romper.</translation>
    </message>
    <message>
        <source>This code holds a sign-in secret for %1; anyone who sees it can create your one-time codes.</source>
        <translation>Este código contiene un secreto de inicio de sesión para %1; cualquiera que lo vea puede generar sus códigos de un solo uso.</translation>
    </message>
    <message>
        <source>The number %1 is a premium-rate number; calling or texting it can be expensive.</source>
        <translation>El número %1 es de tarificación adicional; llamar o enviarle mensajes puede salir caro.</translation>
    </message>
    <message>
        <source>This code asks for a payment to %1; check the recipient before you pay.</source>
        <translation>Este código solicita un pago a %1; compruebe el destinatario antes de pagar.</translation>
    </message>
    <message>
        <source>The bank account number %1 is not a valid IBAN.</source>
        <translation>El número de cuenta bancaria %1 no es un IBAN válido.</translation>
    </message>
    <message>
        <source>This code holds binary data that SafeScan cannot interpret.</source>
        <translation>Este código contiene datos binarios que SafeScan no puede interpretar.</translation>
    </message>
    <message>
        <source>This code looks like a link or another known format but is malformed, so it could not be checked.</source>
        <translation>Este código parece un enlace u otro formato conocido, pero está mal formado, así que no se pudo comprobar.</translation>
    </message>
    <message>
        <source>SafeScan users rate this as unsafe (%1 of %2 votes).</source>
        <translation>Los usuarios de SafeScan lo califican como no seguro (%1 de %2 votos).</translation>
    </message>
    <message>
        <source>SafeScan users rate this as safe (%1 of %2 votes).</source>
        <translation>Los usuarios de SafeScan lo califican como seguro (%1 de %2 votos).</translation>
    </message>
    <message>
        <source>SafeScan users disagree about this (%1 safe, %2 unsafe votes).</source>
        <translation>Los usuarios de SafeScan no se ponen de acuerdo (%1 votos seguro, %2 votos no seguro).</translation>
    </message>
    <message>
        <source>SafeScan moderators confirmed that this is dangerous.</source>
        <translation>Los moderadores de SafeScan confirmaron que es peligroso.</translation>
    </message>
    <message>
        <source>SafeScan moderators confirmed that this is safe.</source>
        <translation>Los moderadores de SafeScan confirmaron que es seguro.</translation>
    </message>
</context>
<context>
    <name>SafeScan::ScanView</name>
    <message>
        <source>Scan</source>
        <translation>Escanear</translation>
    </message>
    <message>
        <source>Open images…</source>
        <translation>Abrir imágenes…</translation>
    </message>
    <message>
        <source>Open image files to scan</source>
        <translation>Abrir archivos de imagen para escanear</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Pegar</translation>
    </message>
    <message>
        <source>Scan the image or text on the clipboard</source>
        <translation>Escanear la imagen o el texto del portapapeles</translation>
    </message>
    <message>
        <source>Ctrl+V</source>
        <translation>Ctrl+V</translation>
    </message>
    <message>
        <source>Scan folder…</source>
        <translation>Escanear carpeta…</translation>
    </message>
    <message>
        <source>Scan every image in a folder</source>
        <translation>Escanear todas las imágenes de una carpeta</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Screen region…</source>
        <translation>Región de la pantalla…</translation>
    </message>
    <message>
        <source>Scan a region of the screen</source>
        <translation>Escanear una región de la pantalla</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Video file…</source>
        <translation>Archivo de vídeo…</translation>
    </message>
    <message>
        <source>Scan a video file</source>
        <translation>Escanear un archivo de vídeo</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Clear results</source>
        <translation>Borrar resultados</translation>
    </message>
    <message>
        <source>Clear the results shown (the history keeps them)</source>
        <translation>Borrar los resultados mostrados (el historial los conserva)</translation>
    </message>
    <message>
        <source>Could not scan the video %1: %2</source>
        <translation>No se pudo escanear el vídeo %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Video scan of %1 cancelled; %n code(s) found.</source>
        <translation>
            <numerusform>Escaneo del vídeo %1 cancelado; se encontró %n código.</numerusform>
            <numerusform>Escaneo del vídeo %1 cancelado; se encontraron %n códigos.</numerusform>
        </translation>
    </message>
    <message>
        <source>No QR code found in the video %1.</source>
        <translation>No se encontró ningún código QR en el vídeo %1.</translation>
    </message>
    <message numerus="yes">
        <source>Video %1 scanned: %n code(s) found.</source>
        <translation>
            <numerusform>Vídeo %1 escaneado: se encontró %n código.</numerusform>
            <numerusform>Vídeo %1 escaneado: se encontraron %n códigos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Camera and results</source>
        <translation>Cámara y resultados</translation>
    </message>
    <message>
        <source>Scan results</source>
        <translation>Resultados del escaneo</translation>
    </message>
    <message>
        <source>Last scan message</source>
        <translation>Último mensaje del escaneo</translation>
    </message>
    <message>
        <source>Hold a QR code up to the camera, open an image (Ctrl+O), paste one (Ctrl+V) or drop image files, folders or text here. Each code is checked on this computer before anything is opened.</source>
        <translation>Acerque un código QR a la cámara, abra una imagen (Ctrl+O), pegue una (Ctrl+V) o arrastre aquí archivos de imagen, carpetas o texto. Cada código se comprueba en este equipo antes de abrir nada.</translation>
    </message>
    <message>
        <source>How to scan</source>
        <translation>Cómo escanear</translation>
    </message>
    <message>
        <source>Open images to scan</source>
        <translation>Abrir imágenes para escanear</translation>
    </message>
    <message>
        <source>Images (%1);;All files (*)</source>
        <translation>Imágenes (%1);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Clipboard image</source>
        <translation>Imagen del portapapeles</translation>
    </message>
    <message>
        <source>A folder scan is already running; wait for it or cancel it.</source>
        <translation>Ya hay un escaneo de carpeta en curso; espere a que termine o cancélelo.</translation>
    </message>
    <message>
        <source>Dropped image</source>
        <translation>Imagen arrastrada</translation>
    </message>
    <message>
        <source>The screen could not be captured (the system did not allow it).</source>
        <translation>No se pudo capturar la pantalla (el sistema no lo permitió).</translation>
    </message>
    <message>
        <source>Screen region</source>
        <translation>Región de la pantalla</translation>
    </message>
    <message>
        <source>Screen region scan cancelled.</source>
        <translation>Escaneo de región de la pantalla cancelado.</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.mkv *.webm *.mov *.avi *.m4v *.ogv);;All files (*)</source>
        <translation>Vídeos (*.mp4 *.mkv *.webm *.mov *.avi *.m4v *.ogv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>A video is already being scanned; wait for it or cancel it.</source>
        <translation>Ya se está escaneando un vídeo; espere a que termine o cancélelo.</translation>
    </message>
    <message>
        <source>Scanning the video %1…</source>
        <translation>Escaneando el vídeo %1…</translation>
    </message>
</context>
<context>
    <name>SafeScan::ScanViewModel</name>
    <message>
        <source>Could not read the image: %1</source>
        <translation>No se pudo leer la imagen: %1</translation>
    </message>
    <message>
        <source>No QR code found in %1.</source>
        <translation>No se encontró ningún código QR en %1.</translation>
    </message>
    <message>
        <source>There is no text to check.</source>
        <translation>No hay texto que comprobar.</translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation>Portapapeles</translation>
    </message>
    <message>
        <source>Dropped text</source>
        <translation>Texto arrastrado</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <source>Video file</source>
        <translation>Archivo de vídeo</translation>
    </message>
    <message>
        <source>The scan could not be saved to the history: %1</source>
        <translation>No se pudo guardar el escaneo en el historial: %1</translation>
    </message>
    <message>
        <source>Off the record: this scan was not saved.</source>
        <translation>Modo privado: este escaneo no se guardó.</translation>
    </message>
    <message numerus="yes">
        <source>Scanned and saved to the history: %n code(s).</source>
        <translation>
            <numerusform>Escaneado y guardado en el historial: %n código.</numerusform>
            <numerusform>Escaneados y guardados en el historial: %n códigos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) scanned (history unavailable, not saved).</source>
        <translation>
            <numerusform>%n código escaneado (historial no disponible, no guardado).</numerusform>
            <numerusform>%n códigos escaneados (historial no disponible, no guardados).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SafeScan::ScreenRegionPicker</name>
    <message>
        <source>Choose a region of the screen to scan</source>
        <translation>Elija una región de la pantalla para escanear</translation>
    </message>
    <message>
        <source>Drag a rectangle around the QR code with the mouse. Enter scans the whole screen, Escape cancels.</source>
        <translation>Arrastre con el ratón un rectángulo alrededor del código QR. Intro escanea toda la pantalla, Esc cancela.</translation>
    </message>
    <message>
        <source>Drag around the QR code to scan it. Enter: whole screen. Esc: cancel.</source>
        <translation>Arrastre alrededor del código QR para escanearlo. Intro: toda la pantalla. Esc: cancelar.</translation>
    </message>
</context>
<context>
    <name>SafeScan::ServerConnection</name>
    <message>
        <source>Sign in to your account before entering the sync passphrase.</source>
        <translation>Inicie sesión en su cuenta antes de introducir la frase de contraseña de sincronización.</translation>
    </message>
    <message>
        <source>Cannot register this device with %1: %2</source>
        <translation>No se puede registrar este dispositivo en %1: %2</translation>
    </message>
</context>
<context>
    <name>SafeScan::SettingsView</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Problems with the settings file</source>
        <translation>Problemas con el archivo de ajustes</translation>
    </message>
    <message>
        <source>⚠ Warning: %1</source>
        <translation>⚠ Advertencia: %1</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>A new language is used the next time SafeScan starts.</source>
        <translation>El nuevo idioma se usará la próxima vez que se inicie SafeScan.</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>Links and camera</source>
        <translation>Enlaces y cámara</translation>
    </message>
    <message>
        <source>When opening a link</source>
        <translation>Al abrir un enlace</translation>
    </message>
    <message>
        <source>When opening a &amp;link:</source>
        <translation>Al abrir un &amp;enlace:</translation>
    </message>
    <message>
        <source>Dangerous links always need an extra confirmation.</source>
        <translation>Los enlaces peligrosos siempre necesitan una confirmación adicional.</translation>
    </message>
    <message>
        <source>Camera to use</source>
        <translation>Cámara que se usará</translation>
    </message>
    <message>
        <source>&amp;Mirror the camera picture</source>
        <translation>Re&amp;flejar la imagen de la cámara</translation>
    </message>
    <message>
        <source>Mirror the camera picture</source>
        <translation>Reflejar la imagen de la cámara</translation>
    </message>
    <message>
        <source>&amp;Camera:</source>
        <translation>&amp;Cámara:</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>History size limit in megabytes</source>
        <translation>Límite de tamaño del historial en megabytes</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Keep scans for this many days (0 keeps them forever)</source>
        <translation>Conservar los escaneos durante estos días (0 los conserva para siempre)</translation>
    </message>
    <message>
        <source>Forever</source>
        <translation>Para siempre</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>&amp;Off the record: save nothing to the history</source>
        <translation>&amp;Modo privado: no guardar nada en el historial</translation>
    </message>
    <message>
        <source>Off the record: save nothing to the history</source>
        <translation>Modo privado: no guardar nada en el historial</translation>
    </message>
    <message>
        <source>&amp;Keep Wi-Fi passwords and one-time-password secrets in the history</source>
        <translation>Guardar en el historial las contraseñas &amp;wifi y los secretos de contraseñas de un solo uso</translation>
    </message>
    <message>
        <source>Keep Wi-Fi passwords and one-time-password secrets in the history</source>
        <translation>Guardar en el historial las contraseñas wifi y los secretos de contraseñas de un solo uso</translation>
    </message>
    <message>
        <source>Size &amp;limit:</source>
        <translation>&amp;Límite de tamaño:</translation>
    </message>
    <message>
        <source>At 90% of the limit the oldest scans are removed until the history is under 70%; pinned and unsynced scans are always kept.</source>
        <translation>Al llegar al 90% del límite se eliminan los escaneos más antiguos hasta que el historial queda por debajo del 70%; los escaneos fijados y los no sincronizados se conservan siempre.</translation>
    </message>
    <message>
        <source>&amp;Keep scans for:</source>
        <translation>C&amp;onservar escaneos durante:</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Make a &amp;daily automatic backup (the last 7 are kept)</source>
        <translation>Hacer una copia de seguridad automática &amp;diaria (se conservan las 7 últimas)</translation>
    </message>
    <message>
        <source>Make a daily automatic backup</source>
        <translation>Hacer una copia de seguridad automática diaria</translation>
    </message>
    <message>
        <source>Backups need the local history, which cannot be used now.</source>
        <translation>Las copias de seguridad necesitan el historial local, que ahora no se puede usar.</translation>
    </message>
    <message>
        <source>Server and account</source>
        <translation>Servidor y cuenta</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>Dirección del &amp;servidor:</translation>
    </message>
    <message>
        <source>Server address (empty for the local server)</source>
        <translation>Dirección del servidor (vacía para el servidor local)</translation>
    </message>
    <message>
        <source>Empty: the local server at %1</source>
        <translation>Vacía: el servidor local en %1</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <source>Apply the server address</source>
        <translation>Aplicar la dirección del servidor</translation>
    </message>
    <message>
        <source>A new address is used from the next start of SafeScan.</source>
        <translation>La nueva dirección se usará a partir del próximo inicio de SafeScan.</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacidad</translation>
    </message>
    <message>
        <source>Send &amp;anonymous usage statistics (no scanned content, no addresses)</source>
        <translation>En&amp;viar estadísticas de uso anónimas (sin contenido escaneado ni direcciones)</translation>
    </message>
    <message>
        <source>Send anonymous usage statistics</source>
        <translation>Enviar estadísticas de uso anónimas</translation>
    </message>
    <message>
        <source>Settings are saved at once to %1.</source>
        <translation>Los ajustes se guardan al momento en %1.</translation>
    </message>
    <message>
        <source>⚠ Not saved: %1</source>
        <translation>⚠ No guardado: %1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problema: %1</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Sin conexión: %1</translation>
    </message>
    <message>
        <source>History sync (end-to-end encrypted)</source>
        <translation>Sincronización del historial (cifrada de extremo a extremo)</translation>
    </message>
</context>
<context>
    <name>SafeScan::SettingsViewModel</name>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Según el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Always ask before opening a link</source>
        <translation>Preguntar siempre antes de abrir un enlace</translation>
    </message>
    <message>
        <source>Ask unless the link is trusted by the community</source>
        <translation>Preguntar salvo si la comunidad confía en el enlace</translation>
    </message>
    <message>
        <source>Choose on or off.</source>
        <translation>Elija activado o desactivado.</translation>
    </message>
    <message>
        <source>Choose one of the languages listed.</source>
        <translation>Elija uno de los idiomas de la lista.</translation>
    </message>
    <message>
        <source>Choose system, light or dark.</source>
        <translation>Elija sistema, claro u oscuro.</translation>
    </message>
    <message>
        <source>Choose one of the policies listed.</source>
        <translation>Elija una de las opciones de la lista.</translation>
    </message>
    <message>
        <source>Choose a camera from the list.</source>
        <translation>Elija una cámara de la lista.</translation>
    </message>
    <message>
        <source>The history size limit must be a whole number of megabytes.</source>
        <translation>El límite de tamaño del historial debe ser un número entero de megabytes.</translation>
    </message>
    <message>
        <source>The history size limit must be between 1 and %1 MB.</source>
        <translation>El límite de tamaño del historial debe estar entre 1 y %1 MB.</translation>
    </message>
    <message>
        <source>The retention must be a whole number of days.</source>
        <translation>La conservación debe ser un número entero de días.</translation>
    </message>
    <message>
        <source>The retention must be between 0 (keep forever) and %1 days.</source>
        <translation>La conservación debe estar entre 0 (para siempre) y %1 días.</translation>
    </message>
    <message>
        <source>The server address must be text.</source>
        <translation>La dirección del servidor debe ser texto.</translation>
    </message>
    <message>
        <source>%1 Leave it empty to use the local server.</source>
        <translation>%1 Déjela vacía para usar el servidor local.</translation>
    </message>
    <message>
        <source>The settings could not be saved.</source>
        <translation>No se pudieron guardar los ajustes.</translation>
    </message>
</context>
<context>
    <name>SafeScan::StatusPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Progress of the work under way</source>
        <translation>Progreso del trabajo en curso</translation>
    </message>
    <message>
        <source>Cancel the work under way</source>
        <translation>Cancelar el trabajo en curso</translation>
    </message>
    <message>
        <source>%1 status</source>
        <translation>Estado de %1</translation>
    </message>
    <message>
        <source>Changes waiting to sync</source>
        <translation>Cambios pendientes de sincronizar</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Última sincronización</translation>
    </message>
    <message>
        <source>Live round-trip time</source>
        <translation>Tiempo de ida y vuelta en directo</translation>
    </message>
    <message>
        <source>Cancel: %1</source>
        <translation>Cancelar: %1</translation>
    </message>
    <message>
        <source>Sync problem</source>
        <translation>Problema de sincronización</translation>
    </message>
</context>
<context>
    <name>SafeScan::StatusViewModel</name>
    <message>
        <source>Community API</source>
        <translation>API de la comunidad</translation>
    </message>
    <message>
        <source>Live updates</source>
        <translation>Actualizaciones en directo</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Analítica</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>sin conexión</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en línea</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>degradado</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>sin conexión</translation>
    </message>
    <message>
        <source>circuit open (paused, retrying later)</source>
        <translation>circuito abierto (en pausa, se reintentará más tarde)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Outbox: unknown</source>
        <translation>Bandeja de salida: desconocida</translation>
    </message>
    <message>
        <source>Outbox: empty</source>
        <translation>Bandeja de salida: vacía</translation>
    </message>
    <message numerus="yes">
        <source>Outbox: %n change(s) waiting to sync</source>
        <translation>
            <numerusform>Bandeja de salida: %n cambio pendiente de sincronizar</numerusform>
            <numerusform>Bandeja de salida: %n cambios pendientes de sincronizar</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync: never</source>
        <translation>Última sincronización: nunca</translation>
    </message>
    <message>
        <source>Last sync: just now</source>
        <translation>Última sincronización: ahora mismo</translation>
    </message>
    <message numerus="yes">
        <source>Last sync: %n minute(s) ago</source>
        <translation>
            <numerusform>Última sincronización: hace %n minuto</numerusform>
            <numerusform>Última sincronización: hace %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last sync: %n hour(s) ago</source>
        <translation>
            <numerusform>Última sincronización: hace %n hora</numerusform>
            <numerusform>Última sincronización: hace %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last sync: %n day(s) ago</source>
        <translation>
            <numerusform>Última sincronización: hace %n día</numerusform>
            <numerusform>Última sincronización: hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Live round trip: %1 ms</source>
        <translation>Ida y vuelta en directo: %1 ms</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 de %3</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Error de sincronización: %1</translation>
    </message>
</context>
<context>
    <name>SafeScan::SyncPassphraseModel</name>
    <message>
        <source>Changing the passphrase is not possible yet: every record on the server is sealed with the current one. To start over with a new passphrase, turn sync off on every device and delete the account&apos;s data on the server.</source>
        <translation>Todavía no se puede cambiar la frase de contraseña: cada registro del servidor está sellado con la actual. Para empezar de nuevo con otra frase, desactive la sincronización en todos los dispositivos y borre los datos de la cuenta en el servidor.</translation>
    </message>
    <message>
        <source>Sign in to an account to sync the history between your devices.</source>
        <translation>Inicie sesión en una cuenta para sincronizar el historial entre sus dispositivos.</translation>
    </message>
    <message>
        <source>History sync needs the connection to the SafeScan server, which is not set up.</source>
        <translation>La sincronización del historial necesita la conexión con el servidor de SafeScan, que no está configurada.</translation>
    </message>
    <message>
        <source>History sync is off on this device.</source>
        <translation>La sincronización del historial está desactivada en este dispositivo.</translation>
    </message>
    <message>
        <source>Deriving the key from the passphrase…</source>
        <translation>Derivando la clave a partir de la frase de contraseña…</translation>
    </message>
    <message>
        <source>Checking the passphrase with the account&apos;s history on the server…</source>
        <translation>Comprobando la frase de contraseña con el historial de la cuenta en el servidor…</translation>
    </message>
    <message>
        <source>History sync is on: your history is end-to-end encrypted with your passphrase.</source>
        <translation>La sincronización del historial está activada: su historial se cifra de extremo a extremo con su frase de contraseña.</translation>
    </message>
    <message>
        <source>History sync is on. The passphrase is checked against the account&apos;s history the next time the server can be reached; nothing is sent before that.</source>
        <translation>La sincronización del historial está activada. La frase de contraseña se comprobará con el historial de la cuenta la próxima vez que se pueda contactar con el servidor; antes no se envía nada.</translation>
    </message>
    <message>
        <source>No keychain is available: the sync key is kept in memory only and is forgotten when SafeScan quits; you will enter the passphrase again next time. (%1)</source>
        <translation>No hay ningún llavero disponible: la clave de sincronización se guarda solo en memoria y se olvida al cerrar SafeScan; la próxima vez tendrá que introducir de nuevo la frase de contraseña. (%1)</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same passphrase twice.</source>
        <translation>Las dos frases de contraseña no coinciden. Escriba la misma frase dos veces.</translation>
    </message>
    <message>
        <source>Choose a stronger passphrase. %1</source>
        <translation>Elija una frase de contraseña más segura. %1</translation>
    </message>
    <message>
        <source>The passphrase is already being checked; wait a moment.</source>
        <translation>La frase de contraseña ya se está comprobando; espere un momento.</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>Introduzca la frase de contraseña.</translation>
    </message>
    <message>
        <source>The account changed while the key was derived; enter the passphrase again.</source>
        <translation>La cuenta cambió mientras se derivaba la clave; introduzca de nuevo la frase de contraseña.</translation>
    </message>
    <message>
        <source>The sync key could not be derived: %1</source>
        <translation>No se pudo derivar la clave de sincronización: %1</translation>
    </message>
    <message>
        <source>Wrong passphrase: it does not open this account&apos;s synced history. Enter the passphrase you chose on your first device. Nothing was synced with it.</source>
        <translation>Frase de contraseña incorrecta: no abre el historial sincronizado de esta cuenta. Introduzca la frase que eligió en su primer dispositivo. No se sincronizó nada con ella.</translation>
    </message>
    <message>
        <source>The passphrase kept on this device no longer opens this account&apos;s synced history (was it changed on another device?). Sync is off; enter the account&apos;s current passphrase.</source>
        <translation>La frase de contraseña guardada en este dispositivo ya no abre el historial sincronizado de esta cuenta (¿se cambió en otro dispositivo?). La sincronización está desactivada; introduzca la frase actual de la cuenta.</translation>
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
        <translation>Estado de la sincronización del historial</translation>
    </message>
    <message>
        <source>Where the sync key is kept</source>
        <translation>Dónde se guarda la clave de sincronización</translation>
    </message>
    <message>
        <source>This is my &amp;first device: choose a passphrase</source>
        <translation>Este es mi primer &amp;dispositivo: elegir una frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Join with the passphrase of another device</source>
        <translation>Unirse con la frase de contraseña de &amp;otro dispositivo</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Seguridad de la frase de contraseña</translation>
    </message>
    <message>
        <source>Turn on history s&amp;ync</source>
        <translation>A&amp;ctivar la sincronización del historial</translation>
    </message>
    <message>
        <source>Turn sync off on this de&amp;vice</source>
        <translation>Desactivar la sincronización en este dispositi&amp;vo</translation>
    </message>
    <message>
        <source>Changing the passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>Sync passphrase problem</source>
        <translation>Problema con la frase de contraseña</translation>
    </message>
    <message>
        <source>History sync passphrase</source>
        <translation>Frase de contraseña de la sincronización del historial</translation>
    </message>
    <message>
        <source>This is my first device: choose a new sync passphrase</source>
        <translation>Este es mi primer dispositivo: elegir una nueva frase de contraseña de sincronización</translation>
    </message>
    <message>
        <source>Enter the sync passphrase chosen on another device</source>
        <translation>Introducir la frase de contraseña de sincronización elegida en otro dispositivo</translation>
    </message>
    <message>
        <source>Sync passphrase</source>
        <translation>Frase de contraseña de sincronización</translation>
    </message>
    <message>
        <source>Sync passphrase again</source>
        <translation>Frase de contraseña de sincronización, otra vez</translation>
    </message>
    <message>
        <source>Turn on history sync with this passphrase</source>
        <translation>Activar la sincronización del historial con esta frase de contraseña</translation>
    </message>
    <message>
        <source>Turn history sync off on this device and forget the key</source>
        <translation>Desactivar la sincronización del historial en este dispositivo y olvidar la clave</translation>
    </message>
    <message>
        <source>Passp&amp;hrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>R&amp;epeat it:</source>
        <translation>Vuelva a &amp;escribirla:</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Several words you do not use anywhere else</source>
        <translation>Varias palabras que no use en ningún otro sitio</translation>
    </message>
    <message>
        <source>The passphrase of your other device</source>
        <translation>La frase de contraseña de su otro dispositivo</translation>
    </message>
</context>
<context>
    <name>SafeScan::VerdictText</name>
    <message>
        <source>Dangerous</source>
        <translation>Peligroso</translation>
    </message>
    <message>
        <source>Suspicious</source>
        <translation>Sospechoso</translation>
    </message>
    <message>
        <source>Not judged</source>
        <translation>Sin evaluar</translation>
    </message>
    <message>
        <source>No known risk</source>
        <translation>Sin riesgos conocidos</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>De confianza</translation>
    </message>
    <message>
        <source>Do not open this. The checks below found a serious risk.</source>
        <translation>No lo abra. Las comprobaciones de abajo encontraron un riesgo grave.</translation>
    </message>
    <message>
        <source>Be careful: look at the real destination and the reasons before opening.</source>
        <translation>Tenga cuidado: revise el destino real y los motivos antes de abrirlo.</translation>
    </message>
    <message>
        <source>SafeScan could not judge this content. Treat it with care.</source>
        <translation>SafeScan no pudo evaluar este contenido. Trátelo con precaución.</translation>
    </message>
    <message>
        <source>The local checks found nothing wrong. That is not a guarantee.</source>
        <translation>Las comprobaciones locales no encontraron nada malo. Eso no es una garantía.</translation>
    </message>
    <message>
        <source>The community or a moderator confirmed this as safe.</source>
        <translation>La comunidad o un moderador confirmaron que es seguro.</translation>
    </message>
</context>
<context>
    <name>SafeScan::VideoCanvas</name>
    <message>
        <source>Camera picture</source>
        <translation>Imagen de la cámara</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: checking</source>
        <translation>%1: comprobando</translation>
    </message>
    <message>
        <source>No code in view</source>
        <translation>No hay ningún código a la vista</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
</context>
<context>
    <name>SafeScan::VideoFileScan</name>
    <message>
        <source>The video file cannot be read.</source>
        <translation>No se puede leer el archivo de vídeo.</translation>
    </message>
    <message>
        <source>The video file does not exist.</source>
        <translation>El archivo de vídeo no existe.</translation>
    </message>
    <message>
        <source>The file is not a video SafeScan can play.</source>
        <translation>El archivo no es un vídeo que SafeScan pueda reproducir.</translation>
    </message>
    <message>
        <source>The video could not be played.</source>
        <translation>No se pudo reproducir el vídeo.</translation>
    </message>
</context>
</TS>
