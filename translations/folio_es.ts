<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>folio::ArchiveCommand</name>
    <message>
        <source>folio: %1</source>
        <translation>folio: %1</translation>
    </message>
    <message>
        <source>Usage: folio archive [--pending | --failed | URL…] [--allow-private] [--concurrency N] [--timeout SECONDS]</source>
        <translation>Uso: folio archive [--pending | --failed | URL…] [--allow-private] [--concurrency N] [--timeout SEGUNDOS]</translation>
    </message>
    <message>
        <source>--concurrency takes a number from 1 to 16.</source>
        <translation>--concurrency admite un número del 1 al 16.</translation>
    </message>
    <message>
        <source>--timeout takes seconds, from 5 to 3600.</source>
        <translation>--timeout admite segundos, de 5 a 3600.</translation>
    </message>
    <message>
        <source>unknown option “%1”.</source>
        <translation>opción desconocida «%1».</translation>
    </message>
    <message>
        <source>choose one: --pending, --failed or addresses.</source>
        <translation>elija solo una: --pending, --failed o direcciones.</translation>
    </message>
    <message>
        <source>folio: this build of Folio cannot archive pages.</source>
        <translation>folio: esta compilación de Folio no puede archivar páginas.</translation>
    </message>
    <message>
        <source>folio: no link “%1” was imported.</source>
        <translation>folio: no se importó ningún enlace «%1».</translation>
    </message>
    <message>
        <source>No link failed to archive.</source>
        <translation>No hay ningún enlace cuyo archivado haya fallado.</translation>
    </message>
    <message>
        <source>Nothing to archive: every link was archived or tried. “folio archive --failed” tries the failed ones again.</source>
        <translation>No hay nada que archivar: todos los enlaces se archivaron o se intentaron. «folio archive --failed» vuelve a intentar los fallidos.</translation>
    </message>
    <message>
        <source>  failed   %1
           %2</source>
        <translation>  fallido  %1
           %2</translation>
    </message>
    <message>
        <source>  skipped  %1
           %2</source>
        <translation>  omitido  %1
           %2</translation>
    </message>
    <message>
        <source>Archived: %1, failed: %2, skipped: %3</source>
        <translation>Archivados: %1, fallidos: %2, omitidos: %3</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n link(s) wait; “folio archive --pending” goes on.</source>
        <translation>
            <numerusform>Detenido: %n enlace en espera; «folio archive --pending» continúa.</numerusform>
            <numerusform>Detenido: %n enlaces en espera; «folio archive --pending» continúa.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>folio::ArchivePolicy</name>
    <message>
        <source>only http and https addresses are archived</source>
        <translation>solo se archivan direcciones http y https</translation>
    </message>
    <message>
        <source>the address carried a password or token</source>
        <translation>la dirección contenía una contraseña o un token</translation>
    </message>
    <message>
        <source>the address has no host</source>
        <translation>la dirección no tiene host</translation>
    </message>
    <message>
        <source>%1 is on the deny list</source>
        <translation>%1 está en la lista de bloqueados</translation>
    </message>
    <message>
        <source>%1 is not on the allow list</source>
        <translation>%1 no está en la lista de permitidos</translation>
    </message>
    <message>
        <source>%1 is a private or intranet address (allow intranet archiving to fetch it)</source>
        <translation>%1 es una dirección privada o de intranet (permita el archivado en la intranet para obtenerla)</translation>
    </message>
    <message>
        <source>%1 points at the private address %2 (allow intranet archiving to fetch it)</source>
        <translation>%1 apunta a la dirección privada %2 (permita el archivado en la intranet para obtenerla)</translation>
    </message>
</context>
<context>
    <name>folio::ArchiveQueue</name>
    <message>
        <source>%1 MB, more than %2 MB</source>
        <translation>%1 MB, más de %2 MB</translation>
    </message>
    <message>
        <source>redirected to %1: %2</source>
        <translation>redirigido a %1: %2</translation>
    </message>
</context>
<context>
    <name>folio::ArchiveReason</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the host name does not resolve (DNS)</source>
        <translation>el nombre de host no se resuelve (DNS)</translation>
    </message>
    <message>
        <source>the server could not be reached</source>
        <translation>no se pudo contactar con el servidor</translation>
    </message>
    <message>
        <source>the page did not load in time (timeout)</source>
        <translation>la página no cargó a tiempo (tiempo de espera agotado)</translation>
    </message>
    <message>
        <source>the server answered HTTP %1</source>
        <translation>el servidor respondió con HTTP %1</translation>
    </message>
    <message>
        <source>the page is too large to keep</source>
        <translation>la página es demasiado grande para guardarla</translation>
    </message>
    <message>
        <source>the page redirects in a loop</source>
        <translation>la página redirige en bucle</translation>
    </message>
    <message>
        <source>blocked by the archive policy</source>
        <translation>bloqueado por la política de archivado</translation>
    </message>
    <message>
        <source>neither a web page nor a PDF</source>
        <translation>no es una página web ni un PDF</translation>
    </message>
    <message>
        <source>stopped before it finished</source>
        <translation>detenido antes de terminar</translation>
    </message>
    <message>
        <source>the page could not be loaded</source>
        <translation>no se pudo cargar la página</translation>
    </message>
</context>
<context>
    <name>folio::ArchiveRunner</name>
    <message numerus="yes">
        <source>Archiving paused; %n link(s) wait.</source>
        <translation>
            <numerusform>Archivado en pausa; %n enlace en espera.</numerusform>
            <numerusform>Archivado en pausa; %n enlaces en espera.</numerusform>
        </translation>
    </message>
    <message>
        <source>Archiving stopped: %1</source>
        <translation>Archivado detenido: %1</translation>
    </message>
    <message>
        <source>Nothing to archive: every link was archived or tried. “Retry Failed” tries the failed ones again.</source>
        <translation>No hay nada que archivar: todos los enlaces se archivaron o se intentaron. «Reintentar fallidos» vuelve a intentar los fallidos.</translation>
    </message>
    <message>
        <source>Archiving done: %1 archived, %2 failed, %3 skipped.</source>
        <translation>Archivado terminado: %1 archivados, %2 fallidos, %3 omitidos.</translation>
    </message>
</context>
<context>
    <name>folio::ArchiveStore</name>
    <message>
        <source>waiting to be archived</source>
        <translation>en espera de archivado</translation>
    </message>
    <message>
        <source>to be tried again (%1)</source>
        <translation>se volverá a intentar (%1)</translation>
    </message>
    <message>
        <source>archived %1</source>
        <translation>archivado el %1</translation>
    </message>
    <message>
        <source>not archived: %1</source>
        <translation>no archivado: %1</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>omitido: %1</translation>
    </message>
    <message>
        <source>not archived yet</source>
        <translation>aún no archivado</translation>
    </message>
</context>
<context>
    <name>folio::ArchivedLinkView</name>
    <message>
        <source>&amp;Reader</source>
        <translation>Vista de &amp;lectura</translation>
    </message>
    <message>
        <source>&amp;Snapshot</source>
        <translation>&amp;Instantánea</translation>
    </message>
    <message>
        <source>The page&apos;s text in Folio&apos;s style</source>
        <translation>El texto de la página con el estilo de Folio</translation>
    </message>
    <message>
        <source>The page as it looked when it was archived, with nothing loaded from the network</source>
        <translation>La página tal como se veía al archivarla, sin cargar nada de la red</translation>
    </message>
    <message>
        <source>&amp;Open Original</source>
        <translation>&amp;Abrir original</translation>
    </message>
    <message>
        <source>Open the page on the web, in the system browser</source>
        <translation>Abrir la página en la web, en el navegador del sistema</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Detalles</translation>
    </message>
    <message>
        <source>Who shared the link, where and when</source>
        <translation>Quién compartió el enlace, dónde y cuándo</translation>
    </message>
    <message>
        <source>Archived page</source>
        <translation>Página archivada</translation>
    </message>
    <message>
        <source>Cannot Show Snapshot</source>
        <translation>No se puede mostrar la instantánea</translation>
    </message>
</context>
<context>
    <name>folio::AttachmentFile</name>
    <message>
        <source>“%1” is %2; attachments may be at most %3 (the maxMB setting in the [attachments] section of the settings file).</source>
        <translation>«%1» ocupa %2; los adjuntos pueden ocupar como máximo %3 (el ajuste maxMB de la sección [attachments] del archivo de configuración).</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>«%1» no existe.</translation>
    </message>
    <message>
        <source>“%1” is not a regular file; only files can be attached.</source>
        <translation>«%1» no es un archivo normal; solo se pueden adjuntar archivos.</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>No se pudo leer «%1»: %2</translation>
    </message>
</context>
<context>
    <name>folio::BookmarkFile</name>
    <message>
        <source>%1, character %2</source>
        <translation>%1, carácter %2</translation>
    </message>
    <message>
        <source>a bookmark without an address</source>
        <translation>un marcador sin dirección</translation>
    </message>
    <message>
        <source>“%1” is not a bookmark file.</source>
        <translation>«%1» no es un archivo de marcadores.</translation>
    </message>
    <message>
        <source>Browser bookmarks</source>
        <translation>Marcadores del navegador</translation>
    </message>
</context>
<context>
    <name>folio::BundleImport</name>
    <message>
        <source>“%1” is a bundle of another wiki, not of a copy of this one.</source>
        <translation>«%1» es un paquete de otra wiki, no de una copia de esta.</translation>
    </message>
</context>
<context>
    <name>folio::BundleMerger</name>
    <message>
        <source>The bundle gives page %1 a revision of another page.</source>
        <translation>El paquete asigna a la página %1 una versión de otra página.</translation>
    </message>
</context>
<context>
    <name>folio::BundleReader</name>
    <message>
        <source>it is a folder, not a bundle file</source>
        <translation>es una carpeta, no un archivo de paquete</translation>
    </message>
    <message>
        <source>it is not a zip file</source>
        <translation>no es un archivo ZIP</translation>
    </message>
    <message>
        <source>“%1” is not a bundle Folio can import: %2.</source>
        <translation>«%1» no es un paquete que Folio pueda importar: %2.</translation>
    </message>
    <message>
        <source>it has no %1</source>
        <translation>no contiene %1</translation>
    </message>
    <message>
        <source>its manifest is not valid JSON (%1)</source>
        <translation>su manifiesto no es JSON válido (%1)</translation>
    </message>
    <message>
        <source>its manifest does not say it is a Folio bundle</source>
        <translation>su manifiesto no indica que sea un paquete de Folio</translation>
    </message>
    <message>
        <source>its manifest gives no format version</source>
        <translation>su manifiesto no indica ninguna versión de formato</translation>
    </message>
    <message>
        <source>a newer Folio wrote it (bundle format %1.%2; this Folio reads format %3). Update Folio to import it</source>
        <translation>lo escribió una versión más reciente de Folio (formato de paquete %1.%2; este Folio lee el formato %3). Actualice Folio para importarlo</translation>
    </message>
    <message>
        <source>its format version %1 is unknown</source>
        <translation>su versión de formato %1 es desconocida</translation>
    </message>
    <message>
        <source>its manifest gives no checksum for “%1”</source>
        <translation>su manifiesto no indica ninguna suma de comprobación para «%1»</translation>
    </message>
    <message>
        <source>it holds “%1”, which its manifest does not list</source>
        <translation>contiene «%1», que su manifiesto no incluye</translation>
    </message>
    <message>
        <source>it holds “%1”, which is no part of a bundle</source>
        <translation>contiene «%1», que no forma parte de ningún paquete</translation>
    </message>
    <message>
        <source>“%1”, listed in its manifest, is missing</source>
        <translation>falta «%1», que figura en su manifiesto</translation>
    </message>
    <message>
        <source>“%1” does not match its checksum: the file is damaged or was changed</source>
        <translation>«%1» no coincide con su suma de comprobación: el archivo está dañado o se modificó</translation>
    </message>
    <message>
        <source>“%1” comes without its history</source>
        <translation>«%1» viene sin su historial</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>«%1»: %2</translation>
    </message>
    <message>
        <source>“%1” has no uuid or revision in its front matter</source>
        <translation>«%1» no tiene uuid ni revision en su encabezado de metadatos</translation>
    </message>
    <message>
        <source>“%1” gives no valid time of deletion</source>
        <translation>«%1» no indica una fecha de eliminación válida</translation>
    </message>
    <message>
        <source>“%1” names attachment “%2” without its SHA-256</source>
        <translation>«%1» menciona el adjunto «%2» sin su SHA-256</translation>
    </message>
    <message>
        <source>“%1” comes without its page file</source>
        <translation>«%1» viene sin su archivo de página</translation>
    </message>
    <message>
        <source>line %1 of “%2”: %3</source>
        <translation>línea %1 de «%2»: %3</translation>
    </message>
    <message>
        <source>not valid JSON</source>
        <translation>no es JSON válido</translation>
    </message>
    <message>
        <source>a revision without a valid uuid</source>
        <translation>una versión sin uuid válido</translation>
    </message>
    <message>
        <source>a revision without its time, title, kind, status, visibility or text</source>
        <translation>una versión sin fecha, título, tipo, estado, visibilidad o texto</translation>
    </message>
    <message>
        <source>“%1” does not end with the revision its page file names</source>
        <translation>«%1» no termina con la versión que indica su archivo de página</translation>
    </message>
    <message>
        <source>“%1” is not named by its SHA-256 and type</source>
        <translation>el nombre de «%1» no es su SHA-256 y su tipo</translation>
    </message>
    <message>
        <source>“%1” is not named by its SHA-256</source>
        <translation>el nombre de «%1» no es su SHA-256</translation>
    </message>
</context>
<context>
    <name>folio::Cli</name>
    <message>
        <source>folio: %1</source>
        <translation>folio: %1</translation>
    </message>
    <message>
        <source>folio: unknown command “%1”. Try “folio --help”.</source>
        <translation>folio: comando desconocido «%1». Pruebe «folio --help».</translation>
    </message>
    <message>
        <source>Write a page with “folio page write” or open Folio&apos;s window to start one.</source>
        <translation>Escriba una página con «folio page write» o abra la ventana de Folio para empezar una.</translation>
    </message>
    <message>
        <source>folio: the output could not be written: %1</source>
        <translation>folio: no se pudo escribir la salida: %1</translation>
    </message>
</context>
<context>
    <name>folio::CommandLine</name>
    <message>
        <source>Give one wiki: --wiki appears twice.</source>
        <translation>Indique una sola wiki: --wiki aparece dos veces.</translation>
    </message>
    <message>
        <source>--wiki needs the path of a wiki file.</source>
        <translation>--wiki necesita la ruta de un archivo de wiki.</translation>
    </message>
    <message>
        <source>--wiki needs the path of a wiki file (for a name that starts with a dash, write ./%1).</source>
        <translation>--wiki necesita la ruta de un archivo de wiki (para un nombre que empiece por guion, escriba ./%1).</translation>
    </message>
    <message>
        <source>Unknown option “%1”. Try “folio --help”.</source>
        <translation>Opción desconocida «%1». Pruebe «folio --help».</translation>
    </message>
    <message>
        <source>The link “%1” names no page.</source>
        <translation>El enlace «%1» no indica ninguna página.</translation>
    </message>
    <message>
        <source>Give one wiki: either --wiki or a file name, not both.</source>
        <translation>Indique una sola wiki: o --wiki o un nombre de archivo, no ambos.</translation>
    </message>
    <message>
        <source>Usage: folio [--wiki PATH] [COMMAND]
       folio WIKI-FILE
       folio folio://wiki/page/TITLE   (a copied page link: opens that page)

Folio is an offline wiki. Without a command it opens the window.

Options:
  -w, --wiki PATH   open or create the wiki file at PATH
                    (default: wiki.folio in the user&apos;s data folder)
  -v, --version     print the version and exit
  -h, --help        print this help and exit

Commands:
  page list [--drafts] [--json]      list the published pages (--drafts: all)
  page show TITLE [--html]           print a page&apos;s Markdown (or HTML)
  page write TITLE [--file F] [--kind K] [--tags T]
                                     create a page or add a revision,
                                     from F or standard input
  page history TITLE [--json]        list a page&apos;s revisions
  page diff TITLE [REV_A [REV_B]]    a unified diff (default: the last two)
  page rename OLD NEW                rename, and make links to OLD follow
  page move TITLE PARENT | --top     put a page under another, or at the top
  page delete TITLE                  delete a page (its history is kept)
  page deleted                       list deleted pages
  page restore TITLE [REVISION]      bring back a deleted page, or the text
                                     of an older revision as a new one
  page status TITLE [draft|review|published] [--public|--internal]
               [--message TEXT]      move a page through review
  page attach TITLE FILE             attach a file; prints the Markdown link
  page import DIR                    import every .md file under DIR
  Commands that write take --author NAME (default: the name set in the window,
  else the login name).
  search QUERY [--limit N] [--drafts] [--json]
                                     search the published pages (--drafts: all);
                                     QUERY may use &quot;phrases&quot;, -excluded, OR, word*,
                                     tag:, kind:, title:
  import-links PATH [--format F] [--channels a,b] [--since DATE] [--until DATE]
               [--include-private] [--allow-domain D] [--deny-domain D] [--json]
                                     import the links shared in a chat export
                                     or bookmark file; --format help lists the formats
  links [--json] [--limit N] [QUERY] list links; QUERY may use channel:, from:,
                                     domain:, tag:, after:, before:
  link show URL [--text] [--json]    a link, its archive status and every message
                                     that shared it; --text: its readable text
  archive [--pending | --failed | URL...] [--allow-private] [--concurrency N]
          [--timeout SECONDS]        keep the linked pages for reading offline
  export FILE [--published-only] [--public-only] [--tag T] [--kind K]
                                     write the wiki (or what passes) as a bundle
  import FILE [--other-wiki]         merge a bundle: nobody&apos;s edits are lost
  import --undo [--force]            put the wiki back as it was before the last
                                     import
  sync DIR [--other-wiki]            merge the other machines&apos; bundles in DIR, then
                                     write this machine&apos;s there
</source>
        <translation>Uso: folio [--wiki RUTA] [COMANDO]
     folio ARCHIVO-WIKI
     folio folio://wiki/page/TÍTULO   (un enlace de página copiado: abre esa página)

Folio es una wiki sin conexión. Sin comando, abre la ventana.

Opciones:
  -w, --wiki RUTA   abre o crea el archivo de wiki en RUTA
                    (predeterminado: wiki.folio en la carpeta de datos del usuario)
  -v, --version     muestra la versión y sale
  -h, --help        muestra esta ayuda y sale

Comandos:
  page list [--drafts] [--json]      lista las páginas publicadas (--drafts: todas)
  page show TÍTULO [--html]          muestra el Markdown (o el HTML) de una página
  page write TÍTULO [--file F] [--kind K] [--tags T]
                                     crea una página o añade una versión,
                                     a partir de F o de la entrada estándar
  page history TÍTULO [--json]       lista las versiones de una página
  page diff TÍTULO [REV_A [REV_B]]   un diff unificado (predeterminado: las dos últimas)
  page rename ANTIGUO NUEVO          cambia el nombre y redirige los enlaces a ANTIGUO
  page move TÍTULO PADRE | --top     poner una página bajo otra, o en el nivel superior
  page delete TÍTULO                 elimina una página (se conserva su historial)
  page deleted                       lista las páginas eliminadas
  page restore TÍTULO [VERSIÓN]      recupera una página eliminada, o el texto
                                     de una versión anterior como versión nueva
  page status TÍTULO [draft|review|published] [--public|--internal]
               [--message TEXTO]     cambia el estado de revisión de una página
  page attach TÍTULO ARCHIVO         adjunta un archivo; muestra el enlace Markdown
  page import CARPETA                importa todos los archivos .md de CARPETA
  Los comandos que escriben admiten --author NOMBRE (predeterminado: el nombre
  indicado en la ventana o, si no, el nombre de inicio de sesión).
  search CONSULTA [--limit N] [--drafts] [--json]
                                     busca en las páginas publicadas (--drafts: todas);
                                     CONSULTA admite &quot;frases&quot;, -excluidas, OR, palabra*,
                                     tag:, kind:, title:
  import-links RUTA [--format F] [--channels a,b] [--since FECHA] [--until FECHA]
               [--include-private] [--allow-domain D] [--deny-domain D] [--json]
                                     importa los enlaces compartidos en una exportación
                                     de chat o en un archivo de marcadores; --format help
                                     lista los formatos
  links [--json] [--limit N] [CONSULTA]
                                     lista los enlaces; CONSULTA admite channel:, from:,
                                     domain:, tag:, after:, before:
  link show URL [--text] [--json]    un enlace, su estado de archivado y cada mensaje
                                     que lo compartió; --text: su texto legible
  archive [--pending | --failed | URL...] [--allow-private] [--concurrency N]
          [--timeout SEGUNDOS]       guarda las páginas enlazadas para leerlas
                                     sin conexión
  export ARCHIVO [--published-only] [--public-only] [--tag T] [--kind K]
                                     escribe la wiki (o lo filtrado) como paquete
  import ARCHIVO [--other-wiki]      combina un paquete sin perder ninguna edición
  import --undo [--force]            devuelve la wiki al estado anterior a la última
                                     importación
  sync CARPETA [--other-wiki]        combina los paquetes de otros equipos en CARPETA
                                     y luego escribe allí el de este equipo
</translation>
    </message>
</context>
<context>
    <name>folio::ConflictDialog</name>
    <message>
        <source>“%1” was saved by %2 at %3 while you were editing it. Left: the saved version. Right: yours. What should the page keep?</source>
        <translation>%2 guardó «%1» a las %3 mientras usted la editaba. Izquierda: la versión guardada. Derecha: la suya. ¿Qué debe conservar la página?</translation>
    </message>
    <message>
        <source>Changed While You Edited</source>
        <translation>Modificada durante la edición</translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation>Conservar la &amp;mía</translation>
    </message>
    <message>
        <source>Keep &amp;Theirs</source>
        <translation>Conservar la &amp;guardada</translation>
    </message>
    <message>
        <source>Merge by &amp;Hand</source>
        <translation>Combinar a &amp;mano</translation>
    </message>
    <message>
        <source>Save your text; theirs stays in the page&apos;s history.</source>
        <translation>Guardar su texto; el otro queda en el historial de la página.</translation>
    </message>
    <message>
        <source>Drop your changes and show the saved version.</source>
        <translation>Descartar sus cambios y mostrar la versión guardada.</translation>
    </message>
    <message>
        <source>Both changes in the editor, with the places where they clash marked.</source>
        <translation>Ambos cambios en el editor, con marcas en los puntos donde chocan.</translation>
    </message>
</context>
<context>
    <name>folio::ConflictList</name>
    <message>
        <source>The page no longer exists.</source>
        <translation>La página ya no existe.</translation>
    </message>
    <message>
        <source>“%1” was changed elsewhere meanwhile; look at it again.</source>
        <translation>«%1» se modificó en otro lugar mientras tanto; revísela de nuevo.</translation>
    </message>
    <message>
        <source>Resolved the conflict between two machines&apos; edits</source>
        <translation>Conflicto resuelto entre las ediciones de dos equipos</translation>
    </message>
</context>
<context>
    <name>folio::ConflictsDialog</name>
    <message>
        <source>First version</source>
        <translation>Primera versión</translation>
    </message>
    <message>
        <source>Second version</source>
        <translation>Segunda versión</translation>
    </message>
    <message>
        <source>Merged text</source>
        <translation>Texto combinado</translation>
    </message>
    <message>
        <source>Keep &amp;This Version</source>
        <translation>Conservar &amp;esta versión</translation>
    </message>
    <message>
        <source>Keep T&amp;his Version</source>
        <translation>Conservar esta &amp;versión</translation>
    </message>
    <message>
        <source>&amp;Save Merged Text</source>
        <translation>&amp;Guardar texto combinado</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Keep the first version</source>
        <translation>Conservar la primera versión</translation>
    </message>
    <message>
        <source>Keep the second version</source>
        <translation>Conservar la segunda versión</translation>
    </message>
    <message>
        <source>Conflicted pages</source>
        <translation>Páginas en conflicto</translation>
    </message>
    <message>
        <source>Merged text — both versions between &lt;&lt;&lt;&lt;&lt;&lt;&lt; and &gt;&gt;&gt;&gt;&gt;&gt;&gt; lines; edit it to what it should say:</source>
        <translation>Texto combinado — ambas versiones entre las líneas &lt;&lt;&lt;&lt;&lt;&lt;&lt; y &gt;&gt;&gt;&gt;&gt;&gt;&gt;; edítelo para que diga lo que debe decir:</translation>
    </message>
    <message>
        <source>No page has conflicting edits.</source>
        <translation>Ninguna página tiene ediciones en conflicto.</translation>
    </message>
    <message>
        <source>Keep Both Versions?</source>
        <translation>¿Conservar ambas versiones?</translation>
    </message>
    <message>
        <source>The text still holds both versions between &lt;&lt;&lt;&lt;&lt;&lt;&lt; and &gt;&gt;&gt;&gt;&gt;&gt;&gt; lines. Save it as it is?</source>
        <translation>El texto aún contiene ambas versiones entre las líneas &lt;&lt;&lt;&lt;&lt;&lt;&lt; y &gt;&gt;&gt;&gt;&gt;&gt;&gt;. ¿Desea guardarlo tal como está?</translation>
    </message>
    <message>
        <source>Cannot List Conflicts</source>
        <translation>No se pueden listar los conflictos</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) were changed on two machines in the same lines. Compare both versions, then keep one or edit the merged text.</source>
        <translation>
            <numerusform>%n página se modificó en dos equipos en las mismas líneas. Compare ambas versiones y luego conserve una o edite el texto combinado.</numerusform>
            <numerusform>%n páginas se modificaron en dos equipos en las mismas líneas. Compare ambas versiones y luego conserve una o edite el texto combinado.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Show Conflict</source>
        <translation>No se puede mostrar el conflicto</translation>
    </message>
    <message>
        <source>Version by %1, %2</source>
        <translation>Versión de %1, %2</translation>
    </message>
    <message>
        <source>Cannot Resolve Conflict</source>
        <translation>No se puede resolver el conflicto</translation>
    </message>
</context>
<context>
    <name>folio::Database</name>
    <message>
        <source>The file is not a wiki: it is not an SQLite database.</source>
        <translation>El archivo no es una wiki: no es una base de datos SQLite.</translation>
    </message>
    <message>
        <source>The wiki file is damaged.</source>
        <translation>El archivo de la wiki está dañado.</translation>
    </message>
    <message>
        <source>The wiki file is damaged or was changed by another program: its tables are not as Folio left them.</source>
        <translation>El archivo de la wiki está dañado o lo modificó otro programa: sus tablas no están como Folio las dejó.</translation>
    </message>
    <message>
        <source>The wiki cannot be changed: the file, its journal or its folder is read-only.</source>
        <translation>No se puede modificar la wiki: el archivo, su diario o su carpeta son de solo lectura.</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>Se canceló la operación.</translation>
    </message>
    <message>
        <source>The wiki is busy: another program is using it. Try again in a moment.</source>
        <translation>La wiki está ocupada: otro programa la está usando. Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>The wiki is busy: %1 is using it. Try again in a moment, or close that program.</source>
        <translation>La wiki está ocupada: %1 la está usando. Vuelva a intentarlo en un momento o cierre ese programa.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again.</source>
        <translation>El disco está lleno. Libere espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The wiki file could not be read or written (input/output error). Check the disk.</source>
        <translation>No se pudo leer ni escribir el archivo de la wiki (error de entrada/salida). Revise el disco.</translation>
    </message>
    <message>
        <source>The wiki file cannot be opened: check that it and its folder exist and that you may read and write them.</source>
        <translation>No se puede abrir el archivo de la wiki: compruebe que el archivo y su carpeta existen y que tiene permiso para leerlos y escribir en ellos.</translation>
    </message>
    <message>
        <source>The wiki file may not grow any larger (a file size limit).</source>
        <translation>El archivo de la wiki no puede crecer más (límite de tamaño de archivo).</translation>
    </message>
    <message>
        <source>The change is too large to store.</source>
        <translation>El cambio es demasiado grande para almacenarlo.</translation>
    </message>
    <message>
        <source>The wiki reported an unexpected error (code %1).</source>
        <translation>La wiki informó de un error inesperado (código %1).</translation>
    </message>
</context>
<context>
    <name>folio::DatabaseBackup</name>
    <message>
        <source>Could not put the copy of the wiki at “%1”.</source>
        <translation>No se pudo guardar la copia de la wiki en «%1».</translation>
    </message>
</context>
<context>
    <name>folio::DeletedPagesDialog</name>
    <message>
        <source>No page has been deleted.</source>
        <translation>No se ha eliminado ninguna página.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>Deleted Pages</source>
        <translation>Páginas eliminadas</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminada</translation>
    </message>
    <message>
        <source>Deleted pages</source>
        <translation>Páginas eliminadas</translation>
    </message>
    <message>
        <source>A restored page comes back with its whole history.</source>
        <translation>Una página restaurada vuelve con todo su historial.</translation>
    </message>
    <message>
        <source>Cannot List Deleted Pages</source>
        <translation>No se pueden listar las páginas eliminadas</translation>
    </message>
    <message>
        <source>Cannot Restore Page</source>
        <translation>No se puede restaurar la página</translation>
    </message>
</context>
<context>
    <name>folio::DiffView</name>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>No change in the text.</source>
        <translation>No hay cambios en el texto.</translation>
    </message>
</context>
<context>
    <name>folio::DiscordExport</name>
    <message>
        <source>a message without an id or time; skipped</source>
        <translation>un mensaje sin ID ni fecha; omitido</translation>
    </message>
    <message>
        <source>“%1” holds no DiscordChatExporter JSON file.</source>
        <translation>«%1» no contiene ningún archivo JSON de DiscordChatExporter.</translation>
    </message>
    <message>
        <source>Discord export (DiscordChatExporter JSON)</source>
        <translation>Exportación de Discord (JSON de DiscordChatExporter)</translation>
    </message>
</context>
<context>
    <name>folio::EditSession</name>
    <message>
        <source>Cannot Attach File</source>
        <translation>No se puede adjuntar el archivo</translation>
    </message>
    <message>
        <source>Unsaved text could not be kept in the wiki (Folio tries again in a moment): %1</source>
        <translation>No se pudo conservar en la wiki el texto sin guardar (Folio volverá a intentarlo en un momento): %1</translation>
    </message>
    <message>
        <source>Cannot Restore Draft</source>
        <translation>No se puede restaurar el borrador</translation>
    </message>
    <message>
        <source>Restore Unsaved Text</source>
        <translation>Restaurar texto sin guardar</translation>
    </message>
    <message>
        <source>“%1” has changes kept %2 that were never saved. Restore them?

No deletes that text and opens the page as it is.</source>
        <translation>«%1» tiene cambios que nunca se guardaron (conservados: %2). ¿Desea restaurarlos?

No elimina ese texto y abre la página tal como está.</translation>
    </message>
    <message>
        <source>Cannot Delete Draft</source>
        <translation>No se puede eliminar el borrador</translation>
    </message>
    <message>
        <source>Folio closed before your changes to “%1” were saved (kept %2). Restore them?

No deletes this text; Cancel asks again next time.</source>
        <translation>Folio se cerró antes de guardar sus cambios en «%1» (conservados: %2). ¿Desea restaurarlos?

No elimina este texto; Cancelar volverá a preguntar la próxima vez.</translation>
    </message>
    <message>
        <source>Cannot Save Page</source>
        <translation>No se puede guardar la página</translation>
    </message>
    <message>
        <source>“%1” was deleted while you edited it. Your text is still in the editor: copy it, or restore the page from Page → Deleted Pages and save again.</source>
        <translation>«%1» se eliminó mientras la editaba. Su texto sigue en el editor: cópielo o restaure la página desde Página → Páginas eliminadas y vuelva a guardar.</translation>
    </message>
    <message>
        <source>your text</source>
        <translation>su texto</translation>
    </message>
    <message>
        <source>saved by %1</source>
        <translation>guardado por %1</translation>
    </message>
    <message>
        <source>Both changes are merged: check the text, then save.</source>
        <translation>Ambos cambios están combinados: revise el texto y luego guarde.</translation>
    </message>
    <message>
        <source>Both changes are in the editor; where they clash, both versions stand between &lt;&lt;&lt;&lt;&lt;&lt;&lt; and &gt;&gt;&gt;&gt;&gt;&gt;&gt;. Keep what is right, then save.</source>
        <translation>Ambos cambios están en el editor; donde chocan, las dos versiones aparecen entre &lt;&lt;&lt;&lt;&lt;&lt;&lt; y &gt;&gt;&gt;&gt;&gt;&gt;&gt;. Conserve lo correcto y luego guarde.</translation>
    </message>
    <message>
        <source>Cannot Undo Rename</source>
        <translation>No se puede deshacer el cambio de nombre</translation>
    </message>
    <message>
        <source>Cannot Rename Page</source>
        <translation>No se puede cambiar el nombre de la página</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Save them?</source>
        <translation>«%1» tiene cambios sin guardar. ¿Desea guardarlos?</translation>
    </message>
</context>
<context>
    <name>folio::ExportArchive</name>
    <message>
        <source>a file in the export is larger than %1 MB.</source>
        <translation>un archivo de la exportación supera los %1 MB.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>No se puede leer «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” is not a regular file; Folio reads only files.</source>
        <translation>«%1» no es un archivo normal; Folio solo lee archivos.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>No se puede abrir «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>«%1» no existe.</translation>
    </message>
    <message>
        <source>“%1” is not a regular file; Folio reads only files and folders.</source>
        <translation>«%1» no es un archivo normal; Folio solo lee archivos y carpetas.</translation>
    </message>
</context>
<context>
    <name>folio::FileOutput</name>
    <message>
        <source>“%1” is a folder; choose a file name.</source>
        <translation>«%1» es una carpeta; elija un nombre de archivo.</translation>
    </message>
    <message>
        <source>“%1” is not a regular file; choose another name.</source>
        <translation>«%1» no es un archivo normal; elija otro nombre.</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>No se pudo escribir «%1»: %2</translation>
    </message>
</context>
<context>
    <name>folio::FindBar</name>
    <message>
        <source>Find in page</source>
        <translation>Buscar en la página</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Sin coincidencias</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Coincidencia anterior (Mayús+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Coincidencia siguiente (F3)</translation>
    </message>
    <message>
        <source>Close find bar (Esc)</source>
        <translation>Cerrar la barra de búsqueda (Esc)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>folio::FormatDetector</name>
    <message>
        <source>There is no export format “%1”; Folio reads %2.</source>
        <translation>No existe el formato de exportación «%1»; Folio lee %2.</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>«%1» está vacío.</translation>
    </message>
    <message>
        <source>“%1” is not an export Folio knows. It reads: %2.</source>
        <translation>«%1» no es una exportación que Folio conozca. Folio lee: %2.</translation>
    </message>
</context>
<context>
    <name>folio::FrontMatter</name>
    <message>
        <source>it does not start with a front matter header (&quot;---&quot;)</source>
        <translation>no empieza con un encabezado de metadatos («---»)</translation>
    </message>
    <message>
        <source>its front matter header never ends (no closing &quot;---&quot;)</source>
        <translation>su encabezado de metadatos nunca termina (falta el «---» de cierre)</translation>
    </message>
    <message>
        <source>line %1 of its front matter is not &quot;key: value&quot;</source>
        <translation>la línea %1 de su encabezado de metadatos no tiene la forma «clave: valor»</translation>
    </message>
    <message>
        <source>the value of “%1” in its front matter is not valid JSON</source>
        <translation>el valor de «%1» en su encabezado de metadatos no es JSON válido</translation>
    </message>
    <message>
        <source>“%1” appears twice in its front matter</source>
        <translation>«%1» aparece dos veces en su encabezado de metadatos</translation>
    </message>
</context>
<context>
    <name>folio::HistoryView</name>
    <message>
        <source>&amp;Side by Side</source>
        <translation>&amp;Lado a lado</translation>
    </message>
    <message>
        <source>&amp;Restore This Revision</source>
        <translation>&amp;Restaurar esta versión</translation>
    </message>
    <message>
        <source>&amp;Back to Page</source>
        <translation>&amp;Volver a la página</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Versiones</translation>
    </message>
    <message>
        <source>Choose one revision to see what it changed, or two (Ctrl+click) to compare them.</source>
        <translation>Elija una versión para ver qué cambió, o dos (Ctrl+clic) para compararlas.</translation>
    </message>
    <message>
        <source>History of “%1”</source>
        <translation>Historial de «%1»</translation>
    </message>
    <message>
        <source>Conflicted: two machines&apos; edits of the same lines, both kept</source>
        <translation>En conflicto: ediciones de dos equipos en las mismas líneas, ambas conservadas</translation>
    </message>
    <message>
        <source>Merge of two machines&apos; edits</source>
        <translation>Combinación de las ediciones de dos equipos</translation>
    </message>
    <message>
        <source>Titled “%1” then</source>
        <translation>Entonces se titulaba «%1»</translation>
    </message>
    <message>
        <source>Choose a revision.</source>
        <translation>Elija una versión.</translation>
    </message>
    <message>
        <source>Choose one or two revisions.</source>
        <translation>Elija una o dos versiones.</translation>
    </message>
    <message>
        <source>Changes from revision %1 to revision %2</source>
        <translation>Cambios de la versión %1 a la versión %2</translation>
    </message>
    <message numerus="yes">
        <source>Revision %1 by %2: %n line(s) added, %3 removed.</source>
        <translation>
            <numerusform>Versión %1 de %2: %n línea añadida, %3 eliminadas.</numerusform>
            <numerusform>Versión %1 de %2: %n líneas añadidas, %3 eliminadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Restore Revision</source>
        <translation>No se puede restaurar la versión</translation>
    </message>
</context>
<context>
    <name>folio::HistoryWriter</name>
    <message>
        <source>A revision to show is missing from the page&apos;s history.</source>
        <translation>Falta en el historial de la página una versión que se debe mostrar.</translation>
    </message>
</context>
<context>
    <name>folio::ImportLinksDialog</name>
    <message>
        <source>Include &amp;private channels and direct messages</source>
        <translation>Incluir canales &amp;privados y mensajes directos</translation>
    </message>
    <message>
        <source>Include links inside &amp;code</source>
        <translation>Incluir enlaces dentro de &amp;código</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Import Links</source>
        <translation>Importar enlaces</translation>
    </message>
    <message>
        <source>A chat export (zip, folder or file) or a bookmark file</source>
        <translation>Una exportación de chat (ZIP, carpeta o archivo) o un archivo de marcadores</translation>
    </message>
    <message>
        <source>&amp;File…</source>
        <translation>&amp;Archivo…</translation>
    </message>
    <message>
        <source>F&amp;older…</source>
        <translation>Ca&amp;rpeta…</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Detectar automáticamente</translation>
    </message>
    <message>
        <source>all channels (or: general, releases)</source>
        <translation>todos los canales (o: general, releases)</translation>
    </message>
    <message>
        <source>2024-01-01</source>
        <translation>2024-01-01</translation>
    </message>
    <message>
        <source>2024-12-31</source>
        <translation>2024-12-31</translation>
    </message>
    <message>
        <source>every domain (or: example.com, wiki.org)</source>
        <translation>todos los dominios (o: example.com, wiki.org)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>&amp;Export:</source>
        <translation>&amp;Exportación:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>C&amp;hannels:</source>
        <translation>Ca&amp;nales:</translation>
    </message>
    <message>
        <source>Shared &amp;since:</source>
        <translation>Compartidos &amp;desde:</translation>
    </message>
    <message>
        <source>Shared &amp;until:</source>
        <translation>Compartidos &amp;hasta:</translation>
    </message>
    <message>
        <source>Only &amp;domains:</source>
        <translation>Solo do&amp;minios:</translation>
    </message>
    <message>
        <source>Never &amp;domains:</source>
        <translation>Dominios e&amp;xcluidos:</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Informe de importación</translation>
    </message>
    <message>
        <source>Choose an Export</source>
        <translation>Elija una exportación</translation>
    </message>
    <message>
        <source>Exports (*.zip *.json *.jsonl *.html *.htm *.tar.gz *.tgz);;All files (*)</source>
        <translation>Exportaciones (*.zip *.json *.jsonl *.html *.htm *.tar.gz *.tgz);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose an Unzipped Export</source>
        <translation>Elija una exportación descomprimida</translation>
    </message>
    <message>
        <source>Saving the links of %1 messages…</source>
        <translation>Guardando los enlaces de %1 mensajes…</translation>
    </message>
    <message>
        <source>Reading… %1 messages so far</source>
        <translation>Leyendo… %1 mensajes hasta ahora</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>No se importó nada: %1</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was imported.</source>
        <translation>Cancelado. No se importó nada.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Choose the export to import first.</source>
        <translation>Elija primero la exportación que desea importar.</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as 2024-05-01.</source>
        <translation>«%1» no es una fecha; escríbala como 2024-05-01.</translation>
    </message>
    <message>
        <source>The first day must come before the last.</source>
        <translation>El primer día debe ser anterior al último.</translation>
    </message>
    <message>
        <source>Reading the export…</source>
        <translation>Leyendo la exportación…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %n new link(s).</source>
        <translation>
            <numerusform>Se importó %1: %n enlace nuevo.</numerusform>
            <numerusform>Se importó %1: %n enlaces nuevos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Messages read: %1</source>
        <translation>Mensajes leídos: %1</translation>
    </message>
    <message>
        <source>Links found: %1</source>
        <translation>Enlaces encontrados: %1</translation>
    </message>
    <message>
        <source>New links: %1</source>
        <translation>Enlaces nuevos: %1</translation>
    </message>
    <message>
        <source>New shares: %1</source>
        <translation>Comparticiones nuevas: %1</translation>
    </message>
    <message numerus="yes">
        <source>Left out: %n message(s) in private channels and direct messages (the box above imports them).</source>
        <translation>
            <numerusform>Omitido: %n mensaje en canales privados y mensajes directos (la casilla de arriba los importa).</numerusform>
            <numerusform>Omitidos: %n mensajes en canales privados y mensajes directos (la casilla de arriba los importa).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out: %n message(s) outside the channels or dates asked for.</source>
        <translation>
            <numerusform>Omitido: %n mensaje fuera de los canales o las fechas indicados.</numerusform>
            <numerusform>Omitidos: %n mensajes fuera de los canales o las fechas indicados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out: %n link(s) in code or outside the domain rules.</source>
        <translation>
            <numerusform>Omitido: %n enlace en código o fuera de las reglas de dominio.</numerusform>
            <numerusform>Omitidos: %n enlaces en código o fuera de las reglas de dominio.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tokens or passwords removed from %n link(s).</source>
        <translation>
            <numerusform>Se quitaron tokens o contraseñas de %n enlace.</numerusform>
            <numerusform>Se quitaron tokens o contraseñas de %n enlaces.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped %1: %2</source>
        <translation>Se omitió %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) could not be read and were skipped:</source>
        <translation>
            <numerusform>%n elemento no se pudo leer y se omitió:</numerusform>
            <numerusform>%n elementos no se pudieron leer y se omitieron:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>folio::ImportUndo</name>
    <message>
        <source>There is no import to undo: no bundle was imported into this wiki.</source>
        <translation>No hay ninguna importación que deshacer: no se ha importado ningún paquete en esta wiki.</translation>
    </message>
    <message>
        <source>The import of “%1” was undone already; it cannot be undone twice.</source>
        <translation>La importación de «%1» ya se deshizo; no se puede deshacer dos veces.</translation>
    </message>
    <message>
        <source>The import of “%1” cannot be undone: the copy of the wiki taken before it (“%2”) is gone.</source>
        <translation>No se puede deshacer la importación de «%1»: ya no existe la copia de la wiki hecha antes de ella («%2»).</translation>
    </message>
    <message>
        <source>Another bundle was imported meanwhile; look at what Undo would do again.</source>
        <translation>Mientras tanto se importó otro paquete; vuelva a revisar qué haría Deshacer.</translation>
    </message>
    <message numerus="yes">
        <source>Undoing the import of “%1” would also undo %n change(s) made after it.</source>
        <translation>
            <numerusform>Deshacer la importación de «%1» también desharía %n cambio hecho después.</numerusform>
            <numerusform>Deshacer la importación de «%1» también desharía %n cambios hechos después.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not the copy Folio took before importing “%2”; Folio leaves both as they are.</source>
        <translation>«%1» no es la copia que Folio hizo antes de importar «%2»; Folio deja ambos como están.</translation>
    </message>
    <message>
        <source>The copy of the wiki taken before the import cannot be read: %1</source>
        <translation>No se puede leer la copia de la wiki hecha antes de la importación: %1</translation>
    </message>
</context>
<context>
    <name>folio::JsonReading</name>
    <message>
        <source>%1, item %2 (byte %3)</source>
        <translation>%1, elemento %2 (byte %3)</translation>
    </message>
    <message>
        <source>an item larger than %1 MB was skipped</source>
        <translation>se omitió un elemento de más de %1 MB</translation>
    </message>
    <message>
        <source>not valid JSON (%1); skipped</source>
        <translation>no es JSON válido (%1); omitido</translation>
    </message>
    <message>
        <source>the file does not hold what this export keeps there (“%1” expected); nothing in it was read</source>
        <translation>el archivo no contiene lo que esta exportación guarda en él (se esperaba «%1»); no se leyó nada de él</translation>
    </message>
    <message>
        <source>something follows the end of the JSON (at byte %1); it was not read</source>
        <translation>hay algo después del final del JSON (en el byte %1); no se leyó</translation>
    </message>
    <message numerus="yes">
        <source>the file is cut off; the %n complete item(s) before the cut were read</source>
        <translation>
            <numerusform>el archivo está truncado; se leyó el %n elemento completo anterior al corte</numerusform>
            <numerusform>el archivo está truncado; se leyeron los %n elementos completos anteriores al corte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the file stops being JSON (%1); the %n item(s) before were read</source>
        <translation>
            <numerusform>el archivo deja de ser JSON (%1); se leyó el %n elemento anterior</numerusform>
            <numerusform>el archivo deja de ser JSON (%1); se leyeron los %n elementos anteriores</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, línea %2</translation>
    </message>
    <message>
        <source>a line longer than %1 MB was skipped</source>
        <translation>se omitió una línea de más de %1 MB</translation>
    </message>
</context>
<context>
    <name>folio::JsonStream</name>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 en el byte %2</translation>
    </message>
    <message>
        <source>a name was expected</source>
        <translation>se esperaba un nombre</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>anidamiento demasiado profundo</translation>
    </message>
    <message>
        <source>an unexpected bracket</source>
        <translation>un corchete inesperado</translation>
    </message>
    <message>
        <source>an unexpected comma</source>
        <translation>una coma inesperada</translation>
    </message>
</context>
<context>
    <name>folio::LibArchiveExport</name>
    <message>
        <source>two entries named “%1”</source>
        <translation>dos entradas llamadas «%1»</translation>
    </message>
    <message>
        <source>“%1” is a damaged or unsupported archive: %2</source>
        <translation>«%1» es un archivo comprimido dañado o no compatible: %2</translation>
    </message>
    <message>
        <source>a file name that is not UTF-8</source>
        <translation>un nombre de archivo que no está en UTF-8</translation>
    </message>
    <message>
        <source>a file name that is not UTF-8 (“%1”)</source>
        <translation>un nombre de archivo que no está en UTF-8 («%1»)</translation>
    </message>
    <message>
        <source>an entry that points outside the archive (“%1”)</source>
        <translation>una entrada que apunta fuera del archivo comprimido («%1»)</translation>
    </message>
    <message>
        <source>a link or special file (“%1”)</source>
        <translation>un enlace simbólico o archivo especial («%1»)</translation>
    </message>
    <message>
        <source>a file larger than %1 GB (“%2”)</source>
        <translation>un archivo de más de %1 GB («%2»)</translation>
    </message>
    <message>
        <source>“%1” holds %2, which no export has; it was not imported.</source>
        <translation>«%1» contiene %2, que no aparece en ninguna exportación; no se importó.</translation>
    </message>
</context>
<context>
    <name>folio::LibArchiveExport::Reader</name>
    <message>
        <source>“%1” holds “%2”, larger than %3 GB: refused.</source>
        <translation>«%1» contiene «%2», de más de %3 GB: rechazado.</translation>
    </message>
    <message>
        <source>“%1” expands to more than %2 times its size, as a decompression bomb does: refused.</source>
        <translation>«%1» se expande a más de %2 veces su tamaño, como hace una bomba de descompresión: rechazado.</translation>
    </message>
</context>
<context>
    <name>folio::LinkDetailsView</name>
    <message>
        <source>&amp;Open in Browser</source>
        <translation>Abrir en el &amp;navegador</translation>
    </message>
    <message>
        <source>&amp;Copy Link</source>
        <translation>&amp;Copiar enlace</translation>
    </message>
    <message>
        <source>&amp;Promote to Page</source>
        <translation>Convertir en &amp;página</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archivar</translation>
    </message>
    <message>
        <source>&amp;Read Offline</source>
        <translation>L&amp;eer sin conexión</translation>
    </message>
    <message>
        <source>Start a wiki page from this link and the conversation that shared it</source>
        <translation>Crear una página de la wiki a partir de este enlace y de la conversación en la que se compartió</translation>
    </message>
    <message>
        <source>Messages that shared the link</source>
        <translation>Mensajes que compartieron el enlace</translation>
    </message>
    <message>
        <source>Read the archived page, with the network off if need be</source>
        <translation>Leer la página archivada, incluso sin conexión a la red si es necesario</translation>
    </message>
    <message>
        <source>No link selected</source>
        <translation>Ningún enlace seleccionado</translation>
    </message>
    <message>
        <source>Pick a link in the Links panel to see who shared it, where and when.</source>
        <translation>Elija un enlace en el panel «Enlaces» para ver quién lo compartió, dónde y cuándo.</translation>
    </message>
    <message numerus="yes">
        <source>Shared %n time(s)</source>
        <translation>
            <numerusform>Compartido %n vez</numerusform>
            <numerusform>Compartido %n veces</numerusform>
        </translation>
    </message>
    <message>
        <source>first %1</source>
        <translation>primera vez: %1</translation>
    </message>
    <message>
        <source>last %1</source>
        <translation>última vez: %1</translation>
    </message>
    <message>
        <source>A token or password was removed from this link when it was imported.</source>
        <translation>Al importar este enlace se le quitó un token o una contraseña.</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Etiquetas: %1</translation>
    </message>
    <message>
        <source>&amp;Archive Again</source>
        <translation>&amp;Archivar de nuevo</translation>
    </message>
    <message>
        <source> (bot)</source>
        <translation> (bot)</translation>
    </message>
    <message>
        <source>quoted by %1</source>
        <translation>citado por %1</translation>
    </message>
</context>
<context>
    <name>folio::LinkImporter</name>
    <message>
        <source>a link in a system message (a join, a topic, an integration added)</source>
        <translation>un enlace en un mensaje del sistema (una incorporación, un tema, una integración añadida)</translation>
    </message>
    <message>
        <source>[an address that held a password]</source>
        <translation>[una dirección que contenía una contraseña]</translation>
    </message>
    <message>
        <source>a link or special file, not a file the export wrote; not read</source>
        <translation>un enlace simbólico o archivo especial, no un archivo escrito por la exportación; no se leyó</translation>
    </message>
</context>
<context>
    <name>folio::LinkJson</name>
    <message>
        <source>a message without its platform or id</source>
        <translation>un mensaje sin plataforma o ID</translation>
    </message>
    <message>
        <source>a share without its address</source>
        <translation>un enlace compartido sin dirección</translation>
    </message>
    <message>
        <source>a link without its address</source>
        <translation>un enlace sin dirección</translation>
    </message>
    <message>
        <source>a capture without its snapshot or time</source>
        <translation>una captura sin instantánea o fecha</translation>
    </message>
</context>
<context>
    <name>folio::LinkPromotion</name>
    <message>
        <source>Link from %1</source>
        <translation>Enlace de %1</translation>
    </message>
    <message numerus="yes">
        <source>Shared %n time(s); first by %1 in %2 on %3.</source>
        <translation>
            <numerusform>Compartido %n vez; primero por %1 en %2 el %3.</numerusform>
            <numerusform>Compartido %n veces; primero por %1 en %2 el %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Where it was shared</source>
        <translation>Dónde se compartió</translation>
    </message>
    <message>
        <source>From the page</source>
        <translation>De la página</translation>
    </message>
    <message>
        <source>archived %1</source>
        <translation>archivado el %1</translation>
    </message>
    <message>
        <source>(The page&apos;s text goes on; its archived copy holds all of it.)</source>
        <translation>(El texto de la página continúa; su copia archivada lo contiene completo.)</translation>
    </message>
</context>
<context>
    <name>folio::LinkQueryParser</name>
    <message>
        <source>%1: needs a value.</source>
        <translation>%1: necesita un valor.</translation>
    </message>
    <message>
        <source>hidden: takes yes or no.</source>
        <translation>hidden: admite yes o no.</translation>
    </message>
    <message>
        <source>%1: takes a date such as 2024-05-01.</source>
        <translation>%1: admite una fecha como 2024-05-01.</translation>
    </message>
    <message>
        <source>too many words: a filter takes at most %1.</source>
        <translation>demasiadas palabras: un filtro admite como máximo %1.</translation>
    </message>
</context>
<context>
    <name>folio::LinkStore</name>
    <message>
        <source>private channel</source>
        <translation>canal privado</translation>
    </message>
    <message>
        <source>direct message</source>
        <translation>mensaje directo</translation>
    </message>
    <message>
        <source>group message</source>
        <translation>mensaje de grupo</translation>
    </message>
</context>
<context>
    <name>folio::LinksCommand</name>
    <message>
        <source>folio: %1</source>
        <translation>folio: %1</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Uso: %1</translation>
    </message>
    <message>
        <source>folio import-links PATH [--format F] [--channels a,b] [--since DATE] [--until DATE] [--include-private] [--allow-domain D] [--deny-domain D] [--include-code] [--json]</source>
        <translation>folio import-links RUTA [--format F] [--channels a,b] [--since FECHA] [--until FECHA] [--include-private] [--allow-domain D] [--deny-domain D] [--include-code] [--json]</translation>
    </message>
    <message>
        <source>--since takes a date such as 2024-05-01.</source>
        <translation>--since admite una fecha como 2024-05-01.</translation>
    </message>
    <message>
        <source>--until takes a date such as 2024-05-01.</source>
        <translation>--until admite una fecha como 2024-05-01.</translation>
    </message>
    <message>
        <source>unknown option “%1”.</source>
        <translation>opción desconocida «%1».</translation>
    </message>
    <message>
        <source>one export at a time, please.</source>
        <translation>solo una exportación a la vez, por favor.</translation>
    </message>
    <message>
        <source>which export should I import?</source>
        <translation>¿qué exportación se debe importar?</translation>
    </message>
    <message>
        <source>--since must come before --until.</source>
        <translation>--since debe ser anterior a --until.</translation>
    </message>
    <message>
        <source>folio: import cancelled; nothing was imported.</source>
        <translation>folio: importación cancelada; no se importó nada.</translation>
    </message>
    <message>
        <source>Imported %1: %2</source>
        <translation>Se importó %1: %2</translation>
    </message>
    <message>
        <source>  messages read:   %1</source>
        <translation>  mensajes leídos:       %1</translation>
    </message>
    <message>
        <source>  links found:     %1</source>
        <translation>  enlaces encontrados:   %1</translation>
    </message>
    <message>
        <source>  new links:       %1</source>
        <translation>  enlaces nuevos:        %1</translation>
    </message>
    <message>
        <source>  new shares:      %1</source>
        <translation>  comparticiones nuevas: %1</translation>
    </message>
    <message numerus="yes">
        <source>  left out: %n message(s) in private channels and direct messages (--include-private imports them)</source>
        <translation>
            <numerusform>  omitido: %n mensaje en canales privados y mensajes directos (--include-private los importa)</numerusform>
            <numerusform>  omitidos: %n mensajes en canales privados y mensajes directos (--include-private los importa)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  left out: %n message(s) outside --channels, --since or --until</source>
        <translation>
            <numerusform>  omitido: %n mensaje fuera de --channels, --since o --until</numerusform>
            <numerusform>  omitidos: %n mensajes fuera de --channels, --since o --until</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  left out: %n link(s) in code or outside the domain rules</source>
        <translation>
            <numerusform>  omitido: %n enlace en código o fuera de las reglas de dominio</numerusform>
            <numerusform>  omitidos: %n enlaces en código o fuera de las reglas de dominio</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  removed tokens or passwords from %n link(s)</source>
        <translation>
            <numerusform>  se quitaron tokens o contraseñas de %n enlace</numerusform>
            <numerusform>  se quitaron tokens o contraseñas de %n enlaces</numerusform>
        </translation>
    </message>
    <message>
        <source>  skipped %1: %2</source>
        <translation>  se omitió %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) could not be read and were skipped:</source>
        <translation>
            <numerusform>%n elemento no se pudo leer y se omitió:</numerusform>
            <numerusform>%n elementos no se pudieron leer y se omitieron:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more</source>
        <translation>
            <numerusform>  … y %n más</numerusform>
            <numerusform>  … y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n share(s)</source>
        <translation>
            <numerusform>compartido %n vez</numerusform>
            <numerusform>compartido %n veces</numerusform>
        </translation>
    </message>
    <message>
        <source>last %1</source>
        <translation>última vez: %1</translation>
    </message>
    <message>
        <source>first by %1 in %2</source>
        <translation>primero por %1 en %2</translation>
    </message>
    <message>
        <source>first by %1</source>
        <translation>primero por %1</translation>
    </message>
    <message>
        <source>first in %1</source>
        <translation>primero en %1</translation>
    </message>
    <message>
        <source>folio links [--json] [--limit N] [QUERY]</source>
        <translation>folio links [--json] [--limit N] [CONSULTA]</translation>
    </message>
    <message>
        <source>--limit takes a number from 1 to 1000000.</source>
        <translation>--limit admite un número del 1 al 1000000.</translation>
    </message>
    <message>
        <source>No links yet. Import a chat export with “folio import-links PATH”.</source>
        <translation>Aún no hay enlaces. Importe una exportación de chat con «folio import-links RUTA».</translation>
    </message>
    <message>
        <source>No link matches.</source>
        <translation>Ningún enlace coincide.</translation>
    </message>
    <message>
        <source>folio link show URL [--text] [--json]</source>
        <translation>folio link show URL [--text] [--json]</translation>
    </message>
    <message>
        <source>what should I do with the link?</source>
        <translation>¿qué se debe hacer con el enlace?</translation>
    </message>
    <message>
        <source>unknown link command “%1”.</source>
        <translation>comando de enlace desconocido «%1».</translation>
    </message>
    <message>
        <source>one link at a time, please.</source>
        <translation>solo un enlace a la vez, por favor.</translation>
    </message>
    <message>
        <source>which link?</source>
        <translation>¿qué enlace?</translation>
    </message>
    <message>
        <source>folio: no link “%1” was imported.</source>
        <translation>folio: no se importó ningún enlace «%1».</translation>
    </message>
    <message>
        <source>folio: “%1” is not archived yet; “folio archive %1” keeps it.</source>
        <translation>folio: «%1» aún no está archivado; «folio archive %1» lo guarda.</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>A token or password was removed from this link when it was imported.</source>
        <translation>Al importar este enlace se le quitó un token o una contraseña.</translation>
    </message>
    <message>
        <source>A link into the chat platform itself.</source>
        <translation>Un enlace a la propia plataforma de chat.</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Etiquetas: %1</translation>
    </message>
    <message numerus="yes">
        <source>Shared %n time(s):</source>
        <translation>
            <numerusform>Compartido %n vez:</numerusform>
            <numerusform>Compartido %n veces:</numerusform>
        </translation>
    </message>
    <message>
        <source>bot</source>
        <translation>bot</translation>
    </message>
</context>
<context>
    <name>folio::LinksModel</name>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <source>Not archived</source>
        <translation>No archivado</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <source>First shared by</source>
        <translation>Compartido primero por</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Last shared</source>
        <translation>Compartido por última vez</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Veces compartido</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>folio::LinksPanel</name>
    <message>
        <source>Filter links (channel:, from:, domain:, after:)</source>
        <translation>Filtrar enlaces (channel:, from:, domain:, after:)</translation>
    </message>
    <message>
        <source>Filter links</source>
        <translation>Filtrar enlaces</translation>
    </message>
    <message>
        <source>Newest</source>
        <translation>Más recientes</translation>
    </message>
    <message>
        <source>Most shared</source>
        <translation>Más compartidos</translation>
    </message>
    <message>
        <source>By domain</source>
        <translation>Por dominio</translation>
    </message>
    <message>
        <source>Order of the links</source>
        <translation>Orden de los enlaces</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtro</translation>
    </message>
    <message>
        <source>Show only the links of a channel, a person or a domain</source>
        <translation>Mostrar solo los enlaces de un canal, una persona o un dominio</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Import the links of a chat export or bookmark file</source>
        <translation>Importar los enlaces de una exportación de chat o de un archivo de marcadores</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivar</translation>
    </message>
    <message>
        <source>Keep the linked pages for reading offline</source>
        <translation>Guardar las páginas enlazadas para leerlas sin conexión</translation>
    </message>
    <message>
        <source>Archive &amp;All Links</source>
        <translation>Archivar &amp;todos los enlaces</translation>
    </message>
    <message>
        <source>&amp;Retry Failed</source>
        <translation>Reintentar &amp;fallidos</translation>
    </message>
    <message>
        <source>&amp;Pause Archiving</source>
        <translation>&amp;Pausar archivado</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v de %m</translation>
    </message>
    <message>
        <source>Archiving progress</source>
        <translation>Progreso del archivado</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Stop archiving; the waiting links stay queued</source>
        <translation>Detener el archivado; los enlaces en espera siguen en la cola</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Enlaces</translation>
    </message>
    <message>
        <source>Filtering…</source>
        <translation>Filtrando…</translation>
    </message>
    <message>
        <source>Res&amp;ume Archiving</source>
        <translation>&amp;Reanudar archivado</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) match</source>
        <translation>
            <numerusform>%n enlace coincide</numerusform>
            <numerusform>%n enlaces coinciden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n enlace</numerusform>
            <numerusform>%n enlaces</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Dominios</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Plataformas</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No links yet</source>
        <translation>Aún no hay enlaces</translation>
    </message>
    <message>
        <source>&amp;Open in Browser</source>
        <translation>Abrir en el &amp;navegador</translation>
    </message>
    <message>
        <source>&amp;Copy Link</source>
        <translation>&amp;Copiar enlace</translation>
    </message>
    <message>
        <source>&amp;Tags…</source>
        <translation>&amp;Etiquetas…</translation>
    </message>
    <message>
        <source>Show &amp;Again</source>
        <translation>Volver a &amp;mostrar</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Ocultar</translation>
    </message>
    <message>
        <source>Archive &amp;Again</source>
        <translation>Archivar &amp;de nuevo</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archivar</translation>
    </message>
    <message>
        <source>&amp;Promote to Page</source>
        <translation>Convertir en &amp;página</translation>
    </message>
</context>
<context>
    <name>folio::LinksWorkspace</name>
    <message>
        <source>Cannot Show Archived Page</source>
        <translation>No se puede mostrar la página archivada</translation>
    </message>
    <message>
        <source>Cannot Archive</source>
        <translation>No se puede archivar</translation>
    </message>
    <message>
        <source>Cannot List Links</source>
        <translation>No se pueden listar los enlaces</translation>
    </message>
    <message>
        <source>Cannot Show Link</source>
        <translation>No se puede mostrar el enlace</translation>
    </message>
    <message>
        <source>Cannot Open Link</source>
        <translation>No se puede abrir el enlace</translation>
    </message>
    <message>
        <source>Cannot Copy Link</source>
        <translation>No se puede copiar el enlace</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>Se copió %1</translation>
    </message>
    <message>
        <source>Cannot Hide Link</source>
        <translation>No se puede ocultar el enlace</translation>
    </message>
    <message>
        <source>Link hidden. Type “hidden:yes” in the filter to list hidden links and show them again.</source>
        <translation>Enlace oculto. Escriba «hidden:yes» en el filtro para listar los enlaces ocultos y volver a mostrarlos.</translation>
    </message>
    <message>
        <source>The link is shown again.</source>
        <translation>El enlace vuelve a mostrarse.</translation>
    </message>
    <message>
        <source>Cannot Tag Link</source>
        <translation>No se puede etiquetar el enlace</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Tags of the link, separated by commas:</source>
        <translation>Etiquetas del enlace, separadas por comas:</translation>
    </message>
    <message>
        <source>Cannot Create Page</source>
        <translation>No se puede crear la página</translation>
    </message>
    <message>
        <source>Created the page “%1” from the link.</source>
        <translation>Se creó la página «%1» a partir del enlace.</translation>
    </message>
</context>
<context>
    <name>folio::LockHolder</name>
    <message>
        <source>process %1</source>
        <translation>proceso %1</translation>
    </message>
    <message>
        <source>%1 (process %2)</source>
        <translation>%1 (proceso %2)</translation>
    </message>
</context>
<context>
    <name>folio::MainWindow</name>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Enlaces</translation>
    </message>
    <message>
        <source>Cannot List Pages</source>
        <translation>No se pueden listar las páginas</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Search pages and links (Ctrl+K)</source>
        <translation>Buscar páginas y enlaces (Ctrl+K)</translation>
    </message>
    <message>
        <source>Page status</source>
        <translation>Estado de la página</translation>
    </message>
    <message>
        <source>Zoom; click for actual size (Ctrl+0)</source>
        <translation>Zoom; haga clic para ver el tamaño real (Ctrl+0)</translation>
    </message>
    <message>
        <source>Archiving: %1 of %2 done</source>
        <translation>Archivando: %1 de %2 completados</translation>
    </message>
    <message>
        <source>Conflicted (View → Conflicts) · %1</source>
        <translation>En conflicto (Ver → Conflictos) · %1</translation>
    </message>
    <message>
        <source>Copied the link to “%1”.</source>
        <translation>Se copió el enlace a «%1».</translation>
    </message>
    <message>
        <source>Rename Page</source>
        <translation>Cambiar el nombre de la página</translation>
    </message>
    <message>
        <source>New title for “%1”:</source>
        <translation>Nuevo título para «%1»:</translation>
    </message>
    <message>
        <source>Cannot Delete Page</source>
        <translation>No se puede eliminar la página</translation>
    </message>
    <message>
        <source>Delete Page</source>
        <translation>Eliminar página</translation>
    </message>
    <message>
        <source>Delete “%1”? Its history is kept, and Page → Deleted Pages can restore it.</source>
        <translation>¿Eliminar «%1»? Su historial se conserva y Página → Páginas eliminadas puede restaurarla.</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>Se eliminó «%1».</translation>
    </message>
    <message>
        <source>Cannot Show History</source>
        <translation>No se puede mostrar el historial</translation>
    </message>
    <message>
        <source>Restored “%1”.</source>
        <translation>Se restauró «%1».</translation>
    </message>
    <message>
        <source>“%1” is in Go → Favorites.</source>
        <translation>«%1» está en Ir → Favoritos.</translation>
    </message>
    <message>
        <source>“%1” is no longer a favorite.</source>
        <translation>«%1» ya no es un favorito.</translation>
    </message>
    <message>
        <source>No favorites yet: Page → Favorite Page (Ctrl+D) pins the page on screen.</source>
        <translation>Aún no hay favoritos: Página → Página favorita (Ctrl+D) fija la página que está en pantalla.</translation>
    </message>
    <message>
        <source>No other page read yet.</source>
        <translation>Aún no se ha leído ninguna otra página.</translation>
    </message>
    <message>
        <source>Cannot Show Page</source>
        <translation>No se puede mostrar la página</translation>
    </message>
    <message>
        <source>Restored an older text of “%1” as a new revision.</source>
        <translation>Se restauró un texto anterior de «%1» como versión nueva.</translation>
    </message>
    <message>
        <source>“%1” is now: %2</source>
        <translation>Nuevo estado de «%1»: %2</translation>
    </message>
    <message>
        <source>Could not show “%1”.</source>
        <translation>No se pudo mostrar «%1».</translation>
    </message>
    <message>
        <source>Renamed “%1” to “%2”.</source>
        <translation>Se ha cambiado el nombre de «%1» a «%2».</translation>
    </message>
    <message>
        <source>Kept the saved version of “%1”; your changes were dropped.</source>
        <translation>Se conservó la versión guardada de «%1»; se descartaron sus cambios.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is called “%2” again; links in %n other page(s) changed back.</source>
        <translation>
            <numerusform>«%1» vuelve a llamarse «%2»; se restablecieron los enlaces de %n página más.</numerusform>
            <numerusform>«%1» vuelve a llamarse «%2»; se restablecieron los enlaces de %n páginas más.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renamed “%1” to “%2”; links in %n other page(s) now follow.</source>
        <translation>
            <numerusform>Se cambió el nombre de «%1» a «%2»; se actualizaron los enlaces de %n página más.</numerusform>
            <numerusform>Se cambió el nombre de «%1» a «%2»; se actualizaron los enlaces de %n páginas más.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Open Page</source>
        <translation>No se puede abrir la página</translation>
    </message>
    <message>
        <source>%1 — Folio</source>
        <translation>%1 — Folio</translation>
    </message>
    <message>
        <source>Cannot Create Page</source>
        <translation>No se puede crear la página</translation>
    </message>
    <message>
        <source>Create Page</source>
        <translation>Crear página</translation>
    </message>
    <message>
        <source>There is no page called “%1” yet. Do you want to create it?</source>
        <translation>Todavía no existe ninguna página llamada «%1». ¿Desea crearla?</translation>
    </message>
    <message>
        <source>A page titled “%1” already exists.</source>
        <translation>Ya existe una página titulada «%1».</translation>
    </message>
    <message>
        <source>%1 (new) — Folio</source>
        <translation>%1 (nueva) — Folio</translation>
    </message>
    <message>
        <source>Cannot Edit Page</source>
        <translation>No se puede editar la página</translation>
    </message>
    <message>
        <source>Cannot List Links</source>
        <translation>No se pueden listar los enlaces</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>Se guardó «%1».</translation>
    </message>
    <message>
        <source>Open Wiki</source>
        <translation>Abrir wiki</translation>
    </message>
    <message>
        <source>Folio wikis (*.folio);;All files (*)</source>
        <translation>Wikis de Folio (*.folio);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>New Wiki</source>
        <translation>Nueva wiki</translation>
    </message>
    <message>
        <source>team</source>
        <comment>file name</comment>
        <translation>equipo</translation>
    </message>
    <message>
        <source>“%1” already exists. Open it instead?</source>
        <translation>«%1» ya existe. ¿Desea abrirlo en su lugar?</translation>
    </message>
    <message>
        <source>Start the new wiki with Folio&apos;s starter pages (a welcome page, a guide to writing pages, a Markdown cheat sheet, an FAQ and page templates)? You can delete them later.</source>
        <translation>¿Desea empezar la nueva wiki con las páginas iniciales de Folio (una página de bienvenida, una guía para escribir páginas, una hoja de referencia de Markdown, unas preguntas frecuentes y plantillas de página)? Puede eliminarlas más tarde.</translation>
    </message>
    <message>
        <source>Cannot Create Wiki</source>
        <translation>No se puede crear la wiki</translation>
    </message>
    <message>
        <source>Created “%1”.</source>
        <translation>Se ha creado «%1».</translation>
    </message>
    <message>
        <source>&amp;Clear the List</source>
        <translation>&amp;Vaciar la lista</translation>
    </message>
    <message>
        <source>Save Attachment</source>
        <translation>Guardar adjunto</translation>
    </message>
    <message>
        <source>Cannot Save Attachment</source>
        <translation>No se puede guardar el adjunto</translation>
    </message>
    <message>
        <source>“%1” is no longer in this wiki.</source>
        <translation>«%1» ya no está en esta wiki.</translation>
    </message>
    <message>
        <source>Saved “%1” (%2).</source>
        <translation>Se guardó «%1» (%2).</translation>
    </message>
    <message>
        <source>Cannot Open Wiki</source>
        <translation>No se puede abrir la wiki</translation>
    </message>
    <message>
        <source>About Folio</source>
        <translation>Acerca de Folio</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Folio %1&lt;/h3&gt;&lt;p&gt;An offline wiki for guides, FAQs and best practices, and the links your team shares.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Folio %1&lt;/h3&gt;&lt;p&gt;Una wiki sin conexión para guías, preguntas frecuentes y buenas prácticas, y para los enlaces que comparte su equipo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Zoom %1</source>
        <translation>Zoom %1</translation>
    </message>
    <message>
        <source>While editing</source>
        <translation>Durante la edición</translation>
    </message>
    <message>
        <source>Lists and bars</source>
        <translation>Listas y barras</translation>
    </message>
    <message>
        <source>From a filter or search field into its list</source>
        <translation>De un campo de filtro o de búsqueda a su lista</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Flecha abajo</translation>
    </message>
    <message>
        <source>Back to the filter from the first row</source>
        <translation>Volver al filtro desde la primera fila</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Flecha arriba</translation>
    </message>
    <message>
        <source>Rename the page chosen in the page list</source>
        <translation>Cambiar el nombre de la página elegida en la lista de páginas</translation>
    </message>
    <message>
        <source>Delete the page chosen in the page list</source>
        <translation>Eliminar la página elegida en la lista de páginas</translation>
    </message>
    <message>
        <source>Open, copy link, rename or delete (page list)</source>
        <translation>Abrir, copiar enlace, cambiar nombre o eliminar (lista de páginas)</translation>
    </message>
    <message>
        <source>Menu key</source>
        <translation>Tecla de menú</translation>
    </message>
    <message>
        <source>A tag&apos;s pages / back to the tags (Tags panel)</source>
        <translation>Páginas de una etiqueta / volver a las etiquetas (panel Etiquetas)</translation>
    </message>
    <message>
        <source>Right / Left</source>
        <translation>Flecha derecha / izquierda</translation>
    </message>
    <message>
        <source>Next / previous match (find bar)</source>
        <translation>Coincidencia siguiente / anterior (barra de búsqueda)</translation>
    </message>
    <message>
        <source>Enter / Shift+Enter</source>
        <translation>Intro / Mayús+Intro</translation>
    </message>
    <message>
        <source>Close the find bar, leave the search</source>
        <translation>Cerrar la barra de búsqueda, salir de la búsqueda</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>&amp;Undo Rename (Back to “%1”)</source>
        <translation>&amp;Deshacer cambio de nombre (volver a «%1»)</translation>
    </message>
    <message>
        <source>&amp;Undo Rename</source>
        <translation>&amp;Deshacer cambio de nombre</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) · %1</source>
        <translation>
            <numerusform>%n página · %1</numerusform>
            <numerusform>%n páginas · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Se han guardado los ajustes.</translation>
    </message>
    <message>
        <source>Settings saved. The new language shows when Folio starts again.</source>
        <translation>Se han guardado los ajustes. El nuevo idioma se verá cuando Folio se inicie de nuevo.</translation>
    </message>
    <message>
        <source>Your Name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>Your name in the history of the pages you save:</source>
        <translation>Su nombre en el historial de las páginas que guarde:</translation>
    </message>
    <message>
        <source>Pages you save are signed “%1”.</source>
        <translation>Las páginas que guarde se firman como «%1».</translation>
    </message>
    <message>
        <source>Cannot Move Page</source>
        <translation>No se puede mover la página</translation>
    </message>
    <message>
        <source>Move Page</source>
        <translation>Mover página</translation>
    </message>
    <message>
        <source>Put “%1” under which page? Leave empty to move it to the top.</source>
        <translation>¿Bajo qué página poner «%1»? Déjelo vacío para moverla al nivel superior.</translation>
    </message>
    <message>
        <source>Search pages and links</source>
        <translation>Buscar páginas y enlaces</translation>
    </message>
</context>
<context>
    <name>folio::MainWindowActions</name>
    <message>
        <source>&amp;New Page…</source>
        <translation>&amp;Nueva página…</translation>
    </message>
    <message>
        <source>New &amp;Wiki…</source>
        <translation>Nueva &amp;wiki…</translation>
    </message>
    <message>
        <source>&amp;Open Wiki…</source>
        <translation>&amp;Abrir wiki…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit Page</source>
        <translation>&amp;Editar página</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Cancel Editing</source>
        <translation>&amp;Cancelar edición</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>A&amp;delante</translation>
    </message>
    <message>
        <source>&amp;Home Page</source>
        <translation>Página de &amp;inicio</translation>
    </message>
    <message>
        <source>&amp;Go to Page…</source>
        <translation>&amp;Ir a la página…</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>&amp;Find in Page…</source>
        <translation>&amp;Buscar en la página…</translation>
    </message>
    <message>
        <source>Find Ne&amp;xt</source>
        <translation>Buscar &amp;siguiente</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Buscar &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Filter Pages</source>
        <translation>&amp;Filtrar páginas</translation>
    </message>
    <message>
        <source>Show Side &amp;Panel</source>
        <translation>Mostrar &amp;panel lateral</translation>
    </message>
    <message>
        <source>&amp;Links</source>
        <translation>E&amp;nlaces</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>&amp;Etiquetas</translation>
    </message>
    <message>
        <source>&amp;Import Links…</source>
        <translation>&amp;Importar enlaces…</translation>
    </message>
    <message>
        <source>&amp;Export Wiki…</source>
        <translation>&amp;Exportar wiki…</translation>
    </message>
    <message>
        <source>Import &amp;Bundle…</source>
        <translation>Importar &amp;paquete…</translation>
    </message>
    <message>
        <source>U&amp;ndo Last Import…</source>
        <translation>&amp;Deshacer la última importación…</translation>
    </message>
    <message>
        <source>Sync &amp;Folder…</source>
        <translation>Carpeta de &amp;sincronización…</translation>
    </message>
    <message>
        <source>S&amp;ync Now</source>
        <translation>Sincronizar a&amp;hora</translation>
    </message>
    <message>
        <source>S&amp;top Syncing</source>
        <translation>De&amp;tener la sincronización</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Conflictos…</translation>
    </message>
    <message>
        <source>As the &amp;System</source>
        <translation>Como el &amp;sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Ampliar</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Reducir</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Tamaño real</translation>
    </message>
    <message>
        <source>&amp;Undo Rename</source>
        <translation>&amp;Deshacer cambio de nombre</translation>
    </message>
    <message>
        <source>Your &amp;Name in Page History…</source>
        <translation>Su &amp;nombre en el historial de páginas…</translation>
    </message>
    <message>
        <source>&amp;About Folio</source>
        <translation>&amp;Acerca de Folio</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Ajustes…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>Show &amp;Drafts</source>
        <translation>Mostrar &amp;borradores</translation>
    </message>
    <message>
        <source>Submit for &amp;Review</source>
        <translation>Enviar a &amp;revisión</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publicar</translation>
    </message>
    <message>
        <source>Send &amp;Back to Draft</source>
        <translation>Devolver a &amp;borrador</translation>
    </message>
    <message>
        <source>P&amp;ublic Page</source>
        <translation>Página p&amp;ública</translation>
    </message>
    <message>
        <source>Page &amp;History</source>
        <translation>&amp;Historial de la página</translation>
    </message>
    <message>
        <source>Copy &amp;Link to Page</source>
        <translation>Copiar &amp;enlace a la página</translation>
    </message>
    <message>
        <source>&amp;Favorite Page</source>
        <translation>Página &amp;favorita</translation>
    </message>
    <message>
        <source>E&amp;xport as PDF…</source>
        <translation>E&amp;xportar como PDF…</translation>
    </message>
    <message>
        <source>Pri&amp;nt…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <source>Rena&amp;me Page…</source>
        <translation>Cambiar no&amp;mbre de la página…</translation>
    </message>
    <message>
        <source>&amp;Delete Page…</source>
        <translation>&amp;Eliminar página…</translation>
    </message>
    <message>
        <source>Deleted Pa&amp;ges…</source>
        <translation>Páginas elimina&amp;das…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Page</source>
        <translation>&amp;Página</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>F&amp;avorites</source>
        <translation>F&amp;avoritos</translation>
    </message>
    <message>
        <source>Recently &amp;Viewed</source>
        <translation>&amp;Vistas recientemente</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Undo &amp;Move</source>
        <translation>Deshacer &amp;movimiento</translation>
    </message>
    <message>
        <source>M&amp;ove Under…</source>
        <translation>&amp;Mover bajo…</translation>
    </message>
</context>
<context>
    <name>folio::MarkdownEdit</name>
    <message>
        <source>Page titles</source>
        <translation>Títulos de página</translation>
    </message>
</context>
<context>
    <name>folio::MarkdownFolder</name>
    <message>
        <source>you are not allowed to read it</source>
        <translation>no tiene permiso de lectura</translation>
    </message>
    <message>
        <source>a link to something that does not exist</source>
        <translation>un enlace a algo que no existe</translation>
    </message>
    <message>
        <source>a link that leads back to itself</source>
        <translation>un enlace que apunta a sí mismo</translation>
    </message>
    <message>
        <source>its path is too long</source>
        <translation>su ruta es demasiado larga</translation>
    </message>
    <message>
        <source>There is no folder “%1”.</source>
        <translation>No existe la carpeta «%1».</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be read: %2.</source>
        <translation>No se puede leer la carpeta «%1»: %2.</translation>
    </message>
    <message>
        <source>“%1” is not a folder.</source>
        <translation>«%1» no es una carpeta.</translation>
    </message>
    <message>
        <source>%1: the folder cannot be read (%2)</source>
        <translation>%1: no se puede leer la carpeta (%2)</translation>
    </message>
    <message>
        <source>a link to a folder</source>
        <translation>un enlace a una carpeta</translation>
    </message>
    <message>
        <source>a named pipe, not a file</source>
        <translation>una tubería con nombre, no un archivo</translation>
    </message>
    <message>
        <source>a device or socket, not a file</source>
        <translation>un dispositivo o socket, no un archivo</translation>
    </message>
</context>
<context>
    <name>folio::MarkdownFolderImporter</name>
    <message>
        <source>you are not allowed to read it</source>
        <translation>no tiene permiso de lectura</translation>
    </message>
    <message>
        <source>not an ordinary file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>no encontrado</translation>
    </message>
    <message>
        <source>outside the imported folder, not read</source>
        <translation>fuera de la carpeta importada; no se ha leído</translation>
    </message>
    <message>
        <source>%1: picture “%2”: %3</source>
        <translation>%1: imagen «%2»: %3</translation>
    </message>
    <message>
        <source>larger than the %1 MiB a page can hold</source>
        <translation>supera los %1 MiB que admite una página</translation>
    </message>
    <message>
        <source>an SQLite database (a wiki?), not Markdown</source>
        <translation>una base de datos SQLite (¿una wiki?), no Markdown</translation>
    </message>
    <message>
        <source>holds NUL bytes: not text (a binary file, or UTF-16 without a byte order mark)</source>
        <translation>contiene bytes NUL: no es texto (es un archivo binario o UTF-16 sin marca de orden de bytes)</translation>
    </message>
    <message>
        <source>larger than the %1 MiB a page can hold, once its bytes that are not UTF-8 are replaced</source>
        <translation>supera los %1 MiB que admite una página una vez sustituidos sus bytes que no son UTF-8</translation>
    </message>
    <message>
        <source>%1: line %2 has bytes that are not UTF-8; they were replaced with “�”</source>
        <translation>%1: la línea %2 contiene bytes que no son UTF-8; se han sustituido por «�»</translation>
    </message>
    <message>
        <source>%1: the file name is not UTF-8; it is shown as here</source>
        <translation>%1: el nombre del archivo no está en UTF-8; se muestra tal como aparece aquí</translation>
    </message>
    <message>
        <source>the title “%1” became “%2” ([ ] | # are reserved in titles, which have at most %3 characters)</source>
        <translation>el título «%1» pasó a ser «%2» ([ ] | # están reservados en los títulos, que tienen como máximo %3 caracteres)</translation>
    </message>
</context>
<context>
    <name>folio::MatrixExport</name>
    <message>
        <source>an event without an id or time; skipped</source>
        <translation>un evento sin ID ni hora; omitido</translation>
    </message>
    <message>
        <source>“%1” holds no Element chat export.</source>
        <translation>«%1» no contiene ninguna exportación de chat de Element.</translation>
    </message>
    <message>
        <source>Element (Matrix) chat export</source>
        <translation>Exportación de chat de Element (Matrix)</translation>
    </message>
</context>
<context>
    <name>folio::MattermostExport</name>
    <message>
        <source>%1, line %2</source>
        <translation>%1, línea %2</translation>
    </message>
    <message>
        <source>, reply %1</source>
        <translation>, respuesta %1</translation>
    </message>
    <message>
        <source>a post without a valid time (create_at); skipped</source>
        <translation>una publicación sin hora válida (create_at); omitida</translation>
    </message>
    <message>
        <source>“%1” is not a Mattermost bulk export: no file in it starts with the version line.</source>
        <translation>«%1» no es una exportación masiva de Mattermost: ningún archivo empieza con la línea de versión.</translation>
    </message>
    <message>
        <source>Mattermost bulk export</source>
        <translation>Exportación masiva de Mattermost</translation>
    </message>
</context>
<context>
    <name>folio::NewPageDialog</name>
    <message>
        <source>New Page</source>
        <translation>Nueva página</translation>
    </message>
    <message>
        <source>What the page is about</source>
        <translation>De qué trata la página</translation>
    </message>
    <message>
        <source>Blank page</source>
        <translation>Página en blanco</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation>&amp;Empezar con:</translation>
    </message>
</context>
<context>
    <name>folio::PageCommand</name>
    <message>
        <source>Wrong number of arguments.</source>
        <translation>Número de argumentos incorrecto.</translation>
    </message>
    <message>
        <source>folio: there is no page titled “%1”.</source>
        <translation>folio: no hay ninguna página titulada «%1».</translation>
    </message>
    <message>
        <source>Unknown page command “%1”.</source>
        <translation>Comando de página desconocido: «%1».</translation>
    </message>
    <message>
        <source>folio: %1 Try “folio --help”.</source>
        <translation>folio: %1 Pruebe «folio --help».</translation>
    </message>
    <message>
        <source>--file needs the path of a file; leave it out to read standard input.</source>
        <translation>--file necesita la ruta de un archivo; omítalo para leer la entrada estándar.</translation>
    </message>
    <message>
        <source>folio: %1</source>
        <translation>folio: %1</translation>
    </message>
    <message>
        <source>Unknown kind “%1”; use one of: %2.</source>
        <translation>Tipo desconocido «%1»; use uno de estos: %2.</translation>
    </message>
    <message>
        <source>Type the text of “%1”, then press Ctrl+D on a line of its own.</source>
        <translation>Escriba el texto de «%1» y pulse Ctrl+D en una línea aparte.</translation>
    </message>
    <message>
        <source>folio: the input is empty, so “%1” keeps its text. To empty the page, add --empty.</source>
        <translation>folio: la entrada está vacía, así que «%1» conserva su texto. Para vaciar la página, añada --empty.</translation>
    </message>
    <message>
        <source>Created “%1”.</source>
        <translation>Se ha creado «%1».</translation>
    </message>
    <message>
        <source>Saved a new revision of “%1”.</source>
        <translation>Se ha guardado una nueva versión de «%1».</translation>
    </message>
    <message>
        <source>“%1” is unchanged.</source>
        <translation>«%1» no ha cambiado.</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>entrada estándar</translation>
    </message>
    <message>
        <source>folio: %1 is a folder, not a file.</source>
        <translation>folio: %1 es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <source>folio: cannot read %1: %2</source>
        <translation>folio: no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>folio: %1 holds more than the %2 MiB a page can hold; nothing was written.</source>
        <translation>folio: %1 contiene más de los %2 MiB que admite una página; no se ha escrito nada.</translation>
    </message>
    <message>
        <source>folio: %1 holds NUL bytes: it is not text (a binary file, or UTF-16 without a byte order mark).</source>
        <translation>folio: %1 contiene bytes NUL: no es texto (es un archivo binario o UTF-16 sin marca de orden de bytes).</translation>
    </message>
    <message>
        <source>folio: %1 holds more than the %2 MiB a page can hold once its bytes that are not UTF-8 are replaced; nothing was written.</source>
        <translation>folio: %1 supera los %2 MiB que admite una página una vez sustituidos sus bytes que no son UTF-8; no se ha escrito nada.</translation>
    </message>
    <message>
        <source>folio: line %1 of %2 has bytes that are not UTF-8; they were replaced with “�”.</source>
        <translation>folio: la línea %1 de %2 contiene bytes que no son UTF-8; se han sustituido por «�».</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message>
        <source>folio: import cancelled; nothing was imported.</source>
        <translation>folio: importación cancelada; no se importó nada.</translation>
    </message>
    <message>
        <source>skipped %1</source>
        <translation>omitido: %1</translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation>modificado: %1</translation>
    </message>
    <message>
        <source>kept %1: its page was edited in Folio since the last import, so the file&apos;s new text was not imported</source>
        <translation>conservado: %1 (su página se ha editado en Folio desde la última importación, por lo que no se ha importado el nuevo texto del archivo)</translation>
    </message>
    <message>
        <source>kept %1: its page was deleted in Folio, so it was not imported again</source>
        <translation>conservado: %1 (su página se ha eliminado en Folio, por lo que no se ha vuelto a importar)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n file(s) in %1 s: %2 new, %3 updated, %4 unchanged.</source>
        <translation>
            <numerusform>Se ha importado %n archivo en %1 s: %2 nuevos, %3 actualizados, %4 sin cambios.</numerusform>
            <numerusform>Se han importado %n archivos en %1 s: %2 nuevos, %3 actualizados, %4 sin cambios.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 skipped, %2 changed, %3 kept, as listed above.</source>
        <translation>%1 omitidos, %2 modificados, %3 conservados, como se indica arriba.</translation>
    </message>
    <message>
        <source>Renamed “%1” to “%2”; links to it still find it.</source>
        <translation>Se ha cambiado el nombre de «%1» a «%2»; los enlaces a ella siguen encontrándola.</translation>
    </message>
    <message>
        <source>Renamed “%1” to “%2”.</source>
        <translation>Se ha cambiado el nombre de «%1» a «%2».</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) now point to the new title</source>
        <translation>
            <numerusform>%n enlace apunta ahora al nuevo título</numerusform>
            <numerusform>%n enlaces apuntan ahora al nuevo título</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n other page(s) changed).</source>
        <translation>
            <numerusform>(%n otra página modificada).</numerusform>
            <numerusform>(%n otras páginas modificadas).</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted “%1”; its history is kept. “folio page restore %2” brings it back.</source>
        <translation>Se ha eliminado «%1»; su historial se conserva. «folio page restore %2» la recupera.</translation>
    </message>
    <message>
        <source>Attached “%1” to “%2” (%3). Link to it from the page with:</source>
        <translation>Se ha adjuntado «%1» a «%2» (%3). Enlácelo desde la página con:</translation>
    </message>
    <message>
        <source>Restored “%1”.</source>
        <translation>Se restauró «%1».</translation>
    </message>
    <message>
        <source>folio: no deleted page is titled “%1”; “folio page deleted” lists them.</source>
        <translation>folio: ninguna página eliminada se titula «%1»; «folio page deleted» las enumera.</translation>
    </message>
    <message>
        <source>A revision is a number, as “folio page history” lists them.</source>
        <translation>Una versión es un número, tal como las enumera «folio page history».</translation>
    </message>
    <message>
        <source>“%1” already has the text of revision %2.</source>
        <translation>«%1» ya tiene el texto de la versión %2.</translation>
    </message>
    <message>
        <source>Restored revision %1 of “%2” as revision %3.</source>
        <translation>Se ha restaurado la versión %1 de «%2» como versión %3.</translation>
    </message>
    <message>
        <source>“%1” has only one revision.</source>
        <translation>«%1» solo tiene una versión.</translation>
    </message>
    <message>
        <source>folio: “%1” has no revision %2; “folio page history” lists them.</source>
        <translation>folio: «%1» no tiene la versión %2; «folio page history» las enumera.</translation>
    </message>
    <message>
        <source>%1 (revision %2, %3, %4)</source>
        <translation>%1 (versión %2, %3, %4)</translation>
    </message>
    <message>
        <source>The text is the same in revisions %1 and %2.</source>
        <translation>El texto es el mismo en las versiones %1 y %2.</translation>
    </message>
    <message>
        <source>Choose one: --public or --internal.</source>
        <translation>Elija solo una: --public o --internal.</translation>
    </message>
    <message>
        <source>Unknown status “%1”; use one of: %2.</source>
        <translation>Estado desconocido «%1»; use uno de estos: %2.</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>“page” needs a command: list, show, write, history, diff, rename, move, delete, deleted, restore, status, attach or import.</source>
        <translation>«page» necesita una orden: list, show, write, history, diff, rename, move, delete, deleted, restore, status, attach o import.</translation>
    </message>
    <message>
        <source>Give the page to move it under, or --top.</source>
        <translation>Indique la página bajo la que moverla, o --top.</translation>
    </message>
    <message>
        <source>“%1” is already there: %2</source>
        <translation>«%1» ya está ahí: %2</translation>
    </message>
    <message>
        <source>Moved “%1”: %2</source>
        <translation>«%1» movida: %2</translation>
    </message>
</context>
<context>
    <name>folio::PageDocument</name>
    <message>
        <source>Pages that point here</source>
        <translation>Páginas que enlazan aquí</translation>
    </message>
    <message>
        <source>Linked from</source>
        <translation>Enlazada desde</translation>
    </message>
    <message>
        <source>Mentioned without a link</source>
        <translation>Mencionada sin enlace</translation>
    </message>
    <message>
        <source>These pages name “%1” in their text; a link would lead readers here.</source>
        <translation>Estas páginas mencionan «%1» en su texto; un enlace llevaría a los lectores hasta aquí.</translation>
    </message>
    <message numerus="yes">
        <source>…and about %n more page(s).</source>
        <translation>
            <numerusform>…y aproximadamente %n página más.</numerusform>
            <numerusform>…y aproximadamente %n páginas más.</numerusform>
        </translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Actualizada: %1</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>There is no page with this title yet.</source>
        <translation>Todavía no hay ninguna página con este título.</translation>
    </message>
    <message>
        <source>Create this page</source>
        <translation>Crear esta página</translation>
    </message>
    <message>
        <source>This page could not be read.</source>
        <translation>No se ha podido leer esta página.</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Ruta</translation>
    </message>
</context>
<context>
    <name>folio::PageEditor</name>
    <message>
        <source>Page title</source>
        <translation>Título de la página</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Etiquetas, separadas por comas</translation>
    </message>
    <message>
        <source>Write in Markdown. Link to other pages with [[Page title]].</source>
        <translation>Escriba en Markdown. Enlace a otras páginas con [[Título de la página]].</translation>
    </message>
    <message>
        <source>Page text</source>
        <translation>Texto de la página</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>&amp;Etiquetas:</translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>B</source>
        <comment>bold button</comment>
        <translation>N</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Negrita</translation>
    </message>
    <message>
        <source>I</source>
        <comment>italic button</comment>
        <translation>K</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Cursiva</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>H1</source>
        <translation>E1</translation>
    </message>
    <message>
        <source>Heading 1</source>
        <translation>Encabezado 1</translation>
    </message>
    <message>
        <source>H2</source>
        <translation>E2</translation>
    </message>
    <message>
        <source>Heading 2</source>
        <translation>Encabezado 2</translation>
    </message>
    <message>
        <source>H3</source>
        <translation>E3</translation>
    </message>
    <message>
        <source>Heading 3</source>
        <translation>Encabezado 3</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• Lista</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Lista con viñetas</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>1. Lista</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Lista numerada</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo (%1)</source>
        <translation>Deshacer (%1)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Redo (%1)</source>
        <translation>Rehacer (%1)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Código fuente</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Dividida</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Next Layout</source>
        <translation>Siguiente disposición</translation>
    </message>
    <message>
        <source>%1 (%2 switches)</source>
        <translation>%1 (%2 para cambiar)</translation>
    </message>
    <message>
        <source>Source, split or preview</source>
        <translation>Código fuente, dividida o vista previa</translation>
    </message>
    <message>
        <source>Choose a page to link to</source>
        <translation>Elija una página a la que enlazar</translation>
    </message>
</context>
<context>
    <name>folio::PageImport</name>
    <message>
        <source>The wiki is damaged: the page of “%1” has lost its text.</source>
        <translation>La wiki está dañada: la página de «%1» ha perdido su texto.</translation>
    </message>
</context>
<context>
    <name>folio::PageKinds</name>
    <message>
        <source>Guide</source>
        <translation>Guía</translation>
    </message>
    <message>
        <source>FAQ</source>
        <translation>Preguntas frecuentes</translation>
    </message>
    <message>
        <source>Best practice</source>
        <translation>Buena práctica</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>folio::PageListModel</name>
    <message>
        <source>%1 — Conflicted: two machines changed the same lines (View → Conflicts)</source>
        <translation>%1 — En conflicto: dos equipos han modificado las mismas líneas (Ver → Conflictos)</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Guides (%1)</source>
        <translation>Guías (%1)</translation>
    </message>
    <message>
        <source>FAQs (%1)</source>
        <translation>Preguntas frecuentes (%1)</translation>
    </message>
    <message>
        <source>Best practices (%1)</source>
        <translation>Buenas prácticas (%1)</translation>
    </message>
    <message>
        <source>Notes (%1)</source>
        <translation>Notas (%1)</translation>
    </message>
</context>
<context>
    <name>folio::PageListPanel</name>
    <message>
        <source>Filter pages</source>
        <translation>Filtrar páginas</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Copy &amp;Link</source>
        <translation>Copiar &amp;enlace</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Cambiar nombre…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n page(s)</source>
        <translation>
            <numerusform>%1 de %n página</numerusform>
            <numerusform>%1 de %n páginas</numerusform>
        </translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>By title</source>
        <translation>Por título</translation>
    </message>
    <message>
        <source>By kind</source>
        <translation>Por tipo</translation>
    </message>
    <message>
        <source>By hierarchy</source>
        <translation>Por jerarquía</translation>
    </message>
    <message>
        <source>Arrange pages</source>
        <translation>Ordenar páginas</translation>
    </message>
    <message>
        <source>Arrange pages by title, under their kind, or under their parent pages (drag a page onto another to move it there)</source>
        <translation>Ordenar las páginas por título, bajo su tipo o bajo su página superior (arrastre una página sobre otra para moverla allí)</translation>
    </message>
    <message>
        <source>&amp;Move Under…</source>
        <translation>&amp;Mover bajo…</translation>
    </message>
</context>
<context>
    <name>folio::PageMoves</name>
    <message>
        <source>Cannot Move Page</source>
        <translation>No se puede mover la página</translation>
    </message>
    <message>
        <source>There is no page titled “%1”.</source>
        <translation>No hay ninguna página titulada «%1».</translation>
    </message>
    <message>
        <source>There is no page titled “%1” to put “%2” under.</source>
        <translation>No hay ninguna página titulada «%1» bajo la que poner «%2».</translation>
    </message>
    <message>
        <source>Undo &amp;Move</source>
        <translation>Deshacer &amp;movimiento</translation>
    </message>
    <message>
        <source>Undo &amp;Move (“%1” Back under “%2”)</source>
        <translation>Deshacer &amp;movimiento («%1» de nuevo bajo «%2»)</translation>
    </message>
    <message>
        <source>Undo &amp;Move (“%1” Back to the Top)</source>
        <translation>Deshacer &amp;movimiento («%1» de nuevo al nivel superior)</translation>
    </message>
    <message>
        <source>Cannot Undo Move</source>
        <translation>No se puede deshacer el movimiento</translation>
    </message>
</context>
<context>
    <name>folio::PagePreview</name>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
</context>
<context>
    <name>folio::PagePrinter</name>
    <message>
        <source>A page is being printed; try again when it is done.</source>
        <translation>Se está imprimiendo una página; vuelva a intentarlo cuando termine.</translation>
    </message>
    <message>
        <source>Export Page as PDF</source>
        <translation>Exportar página como PDF</translation>
    </message>
    <message>
        <source>Writing “%1”…</source>
        <translation>Escribiendo «%1»…</translation>
    </message>
    <message>
        <source>The page could not be turned into a PDF.</source>
        <translation>No se ha podido convertir la página en PDF.</translation>
    </message>
    <message>
        <source>Cannot Export Page</source>
        <translation>No se puede exportar la página</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>Se guardó «%1».</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Enviada a la impresora.</translation>
    </message>
    <message>
        <source>The page could not be printed.</source>
        <translation>No se ha podido imprimir la página.</translation>
    </message>
</context>
<context>
    <name>folio::PageRename</name>
    <message>
        <source>There is no page titled “%1”.</source>
        <translation>No hay ninguna página titulada «%1».</translation>
    </message>
    <message>
        <source>Renamed from “%1”</source>
        <translation>Antes se llamaba «%1»</translation>
    </message>
    <message>
        <source>Links to “%1” now go to “%2”</source>
        <translation>Los enlaces a «%1» ahora llevan a «%2»</translation>
    </message>
    <message>
        <source>Undid the rename to “%1”</source>
        <translation>Se ha deshecho el cambio de nombre a «%1»</translation>
    </message>
</context>
<context>
    <name>folio::PageStatuses</name>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En revisión</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicada</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Pública</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Interna</translation>
    </message>
</context>
<context>
    <name>folio::PageStore</name>
    <message>
        <source>The page no longer exists.</source>
        <translation>La página ya no existe.</translation>
    </message>
    <message>
        <source>The wiki is damaged: the page “%1” has lost its text.</source>
        <translation>La wiki está dañada: la página «%1» ha perdido su texto.</translation>
    </message>
    <message>
        <source>“%1” was changed elsewhere while you edited it. Your text is kept in the editor; copy it, reload the page and merge your changes.</source>
        <translation>«%1» se ha modificado en otro lugar mientras la editaba. Su texto se conserva en el editor; cópielo, vuelva a cargar la página y combine sus cambios.</translation>
    </message>
    <message>
        <source>“%1” has no revision %2.</source>
        <translation>«%1» no tiene la versión %2.</translation>
    </message>
    <message>
        <source>Restored revision %1</source>
        <translation>Versión %1 restaurada</translation>
    </message>
    <message>
        <source>That page is not among the deleted pages.</source>
        <translation>Esa página no está entre las páginas eliminadas.</translation>
    </message>
    <message>
        <source>%1 (restored)</source>
        <translation>%1 (restaurada)</translation>
    </message>
    <message>
        <source>%1 (restored %2)</source>
        <translation>%1 (restaurada %2)</translation>
    </message>
    <message>
        <source>Restored after deletion</source>
        <translation>Restaurada tras su eliminación</translation>
    </message>
    <message>
        <source>Moved to the top level</source>
        <translation>Movida al nivel superior</translation>
    </message>
    <message>
        <source>The page to put “%1” under no longer exists.</source>
        <translation>La página bajo la que poner «%1» ya no existe.</translation>
    </message>
    <message>
        <source>“%1” cannot go under “%2”: “%2” is part of it.</source>
        <translation>«%1» no puede ir bajo «%2»: «%2» forma parte de ella.</translation>
    </message>
    <message>
        <source>Moved under “%1”</source>
        <translation>Movida bajo «%1»</translation>
    </message>
    <message>
        <source>“%1” cannot go under itself.</source>
        <translation>«%1» no puede ir debajo de sí misma.</translation>
    </message>
</context>
<context>
    <name>folio::PageTitle</name>
    <message>
        <source>A page title cannot be empty.</source>
        <translation>El título de una página no puede estar vacío.</translation>
    </message>
    <message>
        <source>A page title needs at least one visible character.</source>
        <translation>El título de una página necesita al menos un carácter visible.</translation>
    </message>
    <message>
        <source>A page title can have at most %1 characters.</source>
        <translation>El título de una página puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>A page title cannot contain “%1”.</source>
        <translation>El título de una página no puede contener «%1».</translation>
    </message>
    <message>
        <source>A page title cannot contain control characters.</source>
        <translation>El título de una página no puede contener caracteres de control.</translation>
    </message>
    <message>
        <source>A page title cannot contain characters that change the text direction.</source>
        <translation>El título de una página no puede contener caracteres que cambien la dirección del texto.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
</context>
<context>
    <name>folio::PageView</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Seleccionar &amp;todo</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Página</translation>
    </message>
</context>
<context>
    <name>folio::PageWriter</name>
    <message>
        <source>The text of “%1” is %2 MiB; a page holds at most %3 MiB. Split it into several pages.</source>
        <translation>El texto de «%1» ocupa %2 MiB; una página admite como máximo %3 MiB. Divídalo en varias páginas.</translation>
    </message>
    <message>
        <source>A page titled “%1” already exists.</source>
        <translation>Ya existe una página titulada «%1».</translation>
    </message>
</context>
<context>
    <name>folio::PdfText</name>
    <message>
        <source>the PDF is damaged or not a PDF</source>
        <translation>el PDF está dañado o no es un PDF</translation>
    </message>
    <message>
        <source>the PDF is locked with a password</source>
        <translation>el PDF está protegido con contraseña</translation>
    </message>
</context>
<context>
    <name>folio::QuickSwitcher</name>
    <message>
        <source>No page title holds these letters in this order.</source>
        <translation>Ningún título de página contiene estas letras en este orden.</translation>
    </message>
    <message>
        <source>Go to Page</source>
        <translation>Ir a la página</translation>
    </message>
    <message>
        <source>Type letters of a page title…</source>
        <translation>Escriba letras del título de una página…</translation>
    </message>
    <message>
        <source>Page title</source>
        <translation>Título de la página</translation>
    </message>
    <message>
        <source>Matching pages</source>
        <translation>Páginas coincidentes</translation>
    </message>
</context>
<context>
    <name>folio::ReaderDocument</name>
    <message>
        <source>Archived %1 from %2</source>
        <translation>Archivada: %1, desde %2</translation>
    </message>
    <message>
        <source>No readable text was found on this page; its snapshot keeps it as it looked.</source>
        <translation>No se ha encontrado texto legible en esta página; su instantánea la conserva tal como se veía.</translation>
    </message>
</context>
<context>
    <name>folio::ReviewQueuePanel</name>
    <message>
        <source>Pages in review</source>
        <translation>Páginas en revisión</translation>
    </message>
    <message>
        <source>Submitted %1</source>
        <translation>Enviada: %1</translation>
    </message>
    <message>
        <source>No page waits for review.</source>
        <translation>Ninguna página espera revisión.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) in review</source>
        <translation>
            <numerusform>%n página en revisión</numerusform>
            <numerusform>%n páginas en revisión</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>folio::ReviewView</name>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publicar</translation>
    </message>
    <message>
        <source>Send &amp;Back to Draft</source>
        <translation>Devolver a &amp;borrador</translation>
    </message>
    <message>
        <source>&amp;Open Page</source>
        <translation>&amp;Abrir página</translation>
    </message>
    <message>
        <source>Review “%1”</source>
        <translation>Revisar «%1»</translation>
    </message>
    <message>
        <source>Changes since readers last saw it (revision %1, published %2):</source>
        <translation>Cambios desde la última vez que la vieron los lectores (versión %1, publicada: %2):</translation>
    </message>
    <message>
        <source>A new page: readers have never seen it.</source>
        <translation>Una página nueva: los lectores nunca la han visto.</translation>
    </message>
</context>
<context>
    <name>folio::ReviewWorkflow</name>
    <message>
        <source>Submitted for review</source>
        <translation>Enviada a revisión</translation>
    </message>
    <message>
        <source>Made public</source>
        <translation>Marcada como pública</translation>
    </message>
    <message>
        <source>Made internal</source>
        <translation>Marcada como interna</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicada</translation>
    </message>
    <message>
        <source>Sent back to draft</source>
        <translation>Devuelta a borrador</translation>
    </message>
    <message>
        <source>Cannot Change the Page&apos;s Status</source>
        <translation>No se puede cambiar el estado de la página</translation>
    </message>
</context>
<context>
    <name>folio::RocketChatExport</name>
    <message>
        <source>%1, line %2</source>
        <translation>%1, línea %2</translation>
    </message>
    <message>
        <source>a message without a valid time (ts); skipped</source>
        <translation>un mensaje sin hora válida (ts); omitido</translation>
    </message>
    <message>
        <source>“%1” holds no Rocket.Chat export.</source>
        <translation>«%1» no contiene ninguna exportación de Rocket.Chat.</translation>
    </message>
    <message>
        <source>Rocket.Chat export</source>
        <translation>Exportación de Rocket.Chat</translation>
    </message>
</context>
<context>
    <name>folio::Schema</name>
    <message>
        <source>The wiki is in an unknown format (%1).</source>
        <translation>La wiki tiene un formato desconocido (%1).</translation>
    </message>
    <message>
        <source>The wiki&apos;s format number (%1) does not match its tables: it may be damaged. Folio leaves it as it is.</source>
        <translation>El número de formato de la wiki (%1) no coincide con sus tablas: puede que esté dañada. Folio la deja como está.</translation>
    </message>
</context>
<context>
    <name>folio::SearchCommand</name>
    <message>
        <source>--limit takes a number from 1 to %1.</source>
        <translation>--limit admite un número del 1 al %1.</translation>
    </message>
    <message>
        <source>What should I search for?</source>
        <translation>¿Qué desea buscar?</translation>
    </message>
    <message>
        <source>folio: %1 Usage: folio search [--limit N] [--drafts] [--json] QUERY</source>
        <translation>folio: %1 Uso: folio search [--limit N] [--drafts] [--json] CONSULTA</translation>
    </message>
    <message>
        <source>folio: a search can have at most %1 words.</source>
        <translation>folio: una búsqueda puede tener como máximo %1 palabras.</translation>
    </message>
    <message>
        <source>link</source>
        <translation>enlace</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>No hay coincidencias con «%1».</translation>
    </message>
    <message>
        <source>Did you mean: %1</source>
        <translation>Quizá quiso decir: %1</translation>
    </message>
    <message>
        <source>Showing %1 of more than %2 matching pages; --limit shows more.</source>
        <translation>Se muestran %1 de más de %2 páginas coincidentes; --limit muestra más.</translation>
    </message>
    <message>
        <source>Showing %1 of %2 matching pages; --limit shows more.</source>
        <translation>Se muestran %1 de %2 páginas coincidentes; --limit muestra más.</translation>
    </message>
</context>
<context>
    <name>folio::SearchPanel</name>
    <message>
        <source>Search failed: %1</source>
        <translation>La búsqueda ha fallado: %1</translation>
    </message>
    <message>
        <source>A search can have at most %1 words.</source>
        <translation>Una búsqueda puede tener como máximo %1 palabras.</translation>
    </message>
    <message>
        <source>No page or link matches.</source>
        <translation>Ninguna página ni enlace coincide.</translation>
    </message>
    <message>
        <source>more than %1 links</source>
        <translation>más de %1 enlaces</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n enlace</numerusform>
            <numerusform>%n enlaces</numerusform>
        </translation>
    </message>
    <message>
        <source>More than %1 links found</source>
        <translation>Se han encontrado más de %1 enlaces</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) found</source>
        <translation>
            <numerusform>%n enlace encontrado</numerusform>
            <numerusform>%n enlaces encontrados</numerusform>
        </translation>
    </message>
    <message>
        <source>More than %1 pages found</source>
        <translation>Se han encontrado más de %1 páginas</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) found</source>
        <translation>
            <numerusform>%n página encontrada</numerusform>
            <numerusform>%n páginas encontradas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>folio::SearchQuery</name>
    <message>
        <source>kind: takes guide, faq, best-practice or note.</source>
        <translation>kind: admite guide, faq, best-practice o note.</translation>
    </message>
    <message>
        <source>in: takes pages or links.</source>
        <translation>in: admite pages o links.</translation>
    </message>
    <message>
        <source>%1: takes a date such as 2024-05-01.</source>
        <translation>%1: admite una fecha como 2024-05-01.</translation>
    </message>
</context>
<context>
    <name>folio::SearchResultsModel</name>
    <message>
        <source>Did you mean “%1”?</source>
        <translation>¿Quiso decir «%1»?</translation>
    </message>
    <message>
        <source>Archived page · %1</source>
        <translation>Página archivada · %1</translation>
    </message>
    <message>
        <source>Link · %1</source>
        <translation>Enlace · %1</translation>
    </message>
</context>
<context>
    <name>folio::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>&amp;Editor</source>
        <translation>&amp;Editor</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archivar</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>S&amp;incronización</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Su &amp;nombre:</translation>
    </message>
    <message>
        <source>Signs the revisions you save. Empty: your login name.</source>
        <translation>Firma las versiones que guarda. Vacío: su nombre de usuario.</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Como el sistema (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Takes effect when Folio starts again.</source>
        <translation>Se aplica cuando Folio se inicie de nuevo.</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Como el sistema</translation>
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
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation>&amp;Fuente:</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>Ta&amp;maño:</translation>
    </message>
    <message>
        <source>Also archive links to &amp;private addresses (intranet, this machine)</source>
        <translation>Archivar también enlaces a direcciones &amp;privadas (intranet, este equipo)</translation>
    </message>
    <message>
        <source>any domain</source>
        <translation>cualquier dominio</translation>
    </message>
    <message>
        <source>&amp;Only these domains:</source>
        <translation>&amp;Solo estos dominios:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>&amp;Never these domains:</source>
        <translation>&amp;Nunca estos dominios:</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Largest &amp;snapshot:</source>
        <translation>Instantánea más &amp;grande:</translation>
    </message>
    <message>
        <source>Pages archived at &amp;once:</source>
        <translation>Páginas archivadas a la &amp;vez:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Time per page:</source>
        <translation>Tiempo por pá&amp;gina:</translation>
    </message>
    <message>
        <source>No sync folder: this wiki syncs nowhere.</source>
        <translation>Sin carpeta de sincronización: esta wiki no se sincroniza con ninguna.</translation>
    </message>
    <message>
        <source>Sync folder:</source>
        <translation>Carpeta de sincronización:</translation>
    </message>
    <message>
        <source>&amp;Choose Folder…</source>
        <translation>&amp;Elegir carpeta…</translation>
    </message>
</context>
<context>
    <name>folio::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Filter by action or key</source>
        <translation>Filtrar por acción o tecla</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>Filtrar atajos</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
</context>
<context>
    <name>folio::SlackExport</name>
    <message>
        <source>not a message</source>
        <translation>no es un mensaje</translation>
    </message>
    <message>
        <source>a message without a valid time (ts); skipped</source>
        <translation>un mensaje sin hora válida (ts); omitido</translation>
    </message>
    <message>
        <source>“%1” is not a Slack export: it has no users.json or channels.json.</source>
        <translation>«%1» no es una exportación de Slack: no contiene users.json ni channels.json.</translation>
    </message>
    <message>
        <source>Slack workspace export</source>
        <translation>Exportación de espacio de trabajo de Slack</translation>
    </message>
</context>
<context>
    <name>folio::SyncCommand</name>
    <message>
        <source>folio: %1</source>
        <translation>folio: %1</translation>
    </message>
    <message>
        <source>Usage: folio export FILE [--published-only] [--public-only] [--tag TAG]… [--kind KIND]…</source>
        <translation>Uso: folio export ARCHIVO [--published-only] [--public-only] [--tag ETIQUETA]… [--kind TIPO]…</translation>
    </message>
    <message>
        <source>export needs the file to write.</source>
        <translation>export necesita el archivo que se va a escribir.</translation>
    </message>
    <message>
        <source>--kind takes %1.</source>
        <translation>--kind admite %1.</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exportando</translation>
    </message>
    <message>
        <source>folio: export cancelled; nothing was written.</source>
        <translation>folio: exportación cancelada; no se ha escrito nada.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n page(s) (%1 deleted), %2 revisions and %3 attachments to “%4”.</source>
        <translation>
            <numerusform>Exportado a «%4»: %n página (eliminadas: %1), %2 versiones y %3 adjuntos.</numerusform>
            <numerusform>Exportado a «%4»: %n páginas (eliminadas: %1), %2 versiones y %3 adjuntos.</numerusform>
        </translation>
    </message>
    <message>
        <source>With %1 links, shared in %2 messages, and %3 archived pages.</source>
        <translation>Con %1 enlaces, compartidos en %2 mensajes, y %3 páginas archivadas.</translation>
    </message>
    <message>
        <source>Usage: folio import FILE [--other-wiki] | folio import --undo [--force]</source>
        <translation>Uso: folio import ARCHIVO [--other-wiki] | folio import --undo [--force]</translation>
    </message>
    <message>
        <source>--undo takes no file: it undoes the last import.</source>
        <translation>--undo no admite ningún archivo: deshace la última importación.</translation>
    </message>
    <message>
        <source>--force goes with --undo.</source>
        <translation>--force se usa junto con --undo.</translation>
    </message>
    <message>
        <source>import needs the bundle to merge.</source>
        <translation>import necesita el paquete que se va a combinar.</translation>
    </message>
    <message>
        <source>Merging</source>
        <translation>Combinando</translation>
    </message>
    <message>
        <source>To merge its pages into this wiki, import it with --other-wiki.</source>
        <translation>Para combinar sus páginas con esta wiki, impórtelo con --other-wiki.</translation>
    </message>
    <message>
        <source>folio: import cancelled; nothing was imported.</source>
        <translation>folio: importación cancelada; no se importó nada.</translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation>Importado:</translation>
    </message>
    <message>
        <source>The wiki as it was before is kept in “%1”; “folio import --undo” puts it back.</source>
        <translation>La wiki tal como estaba antes se guarda en «%1»; «folio import --undo» la restaura.</translation>
    </message>
    <message>
        <source>To undo them too, run “folio import --undo --force”.</source>
        <translation>Para deshacerlos también, ejecute «folio import --undo --force».</translation>
    </message>
    <message>
        <source>Undid the import of “%1” (%2): the wiki is as it was before it. The wiki as it was before the undo is kept in “%3”.</source>
        <translation>Se ha deshecho la importación de «%1» (%2): la wiki está como antes de importarlo. La wiki tal como estaba antes de deshacer se guarda en «%3».</translation>
    </message>
    <message>
        <source>Usage: folio sync DIR [--other-wiki]</source>
        <translation>Uso: folio sync CARPETA [--other-wiki]</translation>
    </message>
    <message>
        <source>sync needs the folder the machines share.</source>
        <translation>sync necesita la carpeta que comparten los equipos.</translation>
    </message>
    <message>
        <source>“%1” is not a folder.</source>
        <translation>«%1» no es una carpeta.</translation>
    </message>
    <message>
        <source>Merging %1</source>
        <translation>Combinando %1</translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation>Escribiendo %1</translation>
    </message>
    <message>
        <source>folio: sync cancelled; the bundle being merged was not imported.</source>
        <translation>folio: sincronización cancelada; el paquete que se estaba combinando no se ha importado.</translation>
    </message>
    <message>
        <source>folio: sync cancelled before this machine&apos;s bundle was written.</source>
        <translation>folio: sincronización cancelada antes de escribir el paquete de este equipo.</translation>
    </message>
    <message numerus="yes">
        <source>Merged %n bundle(s):</source>
        <translation>
            <numerusform>Se ha combinado %n paquete:</numerusform>
            <numerusform>Se han combinado %n paquetes:</numerusform>
        </translation>
    </message>
    <message>
        <source>folio: skipped: %1</source>
        <translation>folio: omitido: %1</translation>
    </message>
    <message>
        <source>To merge it into this wiki, sync with --other-wiki.</source>
        <translation>Para combinarlo con esta wiki, sincronice con --other-wiki.</translation>
    </message>
    <message>
        <source>Wrote this machine&apos;s bundle “%1”.</source>
        <translation>Se ha escrito el paquete de este equipo «%1».</translation>
    </message>
    <message>
        <source>This machine&apos;s bundle “%1” is up to date.</source>
        <translation>El paquete de este equipo «%1» está actualizado.</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 merged, %4 conflicted, %5 deleted, %6 restored, %7 renamed, %8 unchanged pages; %9 new attachments.</source>
        <translation>Páginas: %1 nuevas, %2 actualizadas, %3 combinadas, %4 en conflicto, %5 eliminadas, %6 restauradas, %7 renombradas, %8 sin cambios; %9 adjuntos nuevos.</translation>
    </message>
    <message>
        <source>Links: %1 new, %2 new shares, %3 new archived copies.</source>
        <translation>Enlaces: %1 nuevos, %2 comparticiones nuevas, %3 copias archivadas nuevas.</translation>
    </message>
    <message>
        <source>Conflicted pages hold both texts between &lt;&lt;&lt;&lt;&lt;&lt;&lt; and &gt;&gt;&gt;&gt;&gt;&gt;&gt; lines; edit them to choose.</source>
        <translation>Las páginas en conflicto contienen ambos textos entre las líneas &lt;&lt;&lt;&lt;&lt;&lt;&lt; y &gt;&gt;&gt;&gt;&gt;&gt;&gt;; edítelas para elegir.</translation>
    </message>
</context>
<context>
    <name>folio::SyncController</name>
    <message>
        <source>Pages two machines changed in the same lines: choose what they should say</source>
        <translation>Páginas en las que dos equipos modificaron las mismas líneas: elija lo que deben decir</translation>
    </message>
    <message>
        <source>Sync folder: %1</source>
        <translation>Carpeta de sincronización: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflicto</numerusform>
            <numerusform>%n conflictos</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolved the conflict in “%1”.</source>
        <translation>Se ha resuelto el conflicto en «%1».</translation>
    </message>
    <message>
        <source>Choose the Sync Folder</source>
        <translation>Elegir la carpeta de sincronización</translation>
    </message>
    <message>
        <source>Syncing through “%1”.</source>
        <translation>Sincronizando a través de «%1».</translation>
    </message>
    <message>
        <source>Stopped syncing; the bundles in the folder are left as they are.</source>
        <translation>Se ha detenido la sincronización; los paquetes de la carpeta se quedan como están.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Sync folder: %1 File → Import Bundle merges it if you wish.</source>
        <translation>Carpeta de sincronización: %1 Archivo → Importar paquete lo combina si lo desea.</translation>
    </message>
    <message>
        <source>Sync folder: skipped: %1</source>
        <translation>Carpeta de sincronización: omitido: %1</translation>
    </message>
    <message numerus="yes">
        <source>Synced: %n link(s), share(s) or archived copies new from other machines.</source>
        <translation>
            <numerusform>Sincronizado: %n elemento nuevo de otros equipos (enlaces, comparticiones o copias archivadas).</numerusform>
            <numerusform>Sincronizado: %n elementos nuevos de otros equipos (enlaces, comparticiones o copias archivadas).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced: %n page(s) changed on other machines.</source>
        <translation>
            <numerusform>Sincronizado: %n página modificada en otros equipos.</numerusform>
            <numerusform>Sincronizado: %n páginas modificadas en otros equipos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) need you to choose between two versions.</source>
        <translation>
            <numerusform>%n página requiere que elija entre dos textos.</numerusform>
            <numerusform>%n páginas requieren que elija entre dos textos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>folio::SyncDialog</name>
    <message>
        <source>Show &amp;Conflicts</source>
        <translation>Mostrar &amp;conflictos</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Cancelled. No file was written.</source>
        <translation>Cancelado. No se ha escrito ningún archivo.</translation>
    </message>
    <message>
        <source>Cancelled. The wiki is as it was.</source>
        <translation>Cancelado. La wiki está como estaba.</translation>
    </message>
    <message>
        <source>Export Wiki</source>
        <translation>Exportar wiki</translation>
    </message>
    <message>
        <source>Import Bundle</source>
        <translation>Importar paquete</translation>
    </message>
    <message>
        <source>Undo Last Import</source>
        <translation>Deshacer la última importación</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>&amp;Undo Import</source>
        <translation>&amp;Deshacer importación</translation>
    </message>
    <message>
        <source>The wiki goes back to how it was before “%1” was imported (%2).</source>
        <translation>La wiki vuelve a estar como antes de importar «%1» (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made since then (edits, drafts, imported links) would be undone too.</source>
        <translation>
            <numerusform>%n cambio realizado desde entonces (ediciones, borradores, enlaces importados) también se desharía.</numerusform>
            <numerusform>%n cambios realizados desde entonces (ediciones, borradores, enlaces importados) también se desharían.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>A .foliobundle file</source>
        <translation>Un archivo .foliobundle</translation>
    </message>
    <message>
        <source>&amp;Bundle:</source>
        <translation>&amp;Paquete:</translation>
    </message>
    <message>
        <source>Only &amp;published pages</source>
        <translation>Solo páginas p&amp;ublicadas</translation>
    </message>
    <message>
        <source>Only p&amp;ublic pages</source>
        <translation>Solo páginas púb&amp;licas</translation>
    </message>
    <message>
        <source>all pages (or: printers, onboarding)</source>
        <translation>todas las páginas (o: impresoras, incorporación)</translation>
    </message>
    <message>
        <source>Only pages &amp;tagged:</source>
        <translation>Solo páginas con la &amp;etiqueta:</translation>
    </message>
    <message>
        <source>A filtered bundle carries only the pages, revisions and attachments that pass; links stay in the wiki.</source>
        <translation>Un paquete filtrado solo incluye las páginas, versiones y adjuntos que pasan el filtro; los enlaces se quedan en la wiki.</translation>
    </message>
    <message>
        <source>Export Wiki To</source>
        <translation>Exportar la wiki a</translation>
    </message>
    <message>
        <source>Choose a Bundle</source>
        <translation>Elegir un paquete</translation>
    </message>
    <message>
        <source>Folio bundles (*%1);;All files (*)</source>
        <translation>Paquetes de Folio (*%1);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose the bundle file first.</source>
        <translation>Elija primero el archivo del paquete.</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Escribiendo el paquete…</translation>
    </message>
    <message>
        <source>Putting the wiki back…</source>
        <translation>Restaurando la wiki…</translation>
    </message>
    <message>
        <source>Checking the bundle…</source>
        <translation>Comprobando el paquete…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Merge Another Wiki?</source>
        <translation>¿Combinar otra wiki?</translation>
    </message>
    <message>
        <source>%1

Merge its pages into this wiki? Its pages are added beside yours; pages with the same title get distinct titles. From then on, bundles of either wiki merge into the other without asking.</source>
        <translation>%1

¿Desea combinar las páginas de esa wiki con esta? Se añaden junto a las existentes; las páginas con el mismo título reciben títulos distintos. A partir de entonces, los paquetes de cualquiera de las dos wikis se combinan con la otra sin preguntar.</translation>
    </message>
    <message>
        <source>Nothing was imported: the bundle is of another wiki.</source>
        <translation>No se ha importado nada: el paquete es de otra wiki.</translation>
    </message>
    <message>
        <source>Undo Edits Too?</source>
        <translation>¿Deshacer también las ediciones?</translation>
    </message>
    <message>
        <source>%1

Undo the import anyway, with those edits?</source>
        <translation>%1

¿Desea deshacer la importación de todos modos, junto con esas ediciones?</translation>
    </message>
    <message>
        <source>The wiki is as it was.</source>
        <translation>La wiki está como estaba.</translation>
    </message>
    <message>
        <source>The wiki was not exported: %1</source>
        <translation>No se ha exportado la wiki: %1</translation>
    </message>
    <message>
        <source>The wiki is as it was: %1</source>
        <translation>La wiki está como estaba: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n page(s) to “%1”.</source>
        <translation>
            <numerusform>Se ha exportado %n página a «%1».</numerusform>
            <numerusform>Se han exportado %n páginas a «%1».</numerusform>
        </translation>
    </message>
    <message>
        <source>Pages: %1</source>
        <translation>Páginas: %1</translation>
    </message>
    <message>
        <source>Deleted pages: %1</source>
        <translation>Páginas eliminadas: %1</translation>
    </message>
    <message>
        <source>Revisions: %1</source>
        <translation>Versiones: %1</translation>
    </message>
    <message>
        <source>Attachments: %1</source>
        <translation>Adjuntos: %1</translation>
    </message>
    <message>
        <source>Links: %1 (shared in %2 messages; %3 archived pages)</source>
        <translation>Enlaces: %1 (compartidos en %2 mensajes; %3 páginas archivadas)</translation>
    </message>
    <message>
        <source>Imported “%1”. If it was a mistake, File → Undo Last Import puts the wiki back.</source>
        <translation>Se ha importado «%1». Si ha sido un error, Archivo → Deshacer la última importación restaura la wiki.</translation>
    </message>
    <message>
        <source>The import of “%1” was undone. The wiki as it was before the undo is kept in “%2”.</source>
        <translation>Se ha deshecho la importación de «%1». La wiki tal como estaba antes de deshacer se guarda en «%2».</translation>
    </message>
    <message>
        <source>New pages: %1</source>
        <translation>Páginas nuevas: %1</translation>
    </message>
    <message>
        <source>Pages updated with the other machine&apos;s edits: %1</source>
        <translation>Páginas actualizadas con las ediciones del otro equipo: %1</translation>
    </message>
    <message>
        <source>Pages edited on both machines, merged: %1</source>
        <translation>Páginas editadas en ambos equipos, combinadas: %1</translation>
    </message>
    <message>
        <source>Pages where both machines changed the same lines: %1 — both texts are kept; choose in Conflicts.</source>
        <translation>Páginas en las que ambos equipos modificaron las mismas líneas: %1 — se conservan ambos textos; elija en Conflictos.</translation>
    </message>
    <message>
        <source>Pages deleted on the other machine: %1</source>
        <translation>Páginas eliminadas en el otro equipo: %1</translation>
    </message>
    <message>
        <source>Pages deleted here but edited there, brought back: %1</source>
        <translation>Páginas eliminadas aquí pero editadas allí, recuperadas: %1</translation>
    </message>
    <message>
        <source>Pages renamed to keep titles distinct: %1</source>
        <translation>Páginas renombradas para que los títulos sigan siendo distintos: %1</translation>
    </message>
    <message>
        <source>New attachments: %1</source>
        <translation>Adjuntos nuevos: %1</translation>
    </message>
    <message>
        <source>New links: %1</source>
        <translation>Enlaces nuevos: %1</translation>
    </message>
    <message>
        <source>New shares of links: %1</source>
        <translation>Comparticiones nuevas de enlaces: %1</translation>
    </message>
    <message>
        <source>New archived copies of links: %1</source>
        <translation>Copias archivadas nuevas de enlaces: %1</translation>
    </message>
    <message>
        <source>Nothing new: this wiki already had everything in the bundle.</source>
        <translation>Nada nuevo: esta wiki ya tenía todo lo que contiene el paquete.</translation>
    </message>
    <message>
        <source>Pages unchanged: %1</source>
        <translation>Páginas sin cambios: %1</translation>
    </message>
</context>
<context>
    <name>folio::SyncFolder</name>
    <message>
        <source>The sync folder “%1” does not exist or is not a folder.</source>
        <translation>La carpeta de sincronización «%1» no existe o no es una carpeta.</translation>
    </message>
</context>
<context>
    <name>folio::SyncWorker</name>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Error inesperado: %1</translation>
    </message>
</context>
<context>
    <name>folio::TagsPanel</name>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Pages with the chosen tag</source>
        <translation>Páginas con la etiqueta elegida</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) tagged “%1”</source>
        <translation>
            <numerusform>%n página con la etiqueta «%1»</numerusform>
            <numerusform>%n páginas con la etiqueta «%1»</numerusform>
        </translation>
    </message>
    <message>
        <source>No page shown here carries the tag “%1”.</source>
        <translation>Ninguna de las páginas mostradas aquí tiene la etiqueta «%1».</translation>
    </message>
    <message>
        <source>No page has tags yet.</source>
        <translation>Todavía no hay páginas con etiquetas.</translation>
    </message>
    <message>
        <source>Choose a tag to see its pages.</source>
        <translation>Elija una etiqueta para ver sus páginas.</translation>
    </message>
    <message>
        <source>Pages tagged “%1”:</source>
        <translation>Páginas con la etiqueta «%1»:</translation>
    </message>
</context>
<context>
    <name>folio::TeamsExport</name>
    <message>
        <source>a message without an id or time; skipped</source>
        <translation>un mensaje sin ID ni fecha; omitido</translation>
    </message>
    <message>
        <source>not valid JSON (%1); skipped</source>
        <translation>no es JSON válido (%1); omitido</translation>
    </message>
    <message>
        <source>Microsoft Teams messages (Graph JSON)</source>
        <translation>Mensajes de Microsoft Teams (JSON de Graph)</translation>
    </message>
</context>
<context>
    <name>folio::TelegramExport</name>
    <message>
        <source>Saved Messages</source>
        <translation>Mensajes guardados</translation>
    </message>
    <message>
        <source>an impossible time (date_unixtime “%1”); the message keeps its written date</source>
        <translation>una hora imposible (date_unixtime «%1»); el mensaje conserva su fecha escrita</translation>
    </message>
    <message>
        <source>a message without an id; skipped</source>
        <translation>un mensaje sin ID; omitido</translation>
    </message>
    <message>
        <source>“%1” holds no Telegram result.json.</source>
        <translation>«%1» no contiene ningún result.json de Telegram.</translation>
    </message>
    <message>
        <source>Telegram Desktop export</source>
        <translation>Exportación de Telegram Desktop</translation>
    </message>
</context>
<context>
    <name>folio::TextMerge</name>
    <message>
        <source>before both</source>
        <translation>antes de ambos</translation>
    </message>
    <message>
        <source>&lt;&lt;&lt;&lt;&lt;&lt;&lt; %1
%2=======
%3&gt;&gt;&gt;&gt;&gt;&gt;&gt; %4
</source>
        <translation>&lt;&lt;&lt;&lt;&lt;&lt;&lt; %1
%2=======
%3&gt;&gt;&gt;&gt;&gt;&gt;&gt; %4
</translation>
    </message>
</context>
<context>
    <name>folio::UrlNormalizer</name>
    <message>
        <source>an address longer than %1 characters</source>
        <translation>una dirección de más de %1 caracteres</translation>
    </message>
    <message>
        <source>not a web address</source>
        <translation>no es una dirección web</translation>
    </message>
    <message>
        <source>an e-mail link without an address</source>
        <translation>un enlace de correo electrónico sin dirección</translation>
    </message>
    <message>
        <source>a %1: link</source>
        <translation>un enlace %1:</translation>
    </message>
    <message>
        <source>a redirect to a %1 link</source>
        <translation>una redirección a un enlace %1</translation>
    </message>
    <message>
        <source>broken</source>
        <translation>roto</translation>
    </message>
    <message>
        <source>not a valid web address</source>
        <translation>no es una dirección web válida</translation>
    </message>
    <message>
        <source>a Telegram bot address, which holds the bot&apos;s token</source>
        <translation>una dirección de bot de Telegram, que contiene el token del bot</translation>
    </message>
    <message>
        <source>a webhook address, which works as a password</source>
        <translation>una dirección de webhook, que funciona como una contraseña</translation>
    </message>
</context>
<context>
    <name>folio::WebPageCapturer</name>
    <message>
        <source>went to %1: %2</source>
        <translation>redirigió a %1: %2</translation>
    </message>
    <message>
        <source>more than %1 MB</source>
        <translation>más de %1 MB</translation>
    </message>
</context>
<context>
    <name>folio::WikiFile</name>
    <message>
        <source>No wiki file was given: the path is empty.</source>
        <translation>No se ha indicado ningún archivo de wiki: la ruta está vacía.</translation>
    </message>
    <message>
        <source>There is no wiki at “%1”.</source>
        <translation>No hay ninguna wiki en «%1».</translation>
    </message>
    <message>
        <source>“%1” is empty: there is no wiki in it yet.</source>
        <translation>«%1» está vacío: todavía no contiene ninguna wiki.</translation>
    </message>
    <message>
        <source>“%1” is in an older format that Folio must upgrade, and it is read-only. Open it once where it can be written.</source>
        <translation>«%1» tiene un formato antiguo que Folio debe actualizar, y es de solo lectura. Ábralo una vez en un lugar donde se pueda escribir.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>No se puede abrir «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot prepare the wiki “%1”: %2</source>
        <translation>No se puede preparar la wiki «%1»: %2</translation>
    </message>
    <message>
        <source>The file name “%1” is too long: a name may have at most %2 bytes.</source>
        <translation>El nombre de archivo «%1» es demasiado largo: un nombre puede tener como máximo %2 bytes.</translation>
    </message>
    <message>
        <source>“%1” is a link that leads back to itself.</source>
        <translation>«%1» es un enlace que apunta a sí mismo.</translation>
    </message>
    <message>
        <source>“%1” is a link to “%2”, which does not exist. Is a drive not connected?</source>
        <translation>«%1» es un enlace a «%2», que no existe. ¿Hay alguna unidad desconectada?</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>No se puede leer «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a wiki file.</source>
        <translation>«%1» es una carpeta, no un archivo de wiki.</translation>
    </message>
    <message>
        <source>a named pipe</source>
        <translation>una tubería con nombre</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>un dispositivo</translation>
    </message>
    <message>
        <source>“%1” is not a wiki file: it is %2, not an ordinary file.</source>
        <translation>«%1» no es un archivo de wiki: es %2, no un archivo normal.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: you are not allowed to read it.</source>
        <translation>No se puede leer «%1»: no tiene permiso de lectura.</translation>
    </message>
    <message>
        <source>“%1” is not a Folio wiki: it is not an SQLite database.</source>
        <translation>«%1» no es una wiki de Folio: no es una base de datos SQLite.</translation>
    </message>
    <message>
        <source>“%1” is read-only. Folio needs to write to a wiki file: make it writable, or open a copy.</source>
        <translation>«%1» es de solo lectura. Folio necesita escribir en el archivo de la wiki: permita la escritura en él o abra una copia.</translation>
    </message>
    <message>
        <source>The wiki&apos;s journal “%1” belongs to another user or is read-only. Folio needs to write to it: ask its owner to close the wiki, or change its permissions.</source>
        <translation>El diario de la wiki «%1» pertenece a otro usuario o es de solo lectura. Folio necesita escribir en él: pida a su propietario que cierre la wiki o cambie sus permisos.</translation>
    </message>
    <message>
        <source>Cannot create a wiki in “%1”: “%2” is a file, not a folder.</source>
        <translation>No se puede crear una wiki en «%1»: «%2» es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <source>Cannot create a wiki in “%1”: the folder does not exist.</source>
        <translation>No se puede crear una wiki en «%1»: la carpeta no existe.</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1” for the wiki.</source>
        <translation>No se puede crear la carpeta «%1» para la wiki.</translation>
    </message>
    <message>
        <source>“%1” is in a read-only folder. Folio keeps a journal beside the wiki file while it is open: move the wiki to a folder you can write to, or open a copy.</source>
        <translation>«%1» está en una carpeta de solo lectura. Folio mantiene un archivo de diario junto al archivo de la wiki mientras está abierta: mueva la wiki a una carpeta en la que pueda escribir o abra una copia.</translation>
    </message>
    <message>
        <source>Cannot create a wiki in “%1”: the folder is read-only.</source>
        <translation>No se puede crear una wiki en «%1»: la carpeta es de solo lectura.</translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be read as a wiki.</source>
        <translation>«%1» está dañado y no se puede leer como wiki.</translation>
    </message>
    <message>
        <source>“%1” is not a Folio wiki: it is an SQLite database of another program.</source>
        <translation>«%1» no es una wiki de Folio: es una base de datos SQLite de otro programa.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Folio (format %2; this version reads up to format %3). Update Folio to open it.</source>
        <translation>«%1» se escribió con una versión más reciente de Folio (formato %2; esta versión lee hasta el formato %3). Actualice Folio para abrirlo.</translation>
    </message>
    <message>
        <source>“%1” is a Folio wiki in an unknown format (%2): it may be damaged. Folio leaves it as it is.</source>
        <translation>«%1» es una wiki de Folio en un formato desconocido (%2): puede que esté dañada. Folio la deja como está.</translation>
    </message>
</context>
<context>
    <name>folio::WindowApp</name>
    <message>
        <source>folio: there is no display for Folio&apos;s window (neither DISPLAY nor WAYLAND_DISPLAY is set). Commands work without one: see “folio --help”.</source>
        <translation>folio: no hay ninguna pantalla para la ventana de Folio (no está definida ni DISPLAY ni WAYLAND_DISPLAY). Los comandos funcionan sin ella: consulte «folio --help».</translation>
    </message>
    <message>
        <source>Cannot Open Wiki</source>
        <translation>No se puede abrir la wiki</translation>
    </message>
    <message>
        <source>folio: later starts on this wiki will open windows of their own (no local socket could be made)</source>
        <translation>folio: los próximos inicios con esta wiki abrirán ventanas propias (no se pudo crear un socket local)</translation>
    </message>
    <message>
        <source>folio: a Folio already open on this wiki does not answer; this window opens it too</source>
        <translation>folio: un Folio que ya tiene abierta esta wiki no responde; esta ventana también la abre</translation>
    </message>
</context>
<context>
    <name>folio::ZipWriter</name>
    <message>
        <source>it is a folder</source>
        <translation>es una carpeta</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>memoria insuficiente</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>No se pudo escribir «%1»: %2</translation>
    </message>
</context>
<context>
    <name>folio::ZulipExport</name>
    <message>
        <source>a message without an id or time; skipped</source>
        <translation>un mensaje sin ID ni fecha; omitido</translation>
    </message>
    <message>
        <source>“%1” is not a Zulip export: it has no realm.json.</source>
        <translation>«%1» no es una exportación de Zulip: no contiene realm.json.</translation>
    </message>
    <message>
        <source>“%1”: realm.json is not valid JSON (%2).</source>
        <translation>«%1»: realm.json no es un JSON válido (%2).</translation>
    </message>
    <message>
        <source>Zulip organisation export</source>
        <translation>Exportación de organización de Zulip</translation>
    </message>
</context>
</TS>
