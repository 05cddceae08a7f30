<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>folio::ArchiveCommand</name>
    <message>
        <source>folio: %1</source>
        <translation>folio: %1</translation>
    </message>
    <message>
        <source>Usage: folio archive [--pending | --failed | URL…] [--allow-private] [--concurrency N] [--timeout SECONDS]</source>
        <translation>Utilisation&#xa0;: folio archive [--pending | --failed | URL…] [--allow-private] [--concurrency N] [--timeout SECONDES]</translation>
    </message>
    <message>
        <source>--concurrency takes a number from 1 to 16.</source>
        <translation>--concurrency attend un nombre de 1 à 16.</translation>
    </message>
    <message>
        <source>--timeout takes seconds, from 5 to 3600.</source>
        <translation>--timeout attend un nombre de secondes, de 5 à 3600.</translation>
    </message>
    <message>
        <source>unknown option “%1”.</source>
        <translation>option inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>choose one: --pending, --failed or addresses.</source>
        <translation>choisissez une seule option&#xa0;: --pending, --failed ou des adresses.</translation>
    </message>
    <message>
        <source>folio: this build of Folio cannot archive pages.</source>
        <translation>folio: cette version de Folio ne peut pas archiver de pages.</translation>
    </message>
    <message>
        <source>folio: no link “%1” was imported.</source>
        <translation>folio: aucun lien «&#xa0;%1&#xa0;» n&apos;a été importé.</translation>
    </message>
    <message>
        <source>No link failed to archive.</source>
        <translation>Aucun lien n&apos;a échoué lors de l&apos;archivage.</translation>
    </message>
    <message>
        <source>Nothing to archive: every link was archived or tried. “folio archive --failed” tries the failed ones again.</source>
        <translation>Rien à archiver&#xa0;: tous les liens ont déjà été archivés ou tentés. «&#xa0;folio archive --failed&#xa0;» réessaie ceux qui ont échoué.</translation>
    </message>
    <message>
        <source>  failed   %1
           %2</source>
        <translation>  échec    %1
           %2</translation>
    </message>
    <message>
        <source>  skipped  %1
           %2</source>
        <translation>  ignoré   %1
           %2</translation>
    </message>
    <message>
        <source>Archived: %1, failed: %2, skipped: %3</source>
        <translation>Archivés&#xa0;: %1, échecs&#xa0;: %2, ignorés&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n link(s) wait; “folio archive --pending” goes on.</source>
        <translation>
            <numerusform>Interrompu&#xa0;: %n lien en attente&#xa0;; «&#xa0;folio archive --pending&#xa0;» poursuit l&apos;archivage.</numerusform>
            <numerusform>Interrompu&#xa0;: %n liens en attente&#xa0;; «&#xa0;folio archive --pending&#xa0;» poursuit l&apos;archivage.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>folio::ArchivePolicy</name>
    <message>
        <source>only http and https addresses are archived</source>
        <translation>seules les adresses http et https sont archivées</translation>
    </message>
    <message>
        <source>the address carried a password or token</source>
        <translation>l&apos;adresse contenait un mot de passe ou un jeton</translation>
    </message>
    <message>
        <source>the address has no host</source>
        <translation>l&apos;adresse n&apos;a pas d&apos;hôte</translation>
    </message>
    <message>
        <source>%1 is on the deny list</source>
        <translation>%1 figure sur la liste de blocage</translation>
    </message>
    <message>
        <source>%1 is not on the allow list</source>
        <translation>%1 ne figure pas sur la liste d&apos;autorisation</translation>
    </message>
    <message>
        <source>%1 is a private or intranet address (allow intranet archiving to fetch it)</source>
        <translation>%1 est une adresse privée ou intranet (autorisez l&apos;archivage intranet pour la récupérer)</translation>
    </message>
    <message>
        <source>%1 points at the private address %2 (allow intranet archiving to fetch it)</source>
        <translation>%1 pointe vers l&apos;adresse privée %2 (autorisez l&apos;archivage intranet pour la récupérer)</translation>
    </message>
</context>
<context>
    <name>folio::ArchiveQueue</name>
    <message>
        <source>%1 MB, more than %2 MB</source>
        <translation>%1 Mo, plus de %2 Mo</translation>
    </message>
    <message>
        <source>redirected to %1: %2</source>
        <translation>redirigé vers %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>folio::ArchiveReason</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the host name does not resolve (DNS)</source>
        <translation>le nom d&apos;hôte ne peut pas être résolu (DNS)</translation>
    </message>
    <message>
        <source>the server could not be reached</source>
        <translation>le serveur est injoignable</translation>
    </message>
    <message>
        <source>the page did not load in time (timeout)</source>
        <translation>la page ne s&apos;est pas chargée à temps (délai dépassé)</translation>
    </message>
    <message>
        <source>the server answered HTTP %1</source>
        <translation>le serveur a répondu HTTP %1</translation>
    </message>
    <message>
        <source>the page is too large to keep</source>
        <translation>la page est trop volumineuse pour être conservée</translation>
    </message>
    <message>
        <source>the page redirects in a loop</source>
        <translation>la page redirige en boucle</translation>
    </message>
    <message>
        <source>blocked by the archive policy</source>
        <translation>bloqué par les règles d&apos;archivage</translation>
    </message>
    <message>
        <source>neither a web page nor a PDF</source>
        <translation>ni une page web ni un PDF</translation>
    </message>
    <message>
        <source>stopped before it finished</source>
        <translation>interrompu avant la fin</translation>
    </message>
    <message>
        <source>the page could not be loaded</source>
        <translation>la page n&apos;a pas pu être chargée</translation>
    </message>
</context>
<context>
    <name>folio::ArchiveRunner</name>
    <message numerus="yes">
        <source>Archiving paused; %n link(s) wait.</source>
        <translation>
            <numerusform>Archivage en pause&#xa0;; %n lien en attente.</numerusform>
            <numerusform>Archivage en pause&#xa0;; %n liens en attente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Archiving stopped: %1</source>
        <translation>Archivage interrompu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing to archive: every link was archived or tried. “Retry Failed” tries the failed ones again.</source>
        <translation>Rien à archiver&#xa0;: tous les liens ont déjà été archivés ou tentés. «&#xa0;Réessayer les échecs&#xa0;» réessaie ceux qui ont échoué.</translation>
    </message>
    <message>
        <source>Archiving done: %1 archived, %2 failed, %3 skipped.</source>
        <translation>Archivage terminé&#xa0;: %1 archivés, %2 en échec, %3 ignorés.</translation>
    </message>
</context>
<context>
    <name>folio::ArchiveStore</name>
    <message>
        <source>waiting to be archived</source>
        <translation>en attente d&apos;archivage</translation>
    </message>
    <message>
        <source>to be tried again (%1)</source>
        <translation>nouvel essai prévu (%1)</translation>
    </message>
    <message>
        <source>archived %1</source>
        <translation>archivé le %1</translation>
    </message>
    <message>
        <source>not archived: %1</source>
        <translation>non archivé&#xa0;: %1</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>ignoré&#xa0;: %1</translation>
    </message>
    <message>
        <source>not archived yet</source>
        <translation>pas encore archivé</translation>
    </message>
</context>
<context>
    <name>folio::ArchivedLinkView</name>
    <message>
        <source>&amp;Reader</source>
        <translation>&amp;Lecture</translation>
    </message>
    <message>
        <source>&amp;Snapshot</source>
        <translation>&amp;Instantané</translation>
    </message>
    <message>
        <source>The page&apos;s text in Folio&apos;s style</source>
        <translation>Le texte de la page, dans le style de Folio</translation>
    </message>
    <message>
        <source>The page as it looked when it was archived, with nothing loaded from the network</source>
        <translation>La page telle qu&apos;elle était lors de l&apos;archivage, sans rien charger depuis le réseau</translation>
    </message>
    <message>
        <source>&amp;Open Original</source>
        <translation>&amp;Ouvrir l&apos;original</translation>
    </message>
    <message>
        <source>Open the page on the web, in the system browser</source>
        <translation>Ouvrir la page sur le web, dans le navigateur du système</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <source>Who shared the link, where and when</source>
        <translation>Qui a partagé le lien, où et quand</translation>
    </message>
    <message>
        <source>Archived page</source>
        <translation>Page archivée</translation>
    </message>
    <message>
        <source>Cannot Show Snapshot</source>
        <translation>Impossible d&apos;afficher l&apos;instantané</translation>
    </message>
</context>
<context>
    <name>folio::AttachmentFile</name>
    <message>
        <source>“%1” is %2; attachments may be at most %3 (the maxMB setting in the [attachments] section of the settings file).</source>
        <translation>«&#xa0;%1&#xa0;» fait %2&#xa0;; les pièces jointes ne peuvent pas dépasser %3 (réglage maxMB de la section [attachments] du fichier de configuration).</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;existe pas.</translation>
    </message>
    <message>
        <source>“%1” is not a regular file; only files can be attached.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un fichier ordinaire&#xa0;; seuls des fichiers peuvent être joints.</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas pu être lu&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>folio::BookmarkFile</name>
    <message>
        <source>%1, character %2</source>
        <translation>%1, caractère %2</translation>
    </message>
    <message>
        <source>a bookmark without an address</source>
        <translation>un signet sans adresse</translation>
    </message>
    <message>
        <source>“%1” is not a bookmark file.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un fichier de signets.</translation>
    </message>
    <message>
        <source>Browser bookmarks</source>
        <translation>Signets du navigateur</translation>
    </message>
</context>
<context>
    <name>folio::BundleImport</name>
    <message>
        <source>“%1” is a bundle of another wiki, not of a copy of this one.</source>
        <translation>«&#xa0;%1&#xa0;» est un paquet d&apos;un autre wiki, et non d&apos;une copie de celui-ci.</translation>
    </message>
</context>
<context>
    <name>folio::BundleMerger</name>
    <message>
        <source>The bundle gives page %1 a revision of another page.</source>
        <translation>Le paquet attribue à la page %1 une révision d&apos;une autre page.</translation>
    </message>
</context>
<context>
    <name>folio::BundleReader</name>
    <message>
        <source>it is a folder, not a bundle file</source>
        <translation>c&apos;est un dossier, pas un fichier de paquet</translation>
    </message>
    <message>
        <source>it is not a zip file</source>
        <translation>ce n&apos;est pas un fichier ZIP</translation>
    </message>
    <message>
        <source>“%1” is not a bundle Folio can import: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un paquet que Folio peut importer&#xa0;: %2.</translation>
    </message>
    <message>
        <source>it has no %1</source>
        <translation>il lui manque %1</translation>
    </message>
    <message>
        <source>its manifest is not valid JSON (%1)</source>
        <translation>son manifeste n&apos;est pas du JSON valide (%1)</translation>
    </message>
    <message>
        <source>its manifest does not say it is a Folio bundle</source>
        <translation>son manifeste n&apos;indique pas qu&apos;il s&apos;agit d&apos;un paquet Folio</translation>
    </message>
    <message>
        <source>its manifest gives no format version</source>
        <translation>son manifeste n&apos;indique aucune version de format</translation>
    </message>
    <message>
        <source>a newer Folio wrote it (bundle format %1.%2; this Folio reads format %3). Update Folio to import it</source>
        <translation>il a été écrit par une version plus récente de Folio (format de paquet %1.%2&#xa0;; cette version de Folio lit le format %3). Mettez Folio à jour pour l&apos;importer</translation>
    </message>
    <message>
        <source>its format version %1 is unknown</source>
        <translation>sa version de format %1 est inconnue</translation>
    </message>
    <message>
        <source>its manifest gives no checksum for “%1”</source>
        <translation>son manifeste n&apos;indique aucune somme de contrôle pour «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>it holds “%1”, which its manifest does not list</source>
        <translation>il contient «&#xa0;%1&#xa0;», que son manifeste ne mentionne pas</translation>
    </message>
    <message>
        <source>it holds “%1”, which is no part of a bundle</source>
        <translation>il contient «&#xa0;%1&#xa0;», qui ne fait pas partie d&apos;un paquet</translation>
    </message>
    <message>
        <source>“%1”, listed in its manifest, is missing</source>
        <translation>«&#xa0;%1&#xa0;», mentionné dans son manifeste, est absent</translation>
    </message>
    <message>
        <source>“%1” does not match its checksum: the file is damaged or was changed</source>
        <translation>«&#xa0;%1&#xa0;» ne correspond pas à sa somme de contrôle&#xa0;: le fichier est endommagé ou a été modifié</translation>
    </message>
    <message>
        <source>“%1” comes without its history</source>
        <translation>«&#xa0;%1&#xa0;» est fourni sans son historique</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” has no uuid or revision in its front matter</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a ni uuid ni revision dans son en-tête</translation>
    </message>
    <message>
        <source>“%1” gives no valid time of deletion</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;indique pas de date de suppression valide</translation>
    </message>
    <message>
        <source>“%1” names attachment “%2” without its SHA-256</source>
        <translation>«&#xa0;%1&#xa0;» mentionne la pièce jointe «&#xa0;%2&#xa0;» sans son SHA-256</translation>
    </message>
    <message>
        <source>“%1” comes without its page file</source>
        <translation>«&#xa0;%1&#xa0;» est fourni sans son fichier de page</translation>
    </message>
    <message>
        <source>line %1 of “%2”: %3</source>
        <translation>ligne %1 de «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <source>not valid JSON</source>
        <translation>JSON non valide</translation>
    </message>
    <message>
        <source>a revision without a valid uuid</source>
        <translation>une révision sans uuid valide</translation>
    </message>
    <message>
        <source>a revision without its time, title, kind, status, visibility or text</source>
        <translation>une révision sans date, titre, type, statut, visibilité ou texte</translation>
    </message>
    <message>
        <source>“%1” does not end with the revision its page file names</source>
        <translation>«&#xa0;%1&#xa0;» ne se termine pas par la révision qu&apos;indique son fichier de page</translation>
    </message>
    <message>
        <source>“%1” is not named by its SHA-256 and type</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas nommé d&apos;après son SHA-256 et son type</translation>
    </message>
    <message>
        <source>“%1” is not named by its SHA-256</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas nommé d&apos;après son SHA-256</translation>
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
        <translation>folio: commande inconnue «&#xa0;%1&#xa0;». Essayez «&#xa0;folio --help&#xa0;».</translation>
    </message>
    <message>
        <source>Write a page with “folio page write” or open Folio&apos;s window to start one.</source>
        <translation>Écrivez une page avec «&#xa0;folio page write&#xa0;» ou ouvrez la fenêtre de Folio pour en commencer une.</translation>
    </message>
    <message>
        <source>folio: the output could not be written: %1</source>
        <translation>folio: impossible d&apos;écrire la sortie&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>folio::CommandLine</name>
    <message>
        <source>Give one wiki: --wiki appears twice.</source>
        <translation>Indiquez un seul wiki&#xa0;: --wiki apparaît deux fois.</translation>
    </message>
    <message>
        <source>--wiki needs the path of a wiki file.</source>
        <translation>--wiki attend le chemin d&apos;un fichier wiki.</translation>
    </message>
    <message>
        <source>--wiki needs the path of a wiki file (for a name that starts with a dash, write ./%1).</source>
        <translation>--wiki attend le chemin d&apos;un fichier wiki (pour un nom qui commence par un tiret, écrivez ./%1).</translation>
    </message>
    <message>
        <source>Unknown option “%1”. Try “folio --help”.</source>
        <translation>Option inconnue «&#xa0;%1&#xa0;». Essayez «&#xa0;folio --help&#xa0;».</translation>
    </message>
    <message>
        <source>The link “%1” names no page.</source>
        <translation>Le lien «&#xa0;%1&#xa0;» ne désigne aucune page.</translation>
    </message>
    <message>
        <source>Give one wiki: either --wiki or a file name, not both.</source>
        <translation>Indiquez un seul wiki&#xa0;: soit --wiki, soit un nom de fichier, pas les deux.</translation>
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
        <translation>Utilisation&#xa0;: folio [--wiki CHEMIN] [COMMANDE]
              folio FICHIER-WIKI
              folio folio://wiki/page/TITRE   (lien de page copié&#xa0;: ouvre cette page)

Folio est un wiki hors ligne. Sans commande, il ouvre la fenêtre.

Options&#xa0;:
  -w, --wiki CHEMIN   ouvre ou crée le fichier wiki CHEMIN
                      (par défaut&#xa0;: wiki.folio dans le dossier de données
                      de l&apos;utilisateur)
  -v, --version       affiche la version et quitte
  -h, --help          affiche cette aide et quitte

Commandes&#xa0;:
  page list [--drafts] [--json]      liste les pages publiées (--drafts&#xa0;: toutes)
  page show TITRE [--html]           affiche le Markdown d&apos;une page (ou son HTML)
  page write TITRE [--file F] [--kind K] [--tags T]
                                     crée une page ou ajoute une révision,
                                     à partir de F ou de l&apos;entrée standard
  page history TITRE [--json]        liste les révisions d&apos;une page
  page diff TITRE [REV_A [REV_B]]    un diff unifié (par défaut&#xa0;: les deux dernières)
  page rename ANCIEN NOUVEAU         renomme, et fait suivre les liens vers ANCIEN
  page move TITRE PARENT | --top     placer une page sous une autre, ou au premier niveau
  page delete TITRE                  supprime une page (son historique est conservé)
  page deleted                       liste les pages supprimées
  page restore TITRE [RÉVISION]      rétablit une page supprimée, ou le texte
                                     d&apos;une ancienne révision comme nouvelle révision
  page status TITRE [draft|review|published] [--public|--internal]
               [--message TEXTE]     fait avancer une page dans la relecture
  page attach TITRE FICHIER          joint un fichier&#xa0;; affiche le lien Markdown
  page import DOSSIER                importe tous les fichiers .md sous DOSSIER
  Les commandes qui écrivent acceptent --author NOM (par défaut&#xa0;: le nom défini
  dans la fenêtre, sinon le nom de connexion).
  search REQUÊTE [--limit N] [--drafts] [--json]
                                     recherche les pages publiées (--drafts&#xa0;: toutes)&#xa0;;
                                     REQUÊTE accepte &quot;expressions&quot;, -exclus, OR, mot*,
                                     tag:, kind:, title:
  import-links CHEMIN [--format F] [--channels a,b] [--since DATE] [--until DATE]
               [--include-private] [--allow-domain D] [--deny-domain D] [--json]
                                     importe les liens partagés dans un export de
                                     discussion ou un fichier de signets&#xa0;;
                                     --format help liste les formats
  links [--json] [--limit N] [REQUÊTE]
                                     liste les liens&#xa0;; REQUÊTE accepte channel:, from:,
                                     domain:, tag:, after:, before:
  link show URL [--text] [--json]    un lien, son état d&apos;archivage et chaque message
                                     qui l&apos;a partagé&#xa0;; --text&#xa0;: son texte lisible
  archive [--pending | --failed | URL...] [--allow-private] [--concurrency N]
          [--timeout SECONDES]       conserve les pages liées pour les lire hors ligne
  export FICHIER [--published-only] [--public-only] [--tag T] [--kind K]
                                     écrit le wiki (ou sa partie filtrée) en paquet
  import FICHIER [--other-wiki]      fusionne un paquet sans perdre de modification
  import --undo [--force]            remet le wiki dans l&apos;état où il était avant le
                                     dernier import
  sync DOSSIER [--other-wiki]        fusionne les paquets des autres ordinateurs dans
                                     DOSSIER, puis y écrit celui de cet ordinateur
</translation>
    </message>
</context>
<context>
    <name>folio::ConflictDialog</name>
    <message>
        <source>“%1” was saved by %2 at %3 while you were editing it. Left: the saved version. Right: yours. What should the page keep?</source>
        <translation>La page «&#xa0;%1&#xa0;» a été enregistrée par %2 à %3 pendant que vous la modifiiez. À gauche&#xa0;: la version enregistrée. À droite&#xa0;: la vôtre. Que doit conserver la page&#xa0;?</translation>
    </message>
    <message>
        <source>Changed While You Edited</source>
        <translation>Modifiée pendant votre édition</translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation>&amp;Garder ma version</translation>
    </message>
    <message>
        <source>Keep &amp;Theirs</source>
        <translation>Garder la version &amp;enregistrée</translation>
    </message>
    <message>
        <source>Merge by &amp;Hand</source>
        <translation>Fusionner à la &amp;main</translation>
    </message>
    <message>
        <source>Save your text; theirs stays in the page&apos;s history.</source>
        <translation>Enregistrer votre texte&#xa0;; l&apos;autre reste dans l&apos;historique de la page.</translation>
    </message>
    <message>
        <source>Drop your changes and show the saved version.</source>
        <translation>Abandonner vos modifications et afficher la version enregistrée.</translation>
    </message>
    <message>
        <source>Both changes in the editor, with the places where they clash marked.</source>
        <translation>Les deux modifications dans l&apos;éditeur, avec les passages en conflit signalés.</translation>
    </message>
</context>
<context>
    <name>folio::ConflictList</name>
    <message>
        <source>The page no longer exists.</source>
        <translation>La page n&apos;existe plus.</translation>
    </message>
    <message>
        <source>“%1” was changed elsewhere meanwhile; look at it again.</source>
        <translation>La page «&#xa0;%1&#xa0;» a été modifiée ailleurs entre-temps&#xa0;; vérifiez-la à nouveau.</translation>
    </message>
    <message>
        <source>Resolved the conflict between two machines&apos; edits</source>
        <translation>Conflit résolu entre les modifications de deux ordinateurs</translation>
    </message>
</context>
<context>
    <name>folio::ConflictsDialog</name>
    <message>
        <source>First version</source>
        <translation>Première version</translation>
    </message>
    <message>
        <source>Second version</source>
        <translation>Deuxième version</translation>
    </message>
    <message>
        <source>Merged text</source>
        <translation>Texte fusionné</translation>
    </message>
    <message>
        <source>Keep &amp;This Version</source>
        <translation>Garder &amp;cette version</translation>
    </message>
    <message>
        <source>Keep T&amp;his Version</source>
        <translation>Garder cette &amp;version</translation>
    </message>
    <message>
        <source>&amp;Save Merged Text</source>
        <translation>&amp;Enregistrer le texte fusionné</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Keep the first version</source>
        <translation>Garder la première version</translation>
    </message>
    <message>
        <source>Keep the second version</source>
        <translation>Garder la deuxième version</translation>
    </message>
    <message>
        <source>Conflicted pages</source>
        <translation>Pages en conflit</translation>
    </message>
    <message>
        <source>Merged text — both versions between &lt;&lt;&lt;&lt;&lt;&lt;&lt; and &gt;&gt;&gt;&gt;&gt;&gt;&gt; lines; edit it to what it should say:</source>
        <translation>Texte fusionné — les deux versions figurent entre les lignes &lt;&lt;&lt;&lt;&lt;&lt;&lt; et &gt;&gt;&gt;&gt;&gt;&gt;&gt;&#xa0;; corrigez-le pour obtenir le texte voulu&#xa0;:</translation>
    </message>
    <message>
        <source>No page has conflicting edits.</source>
        <translation>Aucune page n&apos;a de modifications en conflit.</translation>
    </message>
    <message>
        <source>Keep Both Versions?</source>
        <translation>Garder les deux versions&#xa0;?</translation>
    </message>
    <message>
        <source>The text still holds both versions between &lt;&lt;&lt;&lt;&lt;&lt;&lt; and &gt;&gt;&gt;&gt;&gt;&gt;&gt; lines. Save it as it is?</source>
        <translation>Le texte contient encore les deux versions entre les lignes &lt;&lt;&lt;&lt;&lt;&lt;&lt; et &gt;&gt;&gt;&gt;&gt;&gt;&gt;. L&apos;enregistrer tel quel&#xa0;?</translation>
    </message>
    <message>
        <source>Cannot List Conflicts</source>
        <translation>Impossible de lister les conflits</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) were changed on two machines in the same lines. Compare both versions, then keep one or edit the merged text.</source>
        <translation>
            <numerusform>%n page a été modifiée sur deux ordinateurs aux mêmes lignes. Comparez les deux versions, puis gardez-en une ou modifiez le texte fusionné.</numerusform>
            <numerusform>%n pages ont été modifiées sur deux ordinateurs aux mêmes lignes. Comparez les deux versions, puis gardez-en une ou modifiez le texte fusionné.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Show Conflict</source>
        <translation>Impossible d&apos;afficher le conflit</translation>
    </message>
    <message>
        <source>Version by %1, %2</source>
        <translation>Version de %1, %2</translation>
    </message>
    <message>
        <source>Cannot Resolve Conflict</source>
        <translation>Impossible de résoudre le conflit</translation>
    </message>
</context>
<context>
    <name>folio::Database</name>
    <message>
        <source>The file is not a wiki: it is not an SQLite database.</source>
        <translation>Le fichier n&apos;est pas un wiki&#xa0;: ce n&apos;est pas une base de données SQLite.</translation>
    </message>
    <message>
        <source>The wiki file is damaged.</source>
        <translation>Le fichier du wiki est endommagé.</translation>
    </message>
    <message>
        <source>The wiki file is damaged or was changed by another program: its tables are not as Folio left them.</source>
        <translation>Le fichier du wiki est endommagé ou a été modifié par un autre programme&#xa0;: ses tables ne sont plus telles que Folio les a laissées.</translation>
    </message>
    <message>
        <source>The wiki cannot be changed: the file, its journal or its folder is read-only.</source>
        <translation>Impossible de modifier le wiki&#xa0;: le fichier, son journal ou son dossier est en lecture seule.</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>L&apos;opération a été annulée.</translation>
    </message>
    <message>
        <source>The wiki is busy: another program is using it. Try again in a moment.</source>
        <translation>Le wiki est occupé&#xa0;: un autre programme l&apos;utilise. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The wiki is busy: %1 is using it. Try again in a moment, or close that program.</source>
        <translation>Le wiki est occupé&#xa0;: %1 l&apos;utilise. Réessayez dans un instant ou fermez ce programme.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again.</source>
        <translation>Le disque est plein. Libérez de l&apos;espace et réessayez.</translation>
    </message>
    <message>
        <source>The wiki file could not be read or written (input/output error). Check the disk.</source>
        <translation>Impossible de lire ou d&apos;écrire le fichier du wiki (erreur d&apos;entrée/sortie). Vérifiez le disque.</translation>
    </message>
    <message>
        <source>The wiki file cannot be opened: check that it and its folder exist and that you may read and write them.</source>
        <translation>Impossible d&apos;ouvrir le fichier du wiki&#xa0;: vérifiez que le fichier et son dossier existent et que vous avez le droit de les lire et de les modifier.</translation>
    </message>
    <message>
        <source>The wiki file may not grow any larger (a file size limit).</source>
        <translation>Le fichier du wiki ne peut pas grossir davantage (limite de taille de fichier).</translation>
    </message>
    <message>
        <source>The change is too large to store.</source>
        <translation>La modification est trop volumineuse pour être enregistrée.</translation>
    </message>
    <message>
        <source>The wiki reported an unexpected error (code %1).</source>
        <translation>Le wiki a signalé une erreur inattendue (code %1).</translation>
    </message>
</context>
<context>
    <name>folio::DatabaseBackup</name>
    <message>
        <source>Could not put the copy of the wiki at “%1”.</source>
        <translation>Impossible de placer la copie du wiki à l&apos;emplacement «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>folio::DeletedPagesDialog</name>
    <message>
        <source>No page has been deleted.</source>
        <translation>Aucune page n&apos;a été supprimée.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>Deleted Pages</source>
        <translation>Pages supprimées</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimée le</translation>
    </message>
    <message>
        <source>Deleted pages</source>
        <translation>Pages supprimées</translation>
    </message>
    <message>
        <source>A restored page comes back with its whole history.</source>
        <translation>Une page restaurée revient avec tout son historique.</translation>
    </message>
    <message>
        <source>Cannot List Deleted Pages</source>
        <translation>Impossible de lister les pages supprimées</translation>
    </message>
    <message>
        <source>Cannot Restore Page</source>
        <translation>Impossible de restaurer la page</translation>
    </message>
</context>
<context>
    <name>folio::DiffView</name>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>No change in the text.</source>
        <translation>Aucune modification dans le texte.</translation>
    </message>
</context>
<context>
    <name>folio::DiscordExport</name>
    <message>
        <source>a message without an id or time; skipped</source>
        <translation>un message sans identifiant ni heure&#xa0;; ignoré</translation>
    </message>
    <message>
        <source>“%1” holds no DiscordChatExporter JSON file.</source>
        <translation>«&#xa0;%1&#xa0;» ne contient aucun fichier JSON de DiscordChatExporter.</translation>
    </message>
    <message>
        <source>Discord export (DiscordChatExporter JSON)</source>
        <translation>Export Discord (JSON de DiscordChatExporter)</translation>
    </message>
</context>
<context>
    <name>folio::EditSession</name>
    <message>
        <source>Cannot Attach File</source>
        <translation>Impossible de joindre le fichier</translation>
    </message>
    <message>
        <source>Unsaved text could not be kept in the wiki (Folio tries again in a moment): %1</source>
        <translation>Le texte non enregistré n&apos;a pas pu être conservé dans le wiki (Folio réessaiera dans un instant)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot Restore Draft</source>
        <translation>Impossible de restaurer le brouillon</translation>
    </message>
    <message>
        <source>Restore Unsaved Text</source>
        <translation>Restaurer le texte non enregistré</translation>
    </message>
    <message>
        <source>“%1” has changes kept %2 that were never saved. Restore them?

No deletes that text and opens the page as it is.</source>
        <translation>«&#xa0;%1&#xa0;» comporte des modifications, conservées %2, qui n&apos;ont jamais été enregistrées. Les restaurer&#xa0;?

Non supprime ce texte et ouvre la page telle quelle.</translation>
    </message>
    <message>
        <source>Cannot Delete Draft</source>
        <translation>Impossible de supprimer le brouillon</translation>
    </message>
    <message>
        <source>Folio closed before your changes to “%1” were saved (kept %2). Restore them?

No deletes this text; Cancel asks again next time.</source>
        <translation>Folio s&apos;est fermé avant l&apos;enregistrement de vos modifications de «&#xa0;%1&#xa0;» (conservées %2). Les restaurer&#xa0;?

Non supprime ce texte&#xa0;; Annuler reposera la question la prochaine fois.</translation>
    </message>
    <message>
        <source>Cannot Save Page</source>
        <translation>Impossible d&apos;enregistrer la page</translation>
    </message>
    <message>
        <source>“%1” was deleted while you edited it. Your text is still in the editor: copy it, or restore the page from Page → Deleted Pages and save again.</source>
        <translation>La page «&#xa0;%1&#xa0;» a été supprimée pendant que vous la modifiiez. Votre texte est toujours dans l&apos;éditeur&#xa0;: copiez-le, ou restaurez la page via Page → Pages supprimées et enregistrez à nouveau.</translation>
    </message>
    <message>
        <source>your text</source>
        <translation>votre texte</translation>
    </message>
    <message>
        <source>saved by %1</source>
        <translation>enregistré par %1</translation>
    </message>
    <message>
        <source>Both changes are merged: check the text, then save.</source>
        <translation>Les deux modifications ont été fusionnées&#xa0;: vérifiez le texte, puis enregistrez.</translation>
    </message>
    <message>
        <source>Both changes are in the editor; where they clash, both versions stand between &lt;&lt;&lt;&lt;&lt;&lt;&lt; and &gt;&gt;&gt;&gt;&gt;&gt;&gt;. Keep what is right, then save.</source>
        <translation>Les deux modifications sont dans l&apos;éditeur&#xa0;; là où elles se contredisent, les deux versions figurent entre &lt;&lt;&lt;&lt;&lt;&lt;&lt; et &gt;&gt;&gt;&gt;&gt;&gt;&gt;. Gardez ce qui est correct, puis enregistrez.</translation>
    </message>
    <message>
        <source>Cannot Undo Rename</source>
        <translation>Impossible d&apos;annuler le renommage</translation>
    </message>
    <message>
        <source>Cannot Rename Page</source>
        <translation>Impossible de renommer la page</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Save them?</source>
        <translation>«&#xa0;%1&#xa0;» contient des modifications non enregistrées. Les enregistrer&#xa0;?</translation>
    </message>
</context>
<context>
    <name>folio::ExportArchive</name>
    <message>
        <source>a file in the export is larger than %1 MB.</source>
        <translation>un fichier de l&apos;export dépasse %1 Mo.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” is not a regular file; Folio reads only files.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un fichier ordinaire&#xa0;; Folio ne lit que des fichiers.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>Impossible d&apos;ouvrir «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;existe pas.</translation>
    </message>
    <message>
        <source>“%1” is not a regular file; Folio reads only files and folders.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un fichier ordinaire&#xa0;; Folio ne lit que des fichiers et des dossiers.</translation>
    </message>
</context>
<context>
    <name>folio::FileOutput</name>
    <message>
        <source>“%1” is a folder; choose a file name.</source>
        <translation>«&#xa0;%1&#xa0;» est un dossier&#xa0;; choisissez un nom de fichier.</translation>
    </message>
    <message>
        <source>“%1” is not a regular file; choose another name.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un fichier ordinaire&#xa0;; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>Impossible d&apos;écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>folio::FindBar</name>
    <message>
        <source>Find in page</source>
        <translation>Rechercher dans la page</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Résultat précédent (Maj+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Résultat suivant (F3)</translation>
    </message>
    <message>
        <source>Close find bar (Esc)</source>
        <translation>Fermer la barre de recherche (Échap)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>folio::FormatDetector</name>
    <message>
        <source>There is no export format “%1”; Folio reads %2.</source>
        <translation>Il n&apos;existe pas de format d&apos;export «&#xa0;%1&#xa0;»&#xa0;; Folio lit %2.</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>«&#xa0;%1&#xa0;» est vide.</translation>
    </message>
    <message>
        <source>“%1” is not an export Folio knows. It reads: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un export connu de Folio. Formats lus&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>folio::FrontMatter</name>
    <message>
        <source>it does not start with a front matter header (&quot;---&quot;)</source>
        <translation>il ne commence pas par un en-tête («&#xa0;---&#xa0;»)</translation>
    </message>
    <message>
        <source>its front matter header never ends (no closing &quot;---&quot;)</source>
        <translation>son en-tête ne se termine jamais (pas de «&#xa0;---&#xa0;» de fermeture)</translation>
    </message>
    <message>
        <source>line %1 of its front matter is not &quot;key: value&quot;</source>
        <translation>la ligne %1 de son en-tête n&apos;est pas de la forme «&#xa0;clé: valeur&#xa0;»</translation>
    </message>
    <message>
        <source>the value of “%1” in its front matter is not valid JSON</source>
        <translation>la valeur de «&#xa0;%1&#xa0;» dans son en-tête n&apos;est pas du JSON valide</translation>
    </message>
    <message>
        <source>“%1” appears twice in its front matter</source>
        <translation>«&#xa0;%1&#xa0;» apparaît deux fois dans son en-tête</translation>
    </message>
</context>
<context>
    <name>folio::HistoryView</name>
    <message>
        <source>&amp;Side by Side</source>
        <translation>Côte à &amp;côte</translation>
    </message>
    <message>
        <source>&amp;Restore This Revision</source>
        <translation>&amp;Restaurer cette révision</translation>
    </message>
    <message>
        <source>&amp;Back to Page</source>
        <translation>Re&amp;tour à la page</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Révisions</translation>
    </message>
    <message>
        <source>Choose one revision to see what it changed, or two (Ctrl+click) to compare them.</source>
        <translation>Choisissez une révision pour voir ce qu&apos;elle a modifié, ou deux (Ctrl+clic) pour les comparer.</translation>
    </message>
    <message>
        <source>History of “%1”</source>
        <translation>Historique de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Conflicted: two machines&apos; edits of the same lines, both kept</source>
        <translation>En conflit&#xa0;: modifications des mêmes lignes par deux ordinateurs, toutes deux conservées</translation>
    </message>
    <message>
        <source>Merge of two machines&apos; edits</source>
        <translation>Fusion des modifications de deux ordinateurs</translation>
    </message>
    <message>
        <source>Titled “%1” then</source>
        <translation>Intitulée «&#xa0;%1&#xa0;» à l&apos;époque</translation>
    </message>
    <message>
        <source>Choose a revision.</source>
        <translation>Choisissez une révision.</translation>
    </message>
    <message>
        <source>Choose one or two revisions.</source>
        <translation>Choisissez une ou deux révisions.</translation>
    </message>
    <message>
        <source>Changes from revision %1 to revision %2</source>
        <translation>Modifications de la révision %1 à la révision %2</translation>
    </message>
    <message numerus="yes">
        <source>Revision %1 by %2: %n line(s) added, %3 removed.</source>
        <translation>
            <numerusform>Révision %1 par %2&#xa0;: %n ligne ajoutée, %3 supprimée(s).</numerusform>
            <numerusform>Révision %1 par %2&#xa0;: %n lignes ajoutées, %3 supprimée(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Restore Revision</source>
        <translation>Impossible de restaurer la révision</translation>
    </message>
</context>
<context>
    <name>folio::HistoryWriter</name>
    <message>
        <source>A revision to show is missing from the page&apos;s history.</source>
        <translation>Une révision à afficher est absente de l&apos;historique de la page.</translation>
    </message>
</context>
<context>
    <name>folio::ImportLinksDialog</name>
    <message>
        <source>Include &amp;private channels and direct messages</source>
        <translation>Inclure les canaux &amp;privés et les messages directs</translation>
    </message>
    <message>
        <source>Include links inside &amp;code</source>
        <translation>Inclure les liens dans le &amp;code</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Import Links</source>
        <translation>Importer des liens</translation>
    </message>
    <message>
        <source>A chat export (zip, folder or file) or a bookmark file</source>
        <translation>Un export de discussion (zip, dossier ou fichier) ou un fichier de signets</translation>
    </message>
    <message>
        <source>&amp;File…</source>
        <translation>&amp;Fichier…</translation>
    </message>
    <message>
        <source>F&amp;older…</source>
        <translation>Do&amp;ssier…</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Détecter automatiquement</translation>
    </message>
    <message>
        <source>all channels (or: general, releases)</source>
        <translation>tous les canaux (ou&#xa0;: general, releases)</translation>
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
        <translation>tous les domaines (ou&#xa0;: example.com, wiki.org)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>&amp;Export:</source>
        <translation>&amp;Export&#xa0;:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;hannels:</source>
        <translation>C&amp;anaux&#xa0;:</translation>
    </message>
    <message>
        <source>Shared &amp;since:</source>
        <translation>Partagés &amp;depuis le&#xa0;:</translation>
    </message>
    <message>
        <source>Shared &amp;until:</source>
        <translation>Partagés &amp;jusqu&apos;au&#xa0;:</translation>
    </message>
    <message>
        <source>Only &amp;domains:</source>
        <translation>Uniq&amp;uement les domaines&#xa0;:</translation>
    </message>
    <message>
        <source>Never &amp;domains:</source>
        <translation>Domaines e&amp;xclus&#xa0;:</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Rapport d&apos;import</translation>
    </message>
    <message>
        <source>Choose an Export</source>
        <translation>Choisir un export</translation>
    </message>
    <message>
        <source>Exports (*.zip *.json *.jsonl *.html *.htm *.tar.gz *.tgz);;All files (*)</source>
        <translation>Exports (*.zip *.json *.jsonl *.html *.htm *.tar.gz *.tgz);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose an Unzipped Export</source>
        <translation>Choisir un export décompressé</translation>
    </message>
    <message>
        <source>Saving the links of %1 messages…</source>
        <translation>Enregistrement des liens de %1 messages…</translation>
    </message>
    <message>
        <source>Reading… %1 messages so far</source>
        <translation>Lecture… %1 messages jusqu&apos;à présent</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n&apos;a été importé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was imported.</source>
        <translation>Annulé. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Choose the export to import first.</source>
        <translation>Choisissez d&apos;abord l&apos;export à importer.</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as 2024-05-01.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date&#xa0;; écrivez-la sous la forme 2024-05-01.</translation>
    </message>
    <message>
        <source>The first day must come before the last.</source>
        <translation>Le premier jour doit précéder le dernier.</translation>
    </message>
    <message>
        <source>Reading the export…</source>
        <translation>Lecture de l&apos;export…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %n new link(s).</source>
        <translation>
            <numerusform>%1 importé&#xa0;: %n nouveau lien.</numerusform>
            <numerusform>%1 importé&#xa0;: %n nouveaux liens.</numerusform>
        </translation>
    </message>
    <message>
        <source>Messages read: %1</source>
        <translation>Messages lus&#xa0;: %1</translation>
    </message>
    <message>
        <source>Links found: %1</source>
        <translation>Liens trouvés&#xa0;: %1</translation>
    </message>
    <message>
        <source>New links: %1</source>
        <translation>Nouveaux liens&#xa0;: %1</translation>
    </message>
    <message>
        <source>New shares: %1</source>
        <translation>Nouveaux partages&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Left out: %n message(s) in private channels and direct messages (the box above imports them).</source>
        <translation>
            <numerusform>Non retenu&#xa0;: %n message dans des canaux privés ou des messages directs (la case ci-dessus permet de l&apos;importer).</numerusform>
            <numerusform>Non retenus&#xa0;: %n messages dans des canaux privés ou des messages directs (la case ci-dessus permet de les importer).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out: %n message(s) outside the channels or dates asked for.</source>
        <translation>
            <numerusform>Non retenu&#xa0;: %n message hors des canaux ou des dates demandés.</numerusform>
            <numerusform>Non retenus&#xa0;: %n messages hors des canaux ou des dates demandés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out: %n link(s) in code or outside the domain rules.</source>
        <translation>
            <numerusform>Non retenu&#xa0;: %n lien dans du code ou hors des règles de domaine.</numerusform>
            <numerusform>Non retenus&#xa0;: %n liens dans du code ou hors des règles de domaine.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tokens or passwords removed from %n link(s).</source>
        <translation>
            <numerusform>Jetons ou mots de passe retirés de %n lien.</numerusform>
            <numerusform>Jetons ou mots de passe retirés de %n liens.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped %1: %2</source>
        <translation>%1 ignoré&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) could not be read and were skipped:</source>
        <translation>
            <numerusform>%n élément n&apos;a pas pu être lu et a été ignoré&#xa0;:</numerusform>
            <numerusform>%n éléments n&apos;ont pas pu être lus et ont été ignorés&#xa0;:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>folio::ImportUndo</name>
    <message>
        <source>There is no import to undo: no bundle was imported into this wiki.</source>
        <translation>Aucun import à annuler&#xa0;: aucun paquet n&apos;a été importé dans ce wiki.</translation>
    </message>
    <message>
        <source>The import of “%1” was undone already; it cannot be undone twice.</source>
        <translation>L&apos;import de «&#xa0;%1&#xa0;» a déjà été annulé&#xa0;; il ne peut pas l&apos;être deux fois.</translation>
    </message>
    <message>
        <source>The import of “%1” cannot be undone: the copy of the wiki taken before it (“%2”) is gone.</source>
        <translation>Impossible d&apos;annuler l&apos;import de «&#xa0;%1&#xa0;»&#xa0;: la copie du wiki faite avant celui-ci («&#xa0;%2&#xa0;») n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Another bundle was imported meanwhile; look at what Undo would do again.</source>
        <translation>Un autre paquet a été importé entre-temps&#xa0;; vérifiez à nouveau ce que ferait l&apos;annulation.</translation>
    </message>
    <message numerus="yes">
        <source>Undoing the import of “%1” would also undo %n change(s) made after it.</source>
        <translation>
            <numerusform>Annuler l&apos;import de «&#xa0;%1&#xa0;» annulerait aussi %n modification faite après celui-ci.</numerusform>
            <numerusform>Annuler l&apos;import de «&#xa0;%1&#xa0;» annulerait aussi %n modifications faites après celui-ci.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not the copy Folio took before importing “%2”; Folio leaves both as they are.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas la copie faite par Folio avant l&apos;import de «&#xa0;%2&#xa0;»&#xa0;; Folio laisse les deux fichiers tels quels.</translation>
    </message>
    <message>
        <source>The copy of the wiki taken before the import cannot be read: %1</source>
        <translation>La copie du wiki faite avant l&apos;import ne peut pas être lue&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>folio::JsonReading</name>
    <message>
        <source>%1, item %2 (byte %3)</source>
        <translation>%1, élément %2 (octet %3)</translation>
    </message>
    <message>
        <source>an item larger than %1 MB was skipped</source>
        <translation>un élément de plus de %1 Mo a été ignoré</translation>
    </message>
    <message>
        <source>not valid JSON (%1); skipped</source>
        <translation>JSON non valide (%1)&#xa0;; ignoré</translation>
    </message>
    <message>
        <source>the file does not hold what this export keeps there (“%1” expected); nothing in it was read</source>
        <translation>le fichier ne contient pas ce que cet export y place («&#xa0;%1&#xa0;» attendu)&#xa0;; rien n&apos;y a été lu</translation>
    </message>
    <message>
        <source>something follows the end of the JSON (at byte %1); it was not read</source>
        <translation>des données suivent la fin du JSON (à l&apos;octet %1)&#xa0;; elles n&apos;ont pas été lues</translation>
    </message>
    <message numerus="yes">
        <source>the file is cut off; the %n complete item(s) before the cut were read</source>
        <translation>
            <numerusform>le fichier est tronqué&#xa0;; %n élément complet avant la coupure a été lu</numerusform>
            <numerusform>le fichier est tronqué&#xa0;; les %n éléments complets avant la coupure ont été lus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the file stops being JSON (%1); the %n item(s) before were read</source>
        <translation>
            <numerusform>le fichier cesse d&apos;être du JSON (%1)&#xa0;; %n élément précédent a été lu</numerusform>
            <numerusform>le fichier cesse d&apos;être du JSON (%1)&#xa0;; les %n éléments précédents ont été lus</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, ligne %2</translation>
    </message>
    <message>
        <source>a line longer than %1 MB was skipped</source>
        <translation>une ligne de plus de %1 Mo a été ignorée</translation>
    </message>
</context>
<context>
    <name>folio::JsonStream</name>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 à l&apos;octet %2</translation>
    </message>
    <message>
        <source>a name was expected</source>
        <translation>un nom était attendu</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>imbrication trop profonde</translation>
    </message>
    <message>
        <source>an unexpected bracket</source>
        <translation>un crochet inattendu</translation>
    </message>
    <message>
        <source>an unexpected comma</source>
        <translation>une virgule inattendue</translation>
    </message>
</context>
<context>
    <name>folio::LibArchiveExport</name>
    <message>
        <source>two entries named “%1”</source>
        <translation>deux entrées nommées «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>“%1” is a damaged or unsupported archive: %2</source>
        <translation>«&#xa0;%1&#xa0;» est une archive endommagée ou non prise en charge&#xa0;: %2</translation>
    </message>
    <message>
        <source>a file name that is not UTF-8</source>
        <translation>un nom de fichier qui n&apos;est pas en UTF-8</translation>
    </message>
    <message>
        <source>a file name that is not UTF-8 (“%1”)</source>
        <translation>un nom de fichier qui n&apos;est pas en UTF-8 («&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <source>an entry that points outside the archive (“%1”)</source>
        <translation>une entrée qui pointe hors de l&apos;archive («&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <source>a link or special file (“%1”)</source>
        <translation>un lien symbolique ou un fichier spécial («&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <source>a file larger than %1 GB (“%2”)</source>
        <translation>un fichier de plus de %1 Go («&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <source>“%1” holds %2, which no export has; it was not imported.</source>
        <translation>«&#xa0;%1&#xa0;» contient %2, ce qu&apos;aucun export ne contient&#xa0;; cela n&apos;a pas été importé.</translation>
    </message>
</context>
<context>
    <name>folio::LibArchiveExport::Reader</name>
    <message>
        <source>“%1” holds “%2”, larger than %3 GB: refused.</source>
        <translation>«&#xa0;%1&#xa0;» contient «&#xa0;%2&#xa0;», qui dépasse %3 Go&#xa0;: refusé.</translation>
    </message>
    <message>
        <source>“%1” expands to more than %2 times its size, as a decompression bomb does: refused.</source>
        <translation>«&#xa0;%1&#xa0;» se décompresse à plus de %2 fois sa taille, comme une bombe de décompression&#xa0;: refusé.</translation>
    </message>
</context>
<context>
    <name>folio::LinkDetailsView</name>
    <message>
        <source>&amp;Open in Browser</source>
        <translation>&amp;Ouvrir dans le navigateur</translation>
    </message>
    <message>
        <source>&amp;Copy Link</source>
        <translation>&amp;Copier le lien</translation>
    </message>
    <message>
        <source>&amp;Promote to Page</source>
        <translation>&amp;Promouvoir en page</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archiver</translation>
    </message>
    <message>
        <source>&amp;Read Offline</source>
        <translation>&amp;Lire hors ligne</translation>
    </message>
    <message>
        <source>Start a wiki page from this link and the conversation that shared it</source>
        <translation>Commencer une page du wiki à partir de ce lien et de la conversation où il a été partagé</translation>
    </message>
    <message>
        <source>Messages that shared the link</source>
        <translation>Messages où le lien a été partagé</translation>
    </message>
    <message>
        <source>Read the archived page, with the network off if need be</source>
        <translation>Lire la page archivée, sans réseau si nécessaire</translation>
    </message>
    <message>
        <source>No link selected</source>
        <translation>Aucun lien sélectionné</translation>
    </message>
    <message>
        <source>Pick a link in the Links panel to see who shared it, where and when.</source>
        <translation>Choisissez un lien dans le panneau Liens pour voir qui l&apos;a partagé, où et quand.</translation>
    </message>
    <message numerus="yes">
        <source>Shared %n time(s)</source>
        <translation>
            <numerusform>Partagé %n fois</numerusform>
            <numerusform>Partagé %n fois</numerusform>
        </translation>
    </message>
    <message>
        <source>first %1</source>
        <translation>premier partage le %1</translation>
    </message>
    <message>
        <source>last %1</source>
        <translation>dernier partage le %1</translation>
    </message>
    <message>
        <source>A token or password was removed from this link when it was imported.</source>
        <translation>Un jeton ou un mot de passe a été retiré de ce lien lors de l&apos;import.</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Étiquettes&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Archive Again</source>
        <translation>&amp;Archiver à nouveau</translation>
    </message>
    <message>
        <source> (bot)</source>
        <translation> (bot)</translation>
    </message>
    <message>
        <source>quoted by %1</source>
        <translation>cité par %1</translation>
    </message>
</context>
<context>
    <name>folio::LinkImporter</name>
    <message>
        <source>a link in a system message (a join, a topic, an integration added)</source>
        <translation>un lien dans un message système (arrivée d&apos;un membre, sujet, intégration ajoutée)</translation>
    </message>
    <message>
        <source>[an address that held a password]</source>
        <translation>[une adresse qui contenait un mot de passe]</translation>
    </message>
    <message>
        <source>a link or special file, not a file the export wrote; not read</source>
        <translation>un lien symbolique ou un fichier spécial, pas un fichier écrit par l&apos;export&#xa0;; non lu</translation>
    </message>
</context>
<context>
    <name>folio::LinkJson</name>
    <message>
        <source>a message without its platform or id</source>
        <translation>un message sans sa plateforme ou son identifiant</translation>
    </message>
    <message>
        <source>a share without its address</source>
        <translation>un partage sans son adresse</translation>
    </message>
    <message>
        <source>a link without its address</source>
        <translation>un lien sans son adresse</translation>
    </message>
    <message>
        <source>a capture without its snapshot or time</source>
        <translation>une capture sans son instantané ou sa date</translation>
    </message>
</context>
<context>
    <name>folio::LinkPromotion</name>
    <message>
        <source>Link from %1</source>
        <translation>Lien de %1</translation>
    </message>
    <message numerus="yes">
        <source>Shared %n time(s); first by %1 in %2 on %3.</source>
        <translation>
            <numerusform>Partagé %n fois&#xa0;; d&apos;abord par %1 dans %2 le %3.</numerusform>
            <numerusform>Partagé %n fois&#xa0;; d&apos;abord par %1 dans %2 le %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Where it was shared</source>
        <translation>Où il a été partagé</translation>
    </message>
    <message>
        <source>From the page</source>
        <translation>Extrait de la page</translation>
    </message>
    <message>
        <source>archived %1</source>
        <translation>archivé le %1</translation>
    </message>
    <message>
        <source>(The page&apos;s text goes on; its archived copy holds all of it.)</source>
        <translation>(Le texte de la page continue&#xa0;; sa copie archivée le contient en entier.)</translation>
    </message>
</context>
<context>
    <name>folio::LinkQueryParser</name>
    <message>
        <source>%1: needs a value.</source>
        <translation>%1: demande une valeur.</translation>
    </message>
    <message>
        <source>hidden: takes yes or no.</source>
        <translation>hidden: attend yes ou no.</translation>
    </message>
    <message>
        <source>%1: takes a date such as 2024-05-01.</source>
        <translation>%1: attend une date comme 2024-05-01.</translation>
    </message>
    <message>
        <source>too many words: a filter takes at most %1.</source>
        <translation>trop de mots&#xa0;: un filtre en accepte au plus %1.</translation>
    </message>
</context>
<context>
    <name>folio::LinkStore</name>
    <message>
        <source>private channel</source>
        <translation>canal privé</translation>
    </message>
    <message>
        <source>direct message</source>
        <translation>message direct</translation>
    </message>
    <message>
        <source>group message</source>
        <translation>message de groupe</translation>
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
        <translation>Utilisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>folio import-links PATH [--format F] [--channels a,b] [--since DATE] [--until DATE] [--include-private] [--allow-domain D] [--deny-domain D] [--include-code] [--json]</source>
        <translation>folio import-links CHEMIN [--format F] [--channels a,b] [--since DATE] [--until DATE] [--include-private] [--allow-domain D] [--deny-domain D] [--include-code] [--json]</translation>
    </message>
    <message>
        <source>--since takes a date such as 2024-05-01.</source>
        <translation>--since attend une date comme 2024-05-01.</translation>
    </message>
    <message>
        <source>--until takes a date such as 2024-05-01.</source>
        <translation>--until attend une date comme 2024-05-01.</translation>
    </message>
    <message>
        <source>unknown option “%1”.</source>
        <translation>option inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>one export at a time, please.</source>
        <translation>un seul export à la fois, s&apos;il vous plaît.</translation>
    </message>
    <message>
        <source>which export should I import?</source>
        <translation>quel export faut-il importer&#xa0;?</translation>
    </message>
    <message>
        <source>--since must come before --until.</source>
        <translation>--since doit précéder --until.</translation>
    </message>
    <message>
        <source>folio: import cancelled; nothing was imported.</source>
        <translation>folio: import annulé&#xa0;; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Imported %1: %2</source>
        <translation>%1 importé&#xa0;: %2</translation>
    </message>
    <message>
        <source>  messages read:   %1</source>
        <translation>  messages lus&#xa0;:       %1</translation>
    </message>
    <message>
        <source>  links found:     %1</source>
        <translation>  liens trouvés&#xa0;:      %1</translation>
    </message>
    <message>
        <source>  new links:       %1</source>
        <translation>  nouveaux liens&#xa0;:     %1</translation>
    </message>
    <message>
        <source>  new shares:      %1</source>
        <translation>  nouveaux partages&#xa0;:  %1</translation>
    </message>
    <message numerus="yes">
        <source>  left out: %n message(s) in private channels and direct messages (--include-private imports them)</source>
        <translation>
            <numerusform>  non retenu&#xa0;: %n message dans des canaux privés ou des messages directs (--include-private permet de l&apos;importer)</numerusform>
            <numerusform>  non retenus&#xa0;: %n messages dans des canaux privés ou des messages directs (--include-private permet de les importer)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  left out: %n message(s) outside --channels, --since or --until</source>
        <translation>
            <numerusform>  non retenu&#xa0;: %n message hors de --channels, --since ou --until</numerusform>
            <numerusform>  non retenus&#xa0;: %n messages hors de --channels, --since ou --until</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  left out: %n link(s) in code or outside the domain rules</source>
        <translation>
            <numerusform>  non retenu&#xa0;: %n lien dans du code ou hors des règles de domaine</numerusform>
            <numerusform>  non retenus&#xa0;: %n liens dans du code ou hors des règles de domaine</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  removed tokens or passwords from %n link(s)</source>
        <translation>
            <numerusform>  jetons ou mots de passe retirés de %n lien</numerusform>
            <numerusform>  jetons ou mots de passe retirés de %n liens</numerusform>
        </translation>
    </message>
    <message>
        <source>  skipped %1: %2</source>
        <translation>  %1 ignoré&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) could not be read and were skipped:</source>
        <translation>
            <numerusform>%n élément n&apos;a pas pu être lu et a été ignoré&#xa0;:</numerusform>
            <numerusform>%n éléments n&apos;ont pas pu être lus et ont été ignorés&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more</source>
        <translation>
            <numerusform>  … et %n autre</numerusform>
            <numerusform>  … et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n share(s)</source>
        <translation>
            <numerusform>%n partage</numerusform>
            <numerusform>%n partages</numerusform>
        </translation>
    </message>
    <message>
        <source>last %1</source>
        <translation>dernier partage le %1</translation>
    </message>
    <message>
        <source>first by %1 in %2</source>
        <translation>d&apos;abord par %1 dans %2</translation>
    </message>
    <message>
        <source>first by %1</source>
        <translation>d&apos;abord par %1</translation>
    </message>
    <message>
        <source>first in %1</source>
        <translation>d&apos;abord dans %1</translation>
    </message>
    <message>
        <source>folio links [--json] [--limit N] [QUERY]</source>
        <translation>folio links [--json] [--limit N] [REQUÊTE]</translation>
    </message>
    <message>
        <source>--limit takes a number from 1 to 1000000.</source>
        <translation>--limit attend un nombre de 1 à 1000000.</translation>
    </message>
    <message>
        <source>No links yet. Import a chat export with “folio import-links PATH”.</source>
        <translation>Aucun lien pour l&apos;instant. Importez un export de discussion avec «&#xa0;folio import-links CHEMIN&#xa0;».</translation>
    </message>
    <message>
        <source>No link matches.</source>
        <translation>Aucun lien ne correspond.</translation>
    </message>
    <message>
        <source>folio link show URL [--text] [--json]</source>
        <translation>folio link show URL [--text] [--json]</translation>
    </message>
    <message>
        <source>what should I do with the link?</source>
        <translation>que faut-il faire du lien&#xa0;?</translation>
    </message>
    <message>
        <source>unknown link command “%1”.</source>
        <translation>commande de lien inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>one link at a time, please.</source>
        <translation>un seul lien à la fois, s&apos;il vous plaît.</translation>
    </message>
    <message>
        <source>which link?</source>
        <translation>quel lien&#xa0;?</translation>
    </message>
    <message>
        <source>folio: no link “%1” was imported.</source>
        <translation>folio: aucun lien «&#xa0;%1&#xa0;» n&apos;a été importé.</translation>
    </message>
    <message>
        <source>folio: “%1” is not archived yet; “folio archive %1” keeps it.</source>
        <translation>folio: «&#xa0;%1&#xa0;» n&apos;est pas encore archivé&#xa0;; «&#xa0;folio archive %1&#xa0;» le conservera.</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 Ko</translation>
    </message>
    <message>
        <source>A token or password was removed from this link when it was imported.</source>
        <translation>Un jeton ou un mot de passe a été retiré de ce lien lors de l&apos;import.</translation>
    </message>
    <message>
        <source>A link into the chat platform itself.</source>
        <translation>Un lien vers la plateforme de discussion elle-même.</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Étiquettes&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Shared %n time(s):</source>
        <translation>
            <numerusform>Partagé %n fois&#xa0;:</numerusform>
            <numerusform>Partagé %n fois&#xa0;:</numerusform>
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
        <translation>En attente</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <source>Not archived</source>
        <translation>Non archivé</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>First shared by</source>
        <translation>Partagé d&apos;abord par</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Last shared</source>
        <translation>Dernier partage</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Partages</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>folio::LinksPanel</name>
    <message>
        <source>Filter links (channel:, from:, domain:, after:)</source>
        <translation>Filtrer les liens (channel:, from:, domain:, after:)</translation>
    </message>
    <message>
        <source>Filter links</source>
        <translation>Filtrer les liens</translation>
    </message>
    <message>
        <source>Newest</source>
        <translation>Les plus récents</translation>
    </message>
    <message>
        <source>Most shared</source>
        <translation>Les plus partagés</translation>
    </message>
    <message>
        <source>By domain</source>
        <translation>Par domaine</translation>
    </message>
    <message>
        <source>Order of the links</source>
        <translation>Ordre des liens</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>Show only the links of a channel, a person or a domain</source>
        <translation>N&apos;afficher que les liens d&apos;un canal, d&apos;une personne ou d&apos;un domaine</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Import the links of a chat export or bookmark file</source>
        <translation>Importer les liens d&apos;un export de discussion ou d&apos;un fichier de signets</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiver</translation>
    </message>
    <message>
        <source>Keep the linked pages for reading offline</source>
        <translation>Conserver les pages liées pour les lire hors ligne</translation>
    </message>
    <message>
        <source>Archive &amp;All Links</source>
        <translation>Archiver &amp;tous les liens</translation>
    </message>
    <message>
        <source>&amp;Retry Failed</source>
        <translation>&amp;Réessayer les échecs</translation>
    </message>
    <message>
        <source>&amp;Pause Archiving</source>
        <translation>Mettre l&apos;archivage en &amp;pause</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v sur %m</translation>
    </message>
    <message>
        <source>Archiving progress</source>
        <translation>Progression de l&apos;archivage</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Stop archiving; the waiting links stay queued</source>
        <translation>Interrompre l&apos;archivage&#xa0;; les liens en attente restent dans la file</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>Filtering…</source>
        <translation>Filtrage…</translation>
    </message>
    <message>
        <source>Res&amp;ume Archiving</source>
        <translation>Repren&amp;dre l&apos;archivage</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) match</source>
        <translation>
            <numerusform>%n lien correspond</numerusform>
            <numerusform>%n liens correspondent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n lien</numerusform>
            <numerusform>%n liens</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domaines</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Plateformes</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No links yet</source>
        <translation>Aucun lien pour l&apos;instant</translation>
    </message>
    <message>
        <source>&amp;Open in Browser</source>
        <translation>&amp;Ouvrir dans le navigateur</translation>
    </message>
    <message>
        <source>&amp;Copy Link</source>
        <translation>&amp;Copier le lien</translation>
    </message>
    <message>
        <source>&amp;Tags…</source>
        <translation>Éti&amp;quettes…</translation>
    </message>
    <message>
        <source>Show &amp;Again</source>
        <translation>Réa&amp;fficher</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Masquer</translation>
    </message>
    <message>
        <source>Archive &amp;Again</source>
        <translation>Archiver à &amp;nouveau</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archiver</translation>
    </message>
    <message>
        <source>&amp;Promote to Page</source>
        <translation>&amp;Promouvoir en page</translation>
    </message>
</context>
<context>
    <name>folio::LinksWorkspace</name>
    <message>
        <source>Cannot Show Archived Page</source>
        <translation>Impossible d&apos;afficher la page archivée</translation>
    </message>
    <message>
        <source>Cannot Archive</source>
        <translation>Impossible d&apos;archiver</translation>
    </message>
    <message>
        <source>Cannot List Links</source>
        <translation>Impossible de lister les liens</translation>
    </message>
    <message>
        <source>Cannot Show Link</source>
        <translation>Impossible d&apos;afficher le lien</translation>
    </message>
    <message>
        <source>Cannot Open Link</source>
        <translation>Impossible d&apos;ouvrir le lien</translation>
    </message>
    <message>
        <source>Cannot Copy Link</source>
        <translation>Impossible de copier le lien</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 copié</translation>
    </message>
    <message>
        <source>Cannot Hide Link</source>
        <translation>Impossible de masquer le lien</translation>
    </message>
    <message>
        <source>Link hidden. Type “hidden:yes” in the filter to list hidden links and show them again.</source>
        <translation>Lien masqué. Saisissez «&#xa0;hidden:yes&#xa0;» dans le filtre pour lister les liens masqués et les réafficher.</translation>
    </message>
    <message>
        <source>The link is shown again.</source>
        <translation>Le lien est de nouveau affiché.</translation>
    </message>
    <message>
        <source>Cannot Tag Link</source>
        <translation>Impossible d&apos;étiqueter le lien</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Tags of the link, separated by commas:</source>
        <translation>Étiquettes du lien, séparées par des virgules&#xa0;:</translation>
    </message>
    <message>
        <source>Cannot Create Page</source>
        <translation>Impossible de créer la page</translation>
    </message>
    <message>
        <source>Created the page “%1” from the link.</source>
        <translation>Page «&#xa0;%1&#xa0;» créée à partir du lien.</translation>
    </message>
</context>
<context>
    <name>folio::LockHolder</name>
    <message>
        <source>process %1</source>
        <translation>processus %1</translation>
    </message>
    <message>
        <source>%1 (process %2)</source>
        <translation>%1 (processus %2)</translation>
    </message>
</context>
<context>
    <name>folio::MainWindow</name>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>Cannot List Pages</source>
        <translation>Impossible de lister les pages</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Relecture</translation>
    </message>
    <message>
        <source>Search pages and links (Ctrl+K)</source>
        <translation>Rechercher pages et liens (Ctrl+K)</translation>
    </message>
    <message>
        <source>Page status</source>
        <translation>Statut de la page</translation>
    </message>
    <message>
        <source>Zoom; click for actual size (Ctrl+0)</source>
        <translation>Zoom&#xa0;; cliquez pour revenir à la taille réelle (Ctrl+0)</translation>
    </message>
    <message>
        <source>Archiving: %1 of %2 done</source>
        <translation>Archivage&#xa0;: %1 sur %2 terminés</translation>
    </message>
    <message>
        <source>Conflicted (View → Conflicts) · %1</source>
        <translation>En conflit (Affichage → Conflits) · %1</translation>
    </message>
    <message>
        <source>Copied the link to “%1”.</source>
        <translation>Lien vers «&#xa0;%1&#xa0;» copié.</translation>
    </message>
    <message>
        <source>Rename Page</source>
        <translation>Renommer la page</translation>
    </message>
    <message>
        <source>New title for “%1”:</source>
        <translation>Nouveau titre pour «&#xa0;%1&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>Cannot Delete Page</source>
        <translation>Impossible de supprimer la page</translation>
    </message>
    <message>
        <source>Delete Page</source>
        <translation>Supprimer la page</translation>
    </message>
    <message>
        <source>Delete “%1”? Its history is kept, and Page → Deleted Pages can restore it.</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»&#xa0;? Son historique est conservé, et Page → Pages supprimées permet de la restaurer.</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>Page «&#xa0;%1&#xa0;» supprimée.</translation>
    </message>
    <message>
        <source>Cannot Show History</source>
        <translation>Impossible d&apos;afficher l&apos;historique</translation>
    </message>
    <message>
        <source>Restored “%1”.</source>
        <translation>Page «&#xa0;%1&#xa0;» restaurée.</translation>
    </message>
    <message>
        <source>“%1” is in Go → Favorites.</source>
        <translation>«&#xa0;%1&#xa0;» figure dans Aller → Favoris.</translation>
    </message>
    <message>
        <source>“%1” is no longer a favorite.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est plus un favori.</translation>
    </message>
    <message>
        <source>No favorites yet: Page → Favorite Page (Ctrl+D) pins the page on screen.</source>
        <translation>Aucun favori pour l&apos;instant&#xa0;: Page → Page favorite (Ctrl+D) épingle la page affichée.</translation>
    </message>
    <message>
        <source>No other page read yet.</source>
        <translation>Aucune autre page lue pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Cannot Show Page</source>
        <translation>Impossible d&apos;afficher la page</translation>
    </message>
    <message>
        <source>Restored an older text of “%1” as a new revision.</source>
        <translation>Un ancien texte de «&#xa0;%1&#xa0;» a été restauré comme nouvelle révision.</translation>
    </message>
    <message>
        <source>“%1” is now: %2</source>
        <translation>«&#xa0;%1&#xa0;» est maintenant&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not show “%1”.</source>
        <translation>Impossible d&apos;afficher «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Renamed “%1” to “%2”.</source>
        <translation>Page «&#xa0;%1&#xa0;» renommée en «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Kept the saved version of “%1”; your changes were dropped.</source>
        <translation>Version enregistrée de «&#xa0;%1&#xa0;» conservée&#xa0;; vos modifications ont été abandonnées.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is called “%2” again; links in %n other page(s) changed back.</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» s&apos;appelle de nouveau «&#xa0;%2&#xa0;»&#xa0;; les liens de %n autre page ont été rétablis.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» s&apos;appelle de nouveau «&#xa0;%2&#xa0;»&#xa0;; les liens de %n autres pages ont été rétablis.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renamed “%1” to “%2”; links in %n other page(s) now follow.</source>
        <translation>
            <numerusform>Page «&#xa0;%1&#xa0;» renommée en «&#xa0;%2&#xa0;»&#xa0;; les liens de %n autre page ont été mis à jour.</numerusform>
            <numerusform>Page «&#xa0;%1&#xa0;» renommée en «&#xa0;%2&#xa0;»&#xa0;; les liens de %n autres pages ont été mis à jour.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Open Page</source>
        <translation>Impossible d&apos;ouvrir la page</translation>
    </message>
    <message>
        <source>%1 — Folio</source>
        <translation>%1 — Folio</translation>
    </message>
    <message>
        <source>Cannot Create Page</source>
        <translation>Impossible de créer la page</translation>
    </message>
    <message>
        <source>Create Page</source>
        <translation>Créer la page</translation>
    </message>
    <message>
        <source>There is no page called “%1” yet. Do you want to create it?</source>
        <translation>Il n&apos;existe pas encore de page «&#xa0;%1&#xa0;». Voulez-vous la créer&#xa0;?</translation>
    </message>
    <message>
        <source>A page titled “%1” already exists.</source>
        <translation>Une page intitulée «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>%1 (new) — Folio</source>
        <translation>%1 (nouvelle) — Folio</translation>
    </message>
    <message>
        <source>Cannot Edit Page</source>
        <translation>Impossible de modifier la page</translation>
    </message>
    <message>
        <source>Cannot List Links</source>
        <translation>Impossible de lister les liens</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>Page «&#xa0;%1&#xa0;» enregistrée.</translation>
    </message>
    <message>
        <source>Open Wiki</source>
        <translation>Ouvrir un wiki</translation>
    </message>
    <message>
        <source>Folio wikis (*.folio);;All files (*)</source>
        <translation>Wikis Folio (*.folio);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>New Wiki</source>
        <translation>Nouveau wiki</translation>
    </message>
    <message>
        <source>team</source>
        <comment>file name</comment>
        <translation>équipe</translation>
    </message>
    <message>
        <source>“%1” already exists. Open it instead?</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà. Voulez-vous plutôt l&apos;ouvrir&#xa0;?</translation>
    </message>
    <message>
        <source>Start the new wiki with Folio&apos;s starter pages (a welcome page, a guide to writing pages, a Markdown cheat sheet, an FAQ and page templates)? You can delete them later.</source>
        <translation>Commencer le nouveau wiki avec les pages de démarrage de Folio (une page de bienvenue, un guide de rédaction des pages, un aide-mémoire Markdown, une FAQ et des modèles de page)&#xa0;? Vous pourrez les supprimer plus tard.</translation>
    </message>
    <message>
        <source>Cannot Create Wiki</source>
        <translation>Impossible de créer le wiki</translation>
    </message>
    <message>
        <source>Created “%1”.</source>
        <translation>«&#xa0;%1&#xa0;» créé.</translation>
    </message>
    <message>
        <source>&amp;Clear the List</source>
        <translation>&amp;Vider la liste</translation>
    </message>
    <message>
        <source>Save Attachment</source>
        <translation>Enregistrer la pièce jointe</translation>
    </message>
    <message>
        <source>Cannot Save Attachment</source>
        <translation>Impossible d&apos;enregistrer la pièce jointe</translation>
    </message>
    <message>
        <source>“%1” is no longer in this wiki.</source>
        <translation>«&#xa0;%1&#xa0;» ne se trouve plus dans ce wiki.</translation>
    </message>
    <message>
        <source>Saved “%1” (%2).</source>
        <translation>«&#xa0;%1&#xa0;» enregistré (%2).</translation>
    </message>
    <message>
        <source>Cannot Open Wiki</source>
        <translation>Impossible d&apos;ouvrir le wiki</translation>
    </message>
    <message>
        <source>About Folio</source>
        <translation>À propos de Folio</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Folio %1&lt;/h3&gt;&lt;p&gt;An offline wiki for guides, FAQs and best practices, and the links your team shares.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Folio %1&lt;/h3&gt;&lt;p&gt;Un wiki hors ligne pour les guides, les FAQ et les bonnes pratiques, ainsi que les liens partagés par votre équipe.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Zoom %1</source>
        <translation>Zoom %1</translation>
    </message>
    <message>
        <source>While editing</source>
        <translation>Pendant la modification</translation>
    </message>
    <message>
        <source>Lists and bars</source>
        <translation>Listes et barres</translation>
    </message>
    <message>
        <source>From a filter or search field into its list</source>
        <translation>D&apos;un champ de filtre ou de recherche vers sa liste</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Flèche bas</translation>
    </message>
    <message>
        <source>Back to the filter from the first row</source>
        <translation>De la première ligne, retour au filtre</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Flèche haut</translation>
    </message>
    <message>
        <source>Rename the page chosen in the page list</source>
        <translation>Renommer la page choisie dans la liste des pages</translation>
    </message>
    <message>
        <source>Delete the page chosen in the page list</source>
        <translation>Supprimer la page choisie dans la liste des pages</translation>
    </message>
    <message>
        <source>Open, copy link, rename or delete (page list)</source>
        <translation>Ouvrir, copier le lien, renommer ou supprimer (liste des pages)</translation>
    </message>
    <message>
        <source>Menu key</source>
        <translation>Touche Menu</translation>
    </message>
    <message>
        <source>A tag&apos;s pages / back to the tags (Tags panel)</source>
        <translation>Pages d&apos;une étiquette / retour aux étiquettes (panneau Étiquettes)</translation>
    </message>
    <message>
        <source>Right / Left</source>
        <translation>Flèche droite / gauche</translation>
    </message>
    <message>
        <source>Next / previous match (find bar)</source>
        <translation>Occurrence suivante / précédente (barre de recherche)</translation>
    </message>
    <message>
        <source>Enter / Shift+Enter</source>
        <translation>Entrée / Maj+Entrée</translation>
    </message>
    <message>
        <source>Close the find bar, leave the search</source>
        <translation>Fermer la barre de recherche, quitter la recherche</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>&amp;Undo Rename (Back to “%1”)</source>
        <translation>&amp;Annuler le renommage (retour à «&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <source>&amp;Undo Rename</source>
        <translation>&amp;Annuler le renommage</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) · %1</source>
        <translation>
            <numerusform>%n page · %1</numerusform>
            <numerusform>%n pages · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Paramètres enregistrés.</translation>
    </message>
    <message>
        <source>Settings saved. The new language shows when Folio starts again.</source>
        <translation>Paramètres enregistrés. La nouvelle langue s’affichera au prochain démarrage de Folio.</translation>
    </message>
    <message>
        <source>Your Name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Your name in the history of the pages you save:</source>
        <translation>Votre nom dans l&apos;historique des pages que vous enregistrez&#xa0;:</translation>
    </message>
    <message>
        <source>Pages you save are signed “%1”.</source>
        <translation>Les pages que vous enregistrez sont signées «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot Move Page</source>
        <translation>Impossible de déplacer la page</translation>
    </message>
    <message>
        <source>Move Page</source>
        <translation>Déplacer la page</translation>
    </message>
    <message>
        <source>Put “%1” under which page? Leave empty to move it to the top.</source>
        <translation>Sous quelle page placer « %1 » ? Laissez vide pour la mettre au premier niveau.</translation>
    </message>
    <message>
        <source>Search pages and links</source>
        <translation>Rechercher dans les pages et les liens</translation>
    </message>
</context>
<context>
    <name>folio::MainWindowActions</name>
    <message>
        <source>&amp;New Page…</source>
        <translation>&amp;Nouvelle page…</translation>
    </message>
    <message>
        <source>New &amp;Wiki…</source>
        <translation>Nouveau &amp;wiki…</translation>
    </message>
    <message>
        <source>&amp;Open Wiki…</source>
        <translation>&amp;Ouvrir un wiki…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit Page</source>
        <translation>&amp;Modifier la page</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Cancel Editing</source>
        <translation>&amp;Annuler la modification</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>&amp;Home Page</source>
        <translation>Page d&apos;&amp;accueil</translation>
    </message>
    <message>
        <source>&amp;Go to Page…</source>
        <translation>Aller à la pa&amp;ge…</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>&amp;Find in Page…</source>
        <translation>&amp;Rechercher dans la page…</translation>
    </message>
    <message>
        <source>Find Ne&amp;xt</source>
        <translation>Occurrence &amp;suivante</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Occurrence &amp;précédente</translation>
    </message>
    <message>
        <source>&amp;Filter Pages</source>
        <translation>&amp;Filtrer les pages</translation>
    </message>
    <message>
        <source>Show Side &amp;Panel</source>
        <translation>Afficher le &amp;panneau latéral</translation>
    </message>
    <message>
        <source>&amp;Links</source>
        <translation>&amp;Liens</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>É&amp;tiquettes</translation>
    </message>
    <message>
        <source>&amp;Import Links…</source>
        <translation>&amp;Importer des liens…</translation>
    </message>
    <message>
        <source>&amp;Export Wiki…</source>
        <translation>&amp;Exporter le wiki…</translation>
    </message>
    <message>
        <source>Import &amp;Bundle…</source>
        <translation>Importer un &amp;paquet…</translation>
    </message>
    <message>
        <source>U&amp;ndo Last Import…</source>
        <translation>Annuler le &amp;dernier import…</translation>
    </message>
    <message>
        <source>Sync &amp;Folder…</source>
        <translation>Dossier de &amp;synchronisation…</translation>
    </message>
    <message>
        <source>S&amp;ync Now</source>
        <translation>S&amp;ynchroniser maintenant</translation>
    </message>
    <message>
        <source>S&amp;top Syncing</source>
        <translation>Arrê&amp;ter la synchronisation</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Conflits…</translation>
    </message>
    <message>
        <source>As the &amp;System</source>
        <translation>Comme le s&amp;ystème</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Zoom arrière</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>Taille ré&amp;elle</translation>
    </message>
    <message>
        <source>&amp;Undo Rename</source>
        <translation>&amp;Annuler le renommage</translation>
    </message>
    <message>
        <source>Your &amp;Name in Page History…</source>
        <translation>Votre &amp;nom dans l&apos;historique des pages…</translation>
    </message>
    <message>
        <source>&amp;About Folio</source>
        <translation>À &amp;propos de Folio</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Show &amp;Drafts</source>
        <translation>Afficher les &amp;brouillons</translation>
    </message>
    <message>
        <source>Submit for &amp;Review</source>
        <translation>Soumettre à la &amp;relecture</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publier</translation>
    </message>
    <message>
        <source>Send &amp;Back to Draft</source>
        <translation>Renvoyer en &amp;brouillon</translation>
    </message>
    <message>
        <source>P&amp;ublic Page</source>
        <translation>Page p&amp;ublique</translation>
    </message>
    <message>
        <source>Page &amp;History</source>
        <translation>&amp;Historique de la page</translation>
    </message>
    <message>
        <source>Copy &amp;Link to Page</source>
        <translation>Copier le &amp;lien vers la page</translation>
    </message>
    <message>
        <source>&amp;Favorite Page</source>
        <translation>Page &amp;favorite</translation>
    </message>
    <message>
        <source>E&amp;xport as PDF…</source>
        <translation>E&amp;xporter en PDF…</translation>
    </message>
    <message>
        <source>Pri&amp;nt…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Rena&amp;me Page…</source>
        <translation>Reno&amp;mmer la page…</translation>
    </message>
    <message>
        <source>&amp;Delete Page…</source>
        <translation>&amp;Supprimer la page…</translation>
    </message>
    <message>
        <source>Deleted Pa&amp;ges…</source>
        <translation>Pa&amp;ges supprimées…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Wikis &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Page</source>
        <translation>&amp;Page</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>T&amp;hème</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>F&amp;avorites</source>
        <translation>&amp;Favoris</translation>
    </message>
    <message>
        <source>Recently &amp;Viewed</source>
        <translation>Pages &amp;consultées récemment</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Undo &amp;Move</source>
        <translation>Annuler le &amp;déplacement</translation>
    </message>
    <message>
        <source>M&amp;ove Under…</source>
        <translation>&amp;Déplacer sous…</translation>
    </message>
</context>
<context>
    <name>folio::MarkdownEdit</name>
    <message>
        <source>Page titles</source>
        <translation>Titres des pages</translation>
    </message>
</context>
<context>
    <name>folio::MarkdownFolder</name>
    <message>
        <source>you are not allowed to read it</source>
        <translation>accès en lecture refusé</translation>
    </message>
    <message>
        <source>a link to something that does not exist</source>
        <translation>un lien vers un élément qui n&apos;existe pas</translation>
    </message>
    <message>
        <source>a link that leads back to itself</source>
        <translation>un lien qui renvoie vers lui-même</translation>
    </message>
    <message>
        <source>its path is too long</source>
        <translation>son chemin est trop long</translation>
    </message>
    <message>
        <source>There is no folder “%1”.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be read: %2.</source>
        <translation>Impossible de lire le dossier «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>“%1” is not a folder.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <source>%1: the folder cannot be read (%2)</source>
        <translation>%1&#xa0;: impossible de lire le dossier (%2)</translation>
    </message>
    <message>
        <source>a link to a folder</source>
        <translation>un lien vers un dossier</translation>
    </message>
    <message>
        <source>a named pipe, not a file</source>
        <translation>un tube nommé, pas un fichier</translation>
    </message>
    <message>
        <source>a device or socket, not a file</source>
        <translation>un périphérique ou un socket, pas un fichier</translation>
    </message>
</context>
<context>
    <name>folio::MarkdownFolderImporter</name>
    <message>
        <source>you are not allowed to read it</source>
        <translation>accès en lecture refusé</translation>
    </message>
    <message>
        <source>not an ordinary file</source>
        <translation>pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>introuvable</translation>
    </message>
    <message>
        <source>outside the imported folder, not read</source>
        <translation>hors du dossier importé, non lu</translation>
    </message>
    <message>
        <source>%1: picture “%2”: %3</source>
        <translation>%1&#xa0;: image «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <source>larger than the %1 MiB a page can hold</source>
        <translation>plus gros que les %1 Mio que peut contenir une page</translation>
    </message>
    <message>
        <source>an SQLite database (a wiki?), not Markdown</source>
        <translation>une base de données SQLite (un wiki&#xa0;?), pas du Markdown</translation>
    </message>
    <message>
        <source>holds NUL bytes: not text (a binary file, or UTF-16 without a byte order mark)</source>
        <translation>contient des octets NUL&#xa0;: ce n&apos;est pas du texte (fichier binaire, ou UTF-16 sans indicateur d&apos;ordre des octets)</translation>
    </message>
    <message>
        <source>larger than the %1 MiB a page can hold, once its bytes that are not UTF-8 are replaced</source>
        <translation>plus gros que les %1 Mio que peut contenir une page, une fois remplacés ses octets qui ne sont pas en UTF-8</translation>
    </message>
    <message>
        <source>%1: line %2 has bytes that are not UTF-8; they were replaced with “�”</source>
        <translation>%1&#xa0;: la ligne %2 contient des octets qui ne sont pas en UTF-8&#xa0;; ils ont été remplacés par «&#xa0;�&#xa0;»</translation>
    </message>
    <message>
        <source>%1: the file name is not UTF-8; it is shown as here</source>
        <translation>%1&#xa0;: le nom du fichier n&apos;est pas en UTF-8&#xa0;; il est affiché ainsi</translation>
    </message>
    <message>
        <source>the title “%1” became “%2” ([ ] | # are reserved in titles, which have at most %3 characters)</source>
        <translation>le titre «&#xa0;%1&#xa0;» est devenu «&#xa0;%2&#xa0;» ([ ] | # sont réservés dans les titres, qui comptent au plus %3 caractères)</translation>
    </message>
</context>
<context>
    <name>folio::MatrixExport</name>
    <message>
        <source>an event without an id or time; skipped</source>
        <translation>un événement sans identifiant ni heure&#xa0;; ignoré</translation>
    </message>
    <message>
        <source>“%1” holds no Element chat export.</source>
        <translation>«&#xa0;%1&#xa0;» ne contient aucun export de discussion Element.</translation>
    </message>
    <message>
        <source>Element (Matrix) chat export</source>
        <translation>Export de discussion Element (Matrix)</translation>
    </message>
</context>
<context>
    <name>folio::MattermostExport</name>
    <message>
        <source>%1, line %2</source>
        <translation>%1, ligne %2</translation>
    </message>
    <message>
        <source>, reply %1</source>
        <translation>, réponse %1</translation>
    </message>
    <message>
        <source>a post without a valid time (create_at); skipped</source>
        <translation>un message sans heure valide (create_at)&#xa0;; ignoré</translation>
    </message>
    <message>
        <source>“%1” is not a Mattermost bulk export: no file in it starts with the version line.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un export en masse Mattermost&#xa0;: aucun de ses fichiers ne commence par la ligne de version.</translation>
    </message>
    <message>
        <source>Mattermost bulk export</source>
        <translation>Export en masse Mattermost</translation>
    </message>
</context>
<context>
    <name>folio::NewPageDialog</name>
    <message>
        <source>New Page</source>
        <translation>Nouvelle page</translation>
    </message>
    <message>
        <source>What the page is about</source>
        <translation>Sujet de la page</translation>
    </message>
    <message>
        <source>Blank page</source>
        <translation>Page vierge</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation>&amp;Partir de&#xa0;:</translation>
    </message>
</context>
<context>
    <name>folio::PageCommand</name>
    <message>
        <source>Wrong number of arguments.</source>
        <translation>Nombre d&apos;arguments incorrect.</translation>
    </message>
    <message>
        <source>folio: there is no page titled “%1”.</source>
        <translation>folio&#xa0;: aucune page n&apos;a pour titre «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Unknown page command “%1”.</source>
        <translation>Commande de page «&#xa0;%1&#xa0;» inconnue.</translation>
    </message>
    <message>
        <source>folio: %1 Try “folio --help”.</source>
        <translation>folio&#xa0;: %1 Essayez «&#xa0;folio --help&#xa0;».</translation>
    </message>
    <message>
        <source>--file needs the path of a file; leave it out to read standard input.</source>
        <translation>--file attend le chemin d&apos;un fichier&#xa0;; omettez-le pour lire l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>folio: %1</source>
        <translation>folio: %1</translation>
    </message>
    <message>
        <source>Unknown kind “%1”; use one of: %2.</source>
        <translation>Type «&#xa0;%1&#xa0;» inconnu&#xa0;; valeurs possibles&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Type the text of “%1”, then press Ctrl+D on a line of its own.</source>
        <translation>Saisissez le texte de «&#xa0;%1&#xa0;», puis, au début d&apos;une nouvelle ligne, appuyez sur Ctrl+D.</translation>
    </message>
    <message>
        <source>folio: the input is empty, so “%1” keeps its text. To empty the page, add --empty.</source>
        <translation>folio&#xa0;: l&apos;entrée est vide, «&#xa0;%1&#xa0;» garde donc son texte. Pour vider la page, ajoutez --empty.</translation>
    </message>
    <message>
        <source>Created “%1”.</source>
        <translation>«&#xa0;%1&#xa0;» créé.</translation>
    </message>
    <message>
        <source>Saved a new revision of “%1”.</source>
        <translation>Nouvelle révision de «&#xa0;%1&#xa0;» enregistrée.</translation>
    </message>
    <message>
        <source>“%1” is unchanged.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas changé.</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>entrée standard</translation>
    </message>
    <message>
        <source>folio: %1 is a folder, not a file.</source>
        <translation>folio&#xa0;: %1 est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>folio: cannot read %1: %2</source>
        <translation>folio&#xa0;: impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>folio: %1 holds more than the %2 MiB a page can hold; nothing was written.</source>
        <translation>folio&#xa0;: %1 dépasse les %2 Mio que peut contenir une page&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>folio: %1 holds NUL bytes: it is not text (a binary file, or UTF-16 without a byte order mark).</source>
        <translation>folio&#xa0;: %1 contient des octets NUL&#xa0;: ce n&apos;est pas du texte (fichier binaire, ou UTF-16 sans indicateur d&apos;ordre des octets).</translation>
    </message>
    <message>
        <source>folio: %1 holds more than the %2 MiB a page can hold once its bytes that are not UTF-8 are replaced; nothing was written.</source>
        <translation>folio&#xa0;: %1 dépasse les %2 Mio que peut contenir une page une fois remplacés ses octets qui ne sont pas en UTF-8&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>folio: line %1 of %2 has bytes that are not UTF-8; they were replaced with “�”.</source>
        <translation>folio&#xa0;: la ligne %1 de %2 contient des octets qui ne sont pas en UTF-8&#xa0;; ils ont été remplacés par «&#xa0;�&#xa0;».</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>folio: import cancelled; nothing was imported.</source>
        <translation>folio: import annulé&#xa0;; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>skipped %1</source>
        <translation>ignoré&#xa0;: %1</translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation>modifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>kept %1: its page was edited in Folio since the last import, so the file&apos;s new text was not imported</source>
        <translation>conservé&#xa0;: %1 — sa page a été modifiée dans Folio depuis le dernier import&#xa0;; le nouveau texte du fichier n&apos;a donc pas été importé</translation>
    </message>
    <message>
        <source>kept %1: its page was deleted in Folio, so it was not imported again</source>
        <translation>conservé&#xa0;: %1 — sa page a été supprimée dans Folio&#xa0;; il n&apos;a donc pas été réimporté</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n file(s) in %1 s: %2 new, %3 updated, %4 unchanged.</source>
        <translation>
            <numerusform>%n fichier importé en %1 s (nouveaux&#xa0;: %2, mis à jour&#xa0;: %3, inchangés&#xa0;: %4).</numerusform>
            <numerusform>%n fichiers importés en %1 s (nouveaux&#xa0;: %2, mis à jour&#xa0;: %3, inchangés&#xa0;: %4).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 skipped, %2 changed, %3 kept, as listed above.</source>
        <translation>Ignorés&#xa0;: %1, modifiés&#xa0;: %2, conservés&#xa0;: %3, comme indiqué ci-dessus.</translation>
    </message>
    <message>
        <source>Renamed “%1” to “%2”; links to it still find it.</source>
        <translation>Page «&#xa0;%1&#xa0;» renommée en «&#xa0;%2&#xa0;»&#xa0;; les liens qui y mènent la trouvent toujours.</translation>
    </message>
    <message>
        <source>Renamed “%1” to “%2”.</source>
        <translation>Page «&#xa0;%1&#xa0;» renommée en «&#xa0;%2&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) now point to the new title</source>
        <translation>
            <numerusform>%n lien pointe désormais vers le nouveau titre</numerusform>
            <numerusform>%n liens pointent désormais vers le nouveau titre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n other page(s) changed).</source>
        <translation>
            <numerusform>(%n autre page modifiée).</numerusform>
            <numerusform>(%n autres pages modifiées).</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted “%1”; its history is kept. “folio page restore %2” brings it back.</source>
        <translation>Page «&#xa0;%1&#xa0;» supprimée&#xa0;; son historique est conservé. «&#xa0;folio page restore %2&#xa0;» la rétablit.</translation>
    </message>
    <message>
        <source>Attached “%1” to “%2” (%3). Link to it from the page with:</source>
        <translation>«&#xa0;%1&#xa0;» joint à «&#xa0;%2&#xa0;» (%3). Pour y faire un lien depuis la page, utilisez&#xa0;:</translation>
    </message>
    <message>
        <source>Restored “%1”.</source>
        <translation>Page «&#xa0;%1&#xa0;» restaurée.</translation>
    </message>
    <message>
        <source>folio: no deleted page is titled “%1”; “folio page deleted” lists them.</source>
        <translation>folio&#xa0;: aucune page supprimée n&apos;a pour titre «&#xa0;%1&#xa0;»&#xa0;; «&#xa0;folio page deleted&#xa0;» en donne la liste.</translation>
    </message>
    <message>
        <source>A revision is a number, as “folio page history” lists them.</source>
        <translation>Une révision est un numéro, tel que l&apos;indique «&#xa0;folio page history&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” already has the text of revision %2.</source>
        <translation>«&#xa0;%1&#xa0;» a déjà le texte de la révision %2.</translation>
    </message>
    <message>
        <source>Restored revision %1 of “%2” as revision %3.</source>
        <translation>Révision %1 de «&#xa0;%2&#xa0;» restaurée en tant que révision %3.</translation>
    </message>
    <message>
        <source>“%1” has only one revision.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a qu&apos;une seule révision.</translation>
    </message>
    <message>
        <source>folio: “%1” has no revision %2; “folio page history” lists them.</source>
        <translation>folio&#xa0;: «&#xa0;%1&#xa0;» n&apos;a pas de révision %2&#xa0;; «&#xa0;folio page history&#xa0;» en donne la liste.</translation>
    </message>
    <message>
        <source>%1 (revision %2, %3, %4)</source>
        <translation>%1 (révision %2, %3, %4)</translation>
    </message>
    <message>
        <source>The text is the same in revisions %1 and %2.</source>
        <translation>Le texte est identique dans les révisions %1 et %2.</translation>
    </message>
    <message>
        <source>Choose one: --public or --internal.</source>
        <translation>Choisissez une seule option&#xa0;: --public ou --internal.</translation>
    </message>
    <message>
        <source>Unknown status “%1”; use one of: %2.</source>
        <translation>Statut «&#xa0;%1&#xa0;» inconnu&#xa0;; valeurs possibles&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1&#xa0;: %2, %3</translation>
    </message>
    <message>
        <source>“page” needs a command: list, show, write, history, diff, rename, move, delete, deleted, restore, status, attach or import.</source>
        <translation>« page » attend une commande : list, show, write, history, diff, rename, move, delete, deleted, restore, status, attach ou import.</translation>
    </message>
    <message>
        <source>Give the page to move it under, or --top.</source>
        <translation>Indiquez la page sous laquelle la placer, ou --top.</translation>
    </message>
    <message>
        <source>“%1” is already there: %2</source>
        <translation>« %1 » y est déjà : %2</translation>
    </message>
    <message>
        <source>Moved “%1”: %2</source>
        <translation>« %1 » déplacée : %2</translation>
    </message>
</context>
<context>
    <name>folio::PageDocument</name>
    <message>
        <source>Pages that point here</source>
        <translation>Pages qui renvoient ici</translation>
    </message>
    <message>
        <source>Linked from</source>
        <translation>Lié depuis</translation>
    </message>
    <message>
        <source>Mentioned without a link</source>
        <translation>Mentions sans lien</translation>
    </message>
    <message>
        <source>These pages name “%1” in their text; a link would lead readers here.</source>
        <translation>Ces pages citent «&#xa0;%1&#xa0;» dans leur texte&#xa0;; un lien y mènerait les lecteurs.</translation>
    </message>
    <message numerus="yes">
        <source>…and about %n more page(s).</source>
        <translation>
            <numerusform>…et environ %n autre page.</numerusform>
            <numerusform>…et environ %n autres pages.</numerusform>
        </translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Mis à jour le %1</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>There is no page with this title yet.</source>
        <translation>Il n&apos;existe pas encore de page avec ce titre.</translation>
    </message>
    <message>
        <source>Create this page</source>
        <translation>Créer cette page</translation>
    </message>
    <message>
        <source>This page could not be read.</source>
        <translation>Impossible de lire cette page.</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
</context>
<context>
    <name>folio::PageEditor</name>
    <message>
        <source>Page title</source>
        <translation>Titre de la page</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Étiquettes, séparées par des virgules</translation>
    </message>
    <message>
        <source>Write in Markdown. Link to other pages with [[Page title]].</source>
        <translation>Écrivez en Markdown. Faites un lien vers d&apos;autres pages avec [[Titre de la page]].</translation>
    </message>
    <message>
        <source>Page text</source>
        <translation>Texte de la page</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>É&amp;tiquettes&#xa0;:</translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation>Mise en forme</translation>
    </message>
    <message>
        <source>B</source>
        <comment>bold button</comment>
        <translation>G</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Gras</translation>
    </message>
    <message>
        <source>I</source>
        <comment>italic button</comment>
        <translation>I</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Italique</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>H1</source>
        <translation>T1</translation>
    </message>
    <message>
        <source>Heading 1</source>
        <translation>Titre 1</translation>
    </message>
    <message>
        <source>H2</source>
        <translation>T2</translation>
    </message>
    <message>
        <source>Heading 2</source>
        <translation>Titre 2</translation>
    </message>
    <message>
        <source>H3</source>
        <translation>T3</translation>
    </message>
    <message>
        <source>Heading 3</source>
        <translation>Titre 3</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• Liste</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Liste à puces</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>1. Liste</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Liste numérotée</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Undo (%1)</source>
        <translation>Annuler (%1)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Redo (%1)</source>
        <translation>Rétablir (%1)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Partagé</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Next Layout</source>
        <translation>Disposition suivante</translation>
    </message>
    <message>
        <source>%1 (%2 switches)</source>
        <translation>%1 (%2 pour basculer)</translation>
    </message>
    <message>
        <source>Source, split or preview</source>
        <translation>Source, partagé ou aperçu</translation>
    </message>
    <message>
        <source>Choose a page to link to</source>
        <translation>Choisir une page vers laquelle faire un lien</translation>
    </message>
</context>
<context>
    <name>folio::PageImport</name>
    <message>
        <source>The wiki is damaged: the page of “%1” has lost its text.</source>
        <translation>Le wiki est endommagé&#xa0;: la page de «&#xa0;%1&#xa0;» a perdu son texte.</translation>
    </message>
</context>
<context>
    <name>folio::PageKinds</name>
    <message>
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
    <message>
        <source>FAQ</source>
        <translation>FAQ</translation>
    </message>
    <message>
        <source>Best practice</source>
        <translation>Bonne pratique</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>folio::PageListModel</name>
    <message>
        <source>%1 — Conflicted: two machines changed the same lines (View → Conflicts)</source>
        <translation>%1 — En conflit&#xa0;: deux ordinateurs ont modifié les mêmes lignes (Affichage → Conflits)</translation>
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
        <translation>Guides (%1)</translation>
    </message>
    <message>
        <source>FAQs (%1)</source>
        <translation>FAQ (%1)</translation>
    </message>
    <message>
        <source>Best practices (%1)</source>
        <translation>Bonnes pratiques (%1)</translation>
    </message>
    <message>
        <source>Notes (%1)</source>
        <translation>Notes (%1)</translation>
    </message>
</context>
<context>
    <name>folio::PageListPanel</name>
    <message>
        <source>Filter pages</source>
        <translation>Filtrer les pages</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Copy &amp;Link</source>
        <translation>Copier le &amp;lien</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n page(s)</source>
        <translation>
            <numerusform>%1 sur %n page</numerusform>
            <numerusform>%1 sur %n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>By title</source>
        <translation>Par titre</translation>
    </message>
    <message>
        <source>By kind</source>
        <translation>Par type</translation>
    </message>
    <message>
        <source>By hierarchy</source>
        <translation>Par hiérarchie</translation>
    </message>
    <message>
        <source>Arrange pages</source>
        <translation>Disposer les pages</translation>
    </message>
    <message>
        <source>Arrange pages by title, under their kind, or under their parent pages (drag a page onto another to move it there)</source>
        <translation>Disposer les pages par titre, sous leur type ou sous leur page parente (faites glisser une page sur une autre pour l’y placer)</translation>
    </message>
    <message>
        <source>&amp;Move Under…</source>
        <translation>&amp;Déplacer sous…</translation>
    </message>
</context>
<context>
    <name>folio::PageMoves</name>
    <message>
        <source>Cannot Move Page</source>
        <translation>Impossible de déplacer la page</translation>
    </message>
    <message>
        <source>There is no page titled “%1”.</source>
        <translation>Il n’y a pas de page intitulée « %1 ».</translation>
    </message>
    <message>
        <source>There is no page titled “%1” to put “%2” under.</source>
        <translation>Il n’y a pas de page intitulée « %1 » sous laquelle placer « %2 ».</translation>
    </message>
    <message>
        <source>Undo &amp;Move</source>
        <translation>Annuler le &amp;déplacement</translation>
    </message>
    <message>
        <source>Undo &amp;Move (“%1” Back under “%2”)</source>
        <translation>Annuler le &amp;déplacement (« %1 » de nouveau sous « %2 »)</translation>
    </message>
    <message>
        <source>Undo &amp;Move (“%1” Back to the Top)</source>
        <translation>Annuler le &amp;déplacement (« %1 » de nouveau au premier niveau)</translation>
    </message>
    <message>
        <source>Cannot Undo Move</source>
        <translation>Impossible d’annuler le déplacement</translation>
    </message>
</context>
<context>
    <name>folio::PagePreview</name>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
</context>
<context>
    <name>folio::PagePrinter</name>
    <message>
        <source>A page is being printed; try again when it is done.</source>
        <translation>Une page est en cours d&apos;impression&#xa0;; réessayez quand elle sera terminée.</translation>
    </message>
    <message>
        <source>Export Page as PDF</source>
        <translation>Exporter la page en PDF</translation>
    </message>
    <message>
        <source>Writing “%1”…</source>
        <translation>Écriture de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>The page could not be turned into a PDF.</source>
        <translation>Impossible de convertir la page en PDF.</translation>
    </message>
    <message>
        <source>Cannot Export Page</source>
        <translation>Impossible d&apos;exporter la page</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>Page «&#xa0;%1&#xa0;» enregistrée.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Envoyée à l&apos;imprimante.</translation>
    </message>
    <message>
        <source>The page could not be printed.</source>
        <translation>Impossible d&apos;imprimer la page.</translation>
    </message>
</context>
<context>
    <name>folio::PageRename</name>
    <message>
        <source>There is no page titled “%1”.</source>
        <translation>Aucune page n&apos;a pour titre «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Renamed from “%1”</source>
        <translation>Renommée, anciennement «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Links to “%1” now go to “%2”</source>
        <translation>Les liens vers «&#xa0;%1&#xa0;» mènent désormais à «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Undid the rename to “%1”</source>
        <translation>Renommage en «&#xa0;%1&#xa0;» annulé</translation>
    </message>
</context>
<context>
    <name>folio::PageStatuses</name>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En relecture</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publiée</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Publique</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Interne</translation>
    </message>
</context>
<context>
    <name>folio::PageStore</name>
    <message>
        <source>The page no longer exists.</source>
        <translation>La page n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The wiki is damaged: the page “%1” has lost its text.</source>
        <translation>Le wiki est endommagé&#xa0;: la page «&#xa0;%1&#xa0;» a perdu son texte.</translation>
    </message>
    <message>
        <source>“%1” was changed elsewhere while you edited it. Your text is kept in the editor; copy it, reload the page and merge your changes.</source>
        <translation>«&#xa0;%1&#xa0;» a été modifiée ailleurs pendant que vous la modifiiez. Votre texte est conservé dans l&apos;éditeur&#xa0;; copiez-le, rechargez la page et fusionnez vos modifications.</translation>
    </message>
    <message>
        <source>“%1” has no revision %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas de révision %2.</translation>
    </message>
    <message>
        <source>Restored revision %1</source>
        <translation>Révision %1 restaurée</translation>
    </message>
    <message>
        <source>That page is not among the deleted pages.</source>
        <translation>Cette page ne fait pas partie des pages supprimées.</translation>
    </message>
    <message>
        <source>%1 (restored)</source>
        <translation>%1 (restaurée)</translation>
    </message>
    <message>
        <source>%1 (restored %2)</source>
        <translation>%1 (restaurée %2)</translation>
    </message>
    <message>
        <source>Restored after deletion</source>
        <translation>Restaurée après suppression</translation>
    </message>
    <message>
        <source>Moved to the top level</source>
        <translation>Déplacée au premier niveau</translation>
    </message>
    <message>
        <source>The page to put “%1” under no longer exists.</source>
        <translation>La page sous laquelle placer « %1 » n’existe plus.</translation>
    </message>
    <message>
        <source>“%1” cannot go under “%2”: “%2” is part of it.</source>
        <translation>« %1 » ne peut pas aller sous « %2 » : « %2 » en fait partie.</translation>
    </message>
    <message>
        <source>Moved under “%1”</source>
        <translation>Déplacée sous « %1 »</translation>
    </message>
    <message>
        <source>“%1” cannot go under itself.</source>
        <translation>« %1 » ne peut pas être placée sous elle-même.</translation>
    </message>
</context>
<context>
    <name>folio::PageTitle</name>
    <message>
        <source>A page title cannot be empty.</source>
        <translation>Le titre d&apos;une page ne peut pas être vide.</translation>
    </message>
    <message>
        <source>A page title needs at least one visible character.</source>
        <translation>Le titre d&apos;une page doit contenir au moins un caractère visible.</translation>
    </message>
    <message>
        <source>A page title can have at most %1 characters.</source>
        <translation>Le titre d&apos;une page ne peut pas dépasser %1 caractères.</translation>
    </message>
    <message>
        <source>A page title cannot contain “%1”.</source>
        <translation>Le titre d&apos;une page ne peut pas contenir «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>A page title cannot contain control characters.</source>
        <translation>Le titre d&apos;une page ne peut pas contenir de caractères de contrôle.</translation>
    </message>
    <message>
        <source>A page title cannot contain characters that change the text direction.</source>
        <translation>Le titre d&apos;une page ne peut pas contenir de caractères qui changent le sens d&apos;écriture.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
</context>
<context>
    <name>folio::PageView</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
</context>
<context>
    <name>folio::PageWriter</name>
    <message>
        <source>The text of “%1” is %2 MiB; a page holds at most %3 MiB. Split it into several pages.</source>
        <translation>Le texte de «&#xa0;%1&#xa0;» fait %2 Mio&#xa0;; une page contient au plus %3 Mio. Répartissez-le sur plusieurs pages.</translation>
    </message>
    <message>
        <source>A page titled “%1” already exists.</source>
        <translation>Une page intitulée «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
</context>
<context>
    <name>folio::PdfText</name>
    <message>
        <source>the PDF is damaged or not a PDF</source>
        <translation>le PDF est endommagé ou n&apos;est pas un PDF</translation>
    </message>
    <message>
        <source>the PDF is locked with a password</source>
        <translation>le PDF est verrouillé par un mot de passe</translation>
    </message>
</context>
<context>
    <name>folio::QuickSwitcher</name>
    <message>
        <source>No page title holds these letters in this order.</source>
        <translation>Aucun titre de page ne contient ces lettres dans cet ordre.</translation>
    </message>
    <message>
        <source>Go to Page</source>
        <translation>Aller à la page</translation>
    </message>
    <message>
        <source>Type letters of a page title…</source>
        <translation>Tapez des lettres d&apos;un titre de page…</translation>
    </message>
    <message>
        <source>Page title</source>
        <translation>Titre de la page</translation>
    </message>
    <message>
        <source>Matching pages</source>
        <translation>Pages correspondantes</translation>
    </message>
</context>
<context>
    <name>folio::ReaderDocument</name>
    <message>
        <source>Archived %1 from %2</source>
        <translation>Archivée le %1 depuis %2</translation>
    </message>
    <message>
        <source>No readable text was found on this page; its snapshot keeps it as it looked.</source>
        <translation>Aucun texte lisible n&apos;a été trouvé sur cette page&#xa0;; son instantané la conserve telle qu&apos;elle s&apos;affichait.</translation>
    </message>
</context>
<context>
    <name>folio::ReviewQueuePanel</name>
    <message>
        <source>Pages in review</source>
        <translation>Pages en relecture</translation>
    </message>
    <message>
        <source>Submitted %1</source>
        <translation>Soumise le %1</translation>
    </message>
    <message>
        <source>No page waits for review.</source>
        <translation>Aucune page n&apos;attend de relecture.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) in review</source>
        <translation>
            <numerusform>%n page en relecture</numerusform>
            <numerusform>%n pages en relecture</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>folio::ReviewView</name>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publier</translation>
    </message>
    <message>
        <source>Send &amp;Back to Draft</source>
        <translation>Renvoyer en &amp;brouillon</translation>
    </message>
    <message>
        <source>&amp;Open Page</source>
        <translation>&amp;Ouvrir la page</translation>
    </message>
    <message>
        <source>Review “%1”</source>
        <translation>Relecture de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Changes since readers last saw it (revision %1, published %2):</source>
        <translation>Modifications depuis la dernière version vue par les lecteurs (révision %1, publiée le %2)&#xa0;:</translation>
    </message>
    <message>
        <source>A new page: readers have never seen it.</source>
        <translation>Nouvelle page&#xa0;: les lecteurs ne l&apos;ont encore jamais vue.</translation>
    </message>
</context>
<context>
    <name>folio::ReviewWorkflow</name>
    <message>
        <source>Submitted for review</source>
        <translation>Soumise à la relecture</translation>
    </message>
    <message>
        <source>Made public</source>
        <translation>Rendue publique</translation>
    </message>
    <message>
        <source>Made internal</source>
        <translation>Rendue interne</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publiée</translation>
    </message>
    <message>
        <source>Sent back to draft</source>
        <translation>Renvoyée en brouillon</translation>
    </message>
    <message>
        <source>Cannot Change the Page&apos;s Status</source>
        <translation>Impossible de modifier le statut de la page</translation>
    </message>
</context>
<context>
    <name>folio::RocketChatExport</name>
    <message>
        <source>%1, line %2</source>
        <translation>%1, ligne %2</translation>
    </message>
    <message>
        <source>a message without a valid time (ts); skipped</source>
        <translation>un message sans heure valide (ts)&#xa0;; ignoré</translation>
    </message>
    <message>
        <source>“%1” holds no Rocket.Chat export.</source>
        <translation>«&#xa0;%1&#xa0;» ne contient aucun export Rocket.Chat.</translation>
    </message>
    <message>
        <source>Rocket.Chat export</source>
        <translation>Export Rocket.Chat</translation>
    </message>
</context>
<context>
    <name>folio::Schema</name>
    <message>
        <source>The wiki is in an unknown format (%1).</source>
        <translation>Le wiki est dans un format inconnu (%1).</translation>
    </message>
    <message>
        <source>The wiki&apos;s format number (%1) does not match its tables: it may be damaged. Folio leaves it as it is.</source>
        <translation>Le numéro de format du wiki (%1) ne correspond pas à ses tables&#xa0;: il est peut-être endommagé. Folio le laisse tel quel.</translation>
    </message>
</context>
<context>
    <name>folio::SearchCommand</name>
    <message>
        <source>--limit takes a number from 1 to %1.</source>
        <translation>--limit attend un nombre entre 1 et %1.</translation>
    </message>
    <message>
        <source>What should I search for?</source>
        <translation>Que faut-il rechercher&#xa0;?</translation>
    </message>
    <message>
        <source>folio: %1 Usage: folio search [--limit N] [--drafts] [--json] QUERY</source>
        <translation>folio&#xa0;: %1 Utilisation&#xa0;: folio search [--limit N] [--drafts] [--json] REQUÊTE</translation>
    </message>
    <message>
        <source>folio: a search can have at most %1 words.</source>
        <translation>folio&#xa0;: une recherche peut contenir au plus %1 mots.</translation>
    </message>
    <message>
        <source>link</source>
        <translation>lien</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Aucun résultat pour «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Did you mean: %1</source>
        <translation>Vouliez-vous dire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Showing %1 of more than %2 matching pages; --limit shows more.</source>
        <translation>Affichage de %1 pages sur plus de %2 correspondantes&#xa0;; --limit permet d&apos;en afficher davantage.</translation>
    </message>
    <message>
        <source>Showing %1 of %2 matching pages; --limit shows more.</source>
        <translation>Affichage de %1 pages sur %2 correspondantes&#xa0;; --limit permet d&apos;en afficher davantage.</translation>
    </message>
</context>
<context>
    <name>folio::SearchPanel</name>
    <message>
        <source>Search failed: %1</source>
        <translation>Échec de la recherche&#xa0;: %1</translation>
    </message>
    <message>
        <source>A search can have at most %1 words.</source>
        <translation>Une recherche peut contenir au plus %1 mots.</translation>
    </message>
    <message>
        <source>No page or link matches.</source>
        <translation>Aucune page ni aucun lien ne correspond.</translation>
    </message>
    <message>
        <source>more than %1 links</source>
        <translation>plus de %1 liens</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n lien</numerusform>
            <numerusform>%n liens</numerusform>
        </translation>
    </message>
    <message>
        <source>More than %1 links found</source>
        <translation>Plus de %1 liens trouvés</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) found</source>
        <translation>
            <numerusform>%n lien trouvé</numerusform>
            <numerusform>%n liens trouvés</numerusform>
        </translation>
    </message>
    <message>
        <source>More than %1 pages found</source>
        <translation>Plus de %1 pages trouvées</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) found</source>
        <translation>
            <numerusform>%n page trouvée</numerusform>
            <numerusform>%n pages trouvées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>folio::SearchQuery</name>
    <message>
        <source>kind: takes guide, faq, best-practice or note.</source>
        <translation>kind: accepte guide, faq, best-practice ou note.</translation>
    </message>
    <message>
        <source>in: takes pages or links.</source>
        <translation>in: accepte pages ou links.</translation>
    </message>
    <message>
        <source>%1: takes a date such as 2024-05-01.</source>
        <translation>%1: attend une date comme 2024-05-01.</translation>
    </message>
</context>
<context>
    <name>folio::SearchResultsModel</name>
    <message>
        <source>Did you mean “%1”?</source>
        <translation>Vouliez-vous dire «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Archived page · %1</source>
        <translation>Page archivée · %1</translation>
    </message>
    <message>
        <source>Link · %1</source>
        <translation>Lien · %1</translation>
    </message>
</context>
<context>
    <name>folio::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <source>&amp;Editor</source>
        <translation>É&amp;diteur</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archiver</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>S&amp;ynchronisation</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom&#xa0;:</translation>
    </message>
    <message>
        <source>Signs the revisions you save. Empty: your login name.</source>
        <translation>Signe les révisions que vous enregistrez. Vide&#xa0;: votre nom de connexion.</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Comme le système (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Takes effect when Folio starts again.</source>
        <translation>Prend effet au prochain démarrage de Folio.</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Comme le système</translation>
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
        <source>&amp;Theme:</source>
        <translation>T&amp;hème&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation>&amp;Police&#xa0;:</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Taille&#xa0;:</translation>
    </message>
    <message>
        <source>Also archive links to &amp;private addresses (intranet, this machine)</source>
        <translation>Archiver aussi les liens vers des adresses &amp;privées (intranet, cet ordinateur)</translation>
    </message>
    <message>
        <source>any domain</source>
        <translation>tous les domaines</translation>
    </message>
    <message>
        <source>&amp;Only these domains:</source>
        <translation>&amp;Uniquement ces domaines&#xa0;:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>&amp;Never these domains:</source>
        <translation>&amp;Jamais ces domaines&#xa0;:</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> Mo</translation>
    </message>
    <message>
        <source>Largest &amp;snapshot:</source>
        <translation>Plus grand &amp;instantané&#xa0;:</translation>
    </message>
    <message>
        <source>Pages archived at &amp;once:</source>
        <translation>Pages archivées en &amp;même temps&#xa0;:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Time per page:</source>
        <translation>Durée par pa&amp;ge&#xa0;:</translation>
    </message>
    <message>
        <source>No sync folder: this wiki syncs nowhere.</source>
        <translation>Aucun dossier de synchronisation&#xa0;: ce wiki ne se synchronise nulle part.</translation>
    </message>
    <message>
        <source>Sync folder:</source>
        <translation>Dossier de synchronisation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Choose Folder…</source>
        <translation>&amp;Choisir un dossier…</translation>
    </message>
</context>
<context>
    <name>folio::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Filter by action or key</source>
        <translation>Filtrer par action ou par touche</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>Filtrer les raccourcis</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>folio::SlackExport</name>
    <message>
        <source>not a message</source>
        <translation>pas un message</translation>
    </message>
    <message>
        <source>a message without a valid time (ts); skipped</source>
        <translation>un message sans heure valide (ts)&#xa0;; ignoré</translation>
    </message>
    <message>
        <source>“%1” is not a Slack export: it has no users.json or channels.json.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un export Slack&#xa0;: il ne contient ni users.json ni channels.json.</translation>
    </message>
    <message>
        <source>Slack workspace export</source>
        <translation>Export d&apos;espace de travail Slack</translation>
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
        <translation>Utilisation&#xa0;: folio export FICHIER [--published-only] [--public-only] [--tag ÉTIQUETTE]… [--kind TYPE]…</translation>
    </message>
    <message>
        <source>export needs the file to write.</source>
        <translation>export attend le fichier à écrire.</translation>
    </message>
    <message>
        <source>--kind takes %1.</source>
        <translation>--kind accepte %1.</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exportation</translation>
    </message>
    <message>
        <source>folio: export cancelled; nothing was written.</source>
        <translation>folio&#xa0;: export annulé&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n page(s) (%1 deleted), %2 revisions and %3 attachments to “%4”.</source>
        <translation>
            <numerusform>Exportation vers «&#xa0;%4&#xa0;»&#xa0;: %n page (supprimées&#xa0;: %1), %2 révisions et %3 pièces jointes.</numerusform>
            <numerusform>Exportation vers «&#xa0;%4&#xa0;»&#xa0;: %n pages (supprimées&#xa0;: %1), %2 révisions et %3 pièces jointes.</numerusform>
        </translation>
    </message>
    <message>
        <source>With %1 links, shared in %2 messages, and %3 archived pages.</source>
        <translation>Avec %1 liens, partagés dans %2 messages, et %3 pages archivées.</translation>
    </message>
    <message>
        <source>Usage: folio import FILE [--other-wiki] | folio import --undo [--force]</source>
        <translation>Utilisation&#xa0;: folio import FICHIER [--other-wiki] | folio import --undo [--force]</translation>
    </message>
    <message>
        <source>--undo takes no file: it undoes the last import.</source>
        <translation>--undo n&apos;accepte pas de fichier&#xa0;: il annule le dernier import.</translation>
    </message>
    <message>
        <source>--force goes with --undo.</source>
        <translation>--force s&apos;utilise avec --undo.</translation>
    </message>
    <message>
        <source>import needs the bundle to merge.</source>
        <translation>import attend le paquet à fusionner.</translation>
    </message>
    <message>
        <source>Merging</source>
        <translation>Fusion</translation>
    </message>
    <message>
        <source>To merge its pages into this wiki, import it with --other-wiki.</source>
        <translation>Pour fusionner ses pages dans ce wiki, importez-le avec --other-wiki.</translation>
    </message>
    <message>
        <source>folio: import cancelled; nothing was imported.</source>
        <translation>folio: import annulé&#xa0;; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation>Importé&#xa0;:</translation>
    </message>
    <message>
        <source>The wiki as it was before is kept in “%1”; “folio import --undo” puts it back.</source>
        <translation>Le wiki tel qu&apos;il était auparavant est conservé dans «&#xa0;%1&#xa0;»&#xa0;; «&#xa0;folio import --undo&#xa0;» le rétablit.</translation>
    </message>
    <message>
        <source>To undo them too, run “folio import --undo --force”.</source>
        <translation>Pour les annuler aussi, exécutez «&#xa0;folio import --undo --force&#xa0;».</translation>
    </message>
    <message>
        <source>Undid the import of “%1” (%2): the wiki is as it was before it. The wiki as it was before the undo is kept in “%3”.</source>
        <translation>Import de «&#xa0;%1&#xa0;» (%2) annulé&#xa0;: le wiki est revenu à son état antérieur. Le wiki tel qu&apos;il était avant l&apos;annulation est conservé dans «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>Usage: folio sync DIR [--other-wiki]</source>
        <translation>Utilisation&#xa0;: folio sync DOSSIER [--other-wiki]</translation>
    </message>
    <message>
        <source>sync needs the folder the machines share.</source>
        <translation>sync attend le dossier que partagent les ordinateurs.</translation>
    </message>
    <message>
        <source>“%1” is not a folder.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <source>Merging %1</source>
        <translation>Fusion de %1</translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation>Écriture de %1</translation>
    </message>
    <message>
        <source>folio: sync cancelled; the bundle being merged was not imported.</source>
        <translation>folio&#xa0;: synchronisation annulée&#xa0;; le paquet en cours de fusion n&apos;a pas été importé.</translation>
    </message>
    <message>
        <source>folio: sync cancelled before this machine&apos;s bundle was written.</source>
        <translation>folio&#xa0;: synchronisation annulée avant l&apos;écriture du paquet de cet ordinateur.</translation>
    </message>
    <message numerus="yes">
        <source>Merged %n bundle(s):</source>
        <translation>
            <numerusform>%n paquet fusionné&#xa0;:</numerusform>
            <numerusform>%n paquets fusionnés&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>folio: skipped: %1</source>
        <translation>folio&#xa0;: ignoré&#xa0;: %1</translation>
    </message>
    <message>
        <source>To merge it into this wiki, sync with --other-wiki.</source>
        <translation>Pour le fusionner dans ce wiki, synchronisez avec --other-wiki.</translation>
    </message>
    <message>
        <source>Wrote this machine&apos;s bundle “%1”.</source>
        <translation>Paquet de cet ordinateur écrit&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>This machine&apos;s bundle “%1” is up to date.</source>
        <translation>Le paquet de cet ordinateur, «&#xa0;%1&#xa0;», est à jour.</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 merged, %4 conflicted, %5 deleted, %6 restored, %7 renamed, %8 unchanged pages; %9 new attachments.</source>
        <translation>Pages&#xa0;: %1 nouvelles, %2 mises à jour, %3 fusionnées, %4 en conflit, %5 supprimées, %6 restaurées, %7 renommées, %8 inchangées&#xa0;; pièces jointes&#xa0;: %9 nouvelles.</translation>
    </message>
    <message>
        <source>Links: %1 new, %2 new shares, %3 new archived copies.</source>
        <translation>Liens&#xa0;: %1 nouveaux, %2 nouveaux partages, %3 nouvelles copies archivées.</translation>
    </message>
    <message>
        <source>Conflicted pages hold both texts between &lt;&lt;&lt;&lt;&lt;&lt;&lt; and &gt;&gt;&gt;&gt;&gt;&gt;&gt; lines; edit them to choose.</source>
        <translation>Les pages en conflit contiennent les deux textes entre des lignes &lt;&lt;&lt;&lt;&lt;&lt;&lt; et &gt;&gt;&gt;&gt;&gt;&gt;&gt;&#xa0;; modifiez-les pour choisir.</translation>
    </message>
</context>
<context>
    <name>folio::SyncController</name>
    <message>
        <source>Pages two machines changed in the same lines: choose what they should say</source>
        <translation>Pages dont deux ordinateurs ont modifié les mêmes lignes&#xa0;: choisissez ce qu&apos;elles doivent dire</translation>
    </message>
    <message>
        <source>Sync folder: %1</source>
        <translation>Dossier de synchronisation&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflit</numerusform>
            <numerusform>%n conflits</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolved the conflict in “%1”.</source>
        <translation>Conflit résolu dans «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Choose the Sync Folder</source>
        <translation>Choisir le dossier de synchronisation</translation>
    </message>
    <message>
        <source>Syncing through “%1”.</source>
        <translation>Synchronisation via «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Stopped syncing; the bundles in the folder are left as they are.</source>
        <translation>Synchronisation arrêtée&#xa0;; les paquets du dossier restent tels quels.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Sync folder: %1 File → Import Bundle merges it if you wish.</source>
        <translation>Dossier de synchronisation&#xa0;: %1 Fichier → Importer un paquet le fusionne si vous le souhaitez.</translation>
    </message>
    <message>
        <source>Sync folder: skipped: %1</source>
        <translation>Dossier de synchronisation&#xa0;: ignoré&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Synced: %n link(s), share(s) or archived copies new from other machines.</source>
        <translation>
            <numerusform>Synchronisation&#xa0;: %n nouveauté (lien, partage ou copie archivée) venue d&apos;autres ordinateurs.</numerusform>
            <numerusform>Synchronisation&#xa0;: %n nouveautés (liens, partages ou copies archivées) venues d&apos;autres ordinateurs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced: %n page(s) changed on other machines.</source>
        <translation>
            <numerusform>Synchronisation&#xa0;: %n page modifiée sur d&apos;autres ordinateurs.</numerusform>
            <numerusform>Synchronisation&#xa0;: %n pages modifiées sur d&apos;autres ordinateurs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) need you to choose between two versions.</source>
        <translation>
            <numerusform>%n page nécessite que vous choisissiez entre deux versions.</numerusform>
            <numerusform>%n pages nécessitent que vous choisissiez entre deux versions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>folio::SyncDialog</name>
    <message>
        <source>Show &amp;Conflicts</source>
        <translation>Afficher les &amp;conflits</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Cancelled. No file was written.</source>
        <translation>Annulé. Aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Cancelled. The wiki is as it was.</source>
        <translation>Annulé. Le wiki est resté tel quel.</translation>
    </message>
    <message>
        <source>Export Wiki</source>
        <translation>Exporter le wiki</translation>
    </message>
    <message>
        <source>Import Bundle</source>
        <translation>Importer un paquet</translation>
    </message>
    <message>
        <source>Undo Last Import</source>
        <translation>Annuler le dernier import</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>&amp;Undo Import</source>
        <translation>&amp;Annuler l&apos;import</translation>
    </message>
    <message>
        <source>The wiki goes back to how it was before “%1” was imported (%2).</source>
        <translation>Le wiki revient à son état d&apos;avant l&apos;import de «&#xa0;%1&#xa0;» (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made since then (edits, drafts, imported links) would be undone too.</source>
        <translation>
            <numerusform>%n changement effectué depuis (modifications, brouillons, liens importés) serait également annulé.</numerusform>
            <numerusform>%n changements effectués depuis (modifications, brouillons, liens importés) seraient également annulés.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>A .foliobundle file</source>
        <translation>Un fichier .foliobundle</translation>
    </message>
    <message>
        <source>&amp;Bundle:</source>
        <translation>Pa&amp;quet&#xa0;:</translation>
    </message>
    <message>
        <source>Only &amp;published pages</source>
        <translation>Uniquement les pages pu&amp;bliées</translation>
    </message>
    <message>
        <source>Only p&amp;ublic pages</source>
        <translation>Uniquement les pages p&amp;ubliques</translation>
    </message>
    <message>
        <source>all pages (or: printers, onboarding)</source>
        <translation>toutes les pages (ou&#xa0;: imprimantes, intégration)</translation>
    </message>
    <message>
        <source>Only pages &amp;tagged:</source>
        <translation>Uniquement les pages é&amp;tiquetées&#xa0;:</translation>
    </message>
    <message>
        <source>A filtered bundle carries only the pages, revisions and attachments that pass; links stay in the wiki.</source>
        <translation>Un paquet filtré ne contient que les pages, révisions et pièces jointes retenues par le filtre&#xa0;; les liens restent dans le wiki.</translation>
    </message>
    <message>
        <source>Export Wiki To</source>
        <translation>Exporter le wiki vers</translation>
    </message>
    <message>
        <source>Choose a Bundle</source>
        <translation>Choisir un paquet</translation>
    </message>
    <message>
        <source>Folio bundles (*%1);;All files (*)</source>
        <translation>Paquets Folio (*%1);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose the bundle file first.</source>
        <translation>Choisissez d&apos;abord le fichier du paquet.</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Écriture du paquet…</translation>
    </message>
    <message>
        <source>Putting the wiki back…</source>
        <translation>Rétablissement du wiki…</translation>
    </message>
    <message>
        <source>Checking the bundle…</source>
        <translation>Vérification du paquet…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Merge Another Wiki?</source>
        <translation>Fusionner un autre wiki&#xa0;?</translation>
    </message>
    <message>
        <source>%1

Merge its pages into this wiki? Its pages are added beside yours; pages with the same title get distinct titles. From then on, bundles of either wiki merge into the other without asking.</source>
        <translation>%1

Fusionner ses pages dans ce wiki&#xa0;? Elles sont ajoutées à côté des vôtres&#xa0;; les pages de même titre reçoivent des titres distincts. Par la suite, les paquets de chacun des deux wikis seront fusionnés dans l&apos;autre sans confirmation.</translation>
    </message>
    <message>
        <source>Nothing was imported: the bundle is of another wiki.</source>
        <translation>Rien n&apos;a été importé&#xa0;: le paquet provient d&apos;un autre wiki.</translation>
    </message>
    <message>
        <source>Undo Edits Too?</source>
        <translation>Annuler aussi les modifications&#xa0;?</translation>
    </message>
    <message>
        <source>%1

Undo the import anyway, with those edits?</source>
        <translation>%1

Annuler quand même l&apos;import, y compris ces modifications&#xa0;?</translation>
    </message>
    <message>
        <source>The wiki is as it was.</source>
        <translation>Le wiki est resté tel quel.</translation>
    </message>
    <message>
        <source>The wiki was not exported: %1</source>
        <translation>Le wiki n&apos;a pas été exporté&#xa0;: %1</translation>
    </message>
    <message>
        <source>The wiki is as it was: %1</source>
        <translation>Le wiki est resté tel quel&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n page(s) to “%1”.</source>
        <translation>
            <numerusform>%n page exportée vers «&#xa0;%1&#xa0;».</numerusform>
            <numerusform>%n pages exportées vers «&#xa0;%1&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <source>Pages: %1</source>
        <translation>Pages&#xa0;: %1</translation>
    </message>
    <message>
        <source>Deleted pages: %1</source>
        <translation>Pages supprimées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Revisions: %1</source>
        <translation>Révisions&#xa0;: %1</translation>
    </message>
    <message>
        <source>Attachments: %1</source>
        <translation>Pièces jointes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Links: %1 (shared in %2 messages; %3 archived pages)</source>
        <translation>Liens&#xa0;: %1 (partagés dans %2 messages&#xa0;; %3 pages archivées)</translation>
    </message>
    <message>
        <source>Imported “%1”. If it was a mistake, File → Undo Last Import puts the wiki back.</source>
        <translation>«&#xa0;%1&#xa0;» importé. En cas d&apos;erreur, Fichier → Annuler le dernier import rétablit le wiki.</translation>
    </message>
    <message>
        <source>The import of “%1” was undone. The wiki as it was before the undo is kept in “%2”.</source>
        <translation>L&apos;import de «&#xa0;%1&#xa0;» a été annulé. Le wiki tel qu&apos;il était avant l&apos;annulation est conservé dans «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>New pages: %1</source>
        <translation>Nouvelles pages&#xa0;: %1</translation>
    </message>
    <message>
        <source>Pages updated with the other machine&apos;s edits: %1</source>
        <translation>Pages mises à jour avec les modifications de l&apos;autre ordinateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Pages edited on both machines, merged: %1</source>
        <translation>Pages modifiées sur les deux ordinateurs, fusionnées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Pages where both machines changed the same lines: %1 — both texts are kept; choose in Conflicts.</source>
        <translation>Pages dont les deux ordinateurs ont modifié les mêmes lignes&#xa0;: %1 — les deux textes sont conservés&#xa0;; choisissez dans Conflits.</translation>
    </message>
    <message>
        <source>Pages deleted on the other machine: %1</source>
        <translation>Pages supprimées sur l&apos;autre ordinateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Pages deleted here but edited there, brought back: %1</source>
        <translation>Pages supprimées ici mais modifiées là-bas, rétablies&#xa0;: %1</translation>
    </message>
    <message>
        <source>Pages renamed to keep titles distinct: %1</source>
        <translation>Pages renommées pour garder des titres distincts&#xa0;: %1</translation>
    </message>
    <message>
        <source>New attachments: %1</source>
        <translation>Nouvelles pièces jointes&#xa0;: %1</translation>
    </message>
    <message>
        <source>New links: %1</source>
        <translation>Nouveaux liens&#xa0;: %1</translation>
    </message>
    <message>
        <source>New shares of links: %1</source>
        <translation>Nouveaux partages de liens&#xa0;: %1</translation>
    </message>
    <message>
        <source>New archived copies of links: %1</source>
        <translation>Nouvelles copies archivées de liens&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing new: this wiki already had everything in the bundle.</source>
        <translation>Rien de nouveau&#xa0;: ce wiki contenait déjà tout le contenu du paquet.</translation>
    </message>
    <message>
        <source>Pages unchanged: %1</source>
        <translation>Pages inchangées&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>folio::SyncFolder</name>
    <message>
        <source>The sync folder “%1” does not exist or is not a folder.</source>
        <translation>Le dossier de synchronisation «&#xa0;%1&#xa0;» n&apos;existe pas ou n&apos;est pas un dossier.</translation>
    </message>
</context>
<context>
    <name>folio::SyncWorker</name>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Erreur inattendue&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>folio::TagsPanel</name>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Pages with the chosen tag</source>
        <translation>Pages ayant l&apos;étiquette choisie</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) tagged “%1”</source>
        <translation>
            <numerusform>%n page avec l&apos;étiquette «&#xa0;%1&#xa0;»</numerusform>
            <numerusform>%n pages avec l&apos;étiquette «&#xa0;%1&#xa0;»</numerusform>
        </translation>
    </message>
    <message>
        <source>No page shown here carries the tag “%1”.</source>
        <translation>Aucune des pages affichées ici ne porte l&apos;étiquette «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>No page has tags yet.</source>
        <translation>Aucune page n&apos;a encore d&apos;étiquette.</translation>
    </message>
    <message>
        <source>Choose a tag to see its pages.</source>
        <translation>Choisissez une étiquette pour voir ses pages.</translation>
    </message>
    <message>
        <source>Pages tagged “%1”:</source>
        <translation>Pages avec l&apos;étiquette «&#xa0;%1&#xa0;»&#xa0;:</translation>
    </message>
</context>
<context>
    <name>folio::TeamsExport</name>
    <message>
        <source>a message without an id or time; skipped</source>
        <translation>un message sans identifiant ni heure&#xa0;; ignoré</translation>
    </message>
    <message>
        <source>not valid JSON (%1); skipped</source>
        <translation>JSON non valide (%1)&#xa0;; ignoré</translation>
    </message>
    <message>
        <source>Microsoft Teams messages (Graph JSON)</source>
        <translation>Messages Microsoft Teams (JSON Graph)</translation>
    </message>
</context>
<context>
    <name>folio::TelegramExport</name>
    <message>
        <source>Saved Messages</source>
        <translation>Messages enregistrés</translation>
    </message>
    <message>
        <source>an impossible time (date_unixtime “%1”); the message keeps its written date</source>
        <translation>une heure impossible (date_unixtime «&#xa0;%1&#xa0;»)&#xa0;; le message garde sa date écrite en texte</translation>
    </message>
    <message>
        <source>a message without an id; skipped</source>
        <translation>un message sans identifiant&#xa0;; ignoré</translation>
    </message>
    <message>
        <source>“%1” holds no Telegram result.json.</source>
        <translation>«&#xa0;%1&#xa0;» ne contient pas de fichier result.json de Telegram.</translation>
    </message>
    <message>
        <source>Telegram Desktop export</source>
        <translation>Export de Telegram Desktop</translation>
    </message>
</context>
<context>
    <name>folio::TextMerge</name>
    <message>
        <source>before both</source>
        <translation>avant les deux</translation>
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
        <translation>une adresse de plus de %1 caractères</translation>
    </message>
    <message>
        <source>not a web address</source>
        <translation>pas une adresse web</translation>
    </message>
    <message>
        <source>an e-mail link without an address</source>
        <translation>un lien e-mail sans adresse</translation>
    </message>
    <message>
        <source>a %1: link</source>
        <translation>un lien %1:</translation>
    </message>
    <message>
        <source>a redirect to a %1 link</source>
        <translation>une redirection vers un lien %1</translation>
    </message>
    <message>
        <source>broken</source>
        <translation>cassé</translation>
    </message>
    <message>
        <source>not a valid web address</source>
        <translation>pas une adresse web valide</translation>
    </message>
    <message>
        <source>a Telegram bot address, which holds the bot&apos;s token</source>
        <translation>une adresse de bot Telegram, qui contient le jeton du bot</translation>
    </message>
    <message>
        <source>a webhook address, which works as a password</source>
        <translation>une adresse de webhook, qui fait office de mot de passe</translation>
    </message>
</context>
<context>
    <name>folio::WebPageCapturer</name>
    <message>
        <source>went to %1: %2</source>
        <translation>navigation vers %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>more than %1 MB</source>
        <translation>plus de %1 Mo</translation>
    </message>
</context>
<context>
    <name>folio::WikiFile</name>
    <message>
        <source>No wiki file was given: the path is empty.</source>
        <translation>Aucun fichier wiki indiqué&#xa0;: le chemin est vide.</translation>
    </message>
    <message>
        <source>There is no wiki at “%1”.</source>
        <translation>Il n&apos;y a pas de wiki à l&apos;emplacement «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” is empty: there is no wiki in it yet.</source>
        <translation>«&#xa0;%1&#xa0;» est vide&#xa0;: il ne contient pas encore de wiki.</translation>
    </message>
    <message>
        <source>“%1” is in an older format that Folio must upgrade, and it is read-only. Open it once where it can be written.</source>
        <translation>«&#xa0;%1&#xa0;» est dans un ancien format que Folio doit mettre à niveau, et il est en lecture seule. Ouvrez-le une fois à un emplacement où il est accessible en écriture.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>Impossible d&apos;ouvrir «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot prepare the wiki “%1”: %2</source>
        <translation>Impossible de préparer le wiki «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>The file name “%1” is too long: a name may have at most %2 bytes.</source>
        <translation>Le nom de fichier «&#xa0;%1&#xa0;» est trop long&#xa0;: un nom peut comporter au plus %2 octets.</translation>
    </message>
    <message>
        <source>“%1” is a link that leads back to itself.</source>
        <translation>«&#xa0;%1&#xa0;» est un lien qui renvoie vers lui-même.</translation>
    </message>
    <message>
        <source>“%1” is a link to “%2”, which does not exist. Is a drive not connected?</source>
        <translation>«&#xa0;%1&#xa0;» est un lien vers «&#xa0;%2&#xa0;», qui n&apos;existe pas. Un disque serait-il déconnecté&#xa0;?</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a wiki file.</source>
        <translation>«&#xa0;%1&#xa0;» est un dossier, pas un fichier wiki.</translation>
    </message>
    <message>
        <source>a named pipe</source>
        <translation>un tube nommé</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>un périphérique</translation>
    </message>
    <message>
        <source>“%1” is not a wiki file: it is %2, not an ordinary file.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un fichier wiki&#xa0;: c&apos;est %2, pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: you are not allowed to read it.</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: vous n&apos;avez pas l&apos;autorisation de le lire.</translation>
    </message>
    <message>
        <source>“%1” is not a Folio wiki: it is not an SQLite database.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un wiki Folio&#xa0;: ce n&apos;est pas une base de données SQLite.</translation>
    </message>
    <message>
        <source>“%1” is read-only. Folio needs to write to a wiki file: make it writable, or open a copy.</source>
        <translation>«&#xa0;%1&#xa0;» est en lecture seule. Folio doit pouvoir écrire dans un fichier wiki&#xa0;: rendez-le accessible en écriture ou ouvrez-en une copie.</translation>
    </message>
    <message>
        <source>The wiki&apos;s journal “%1” belongs to another user or is read-only. Folio needs to write to it: ask its owner to close the wiki, or change its permissions.</source>
        <translation>Le journal du wiki «&#xa0;%1&#xa0;» appartient à un autre utilisateur ou est en lecture seule. Folio doit pouvoir y écrire&#xa0;: demandez à son propriétaire de fermer le wiki, ou modifiez ses permissions.</translation>
    </message>
    <message>
        <source>Cannot create a wiki in “%1”: “%2” is a file, not a folder.</source>
        <translation>Impossible de créer un wiki dans «&#xa0;%1&#xa0;»&#xa0;: «&#xa0;%2&#xa0;» est un fichier, pas un dossier.</translation>
    </message>
    <message>
        <source>Cannot create a wiki in “%1”: the folder does not exist.</source>
        <translation>Impossible de créer un wiki dans «&#xa0;%1&#xa0;»&#xa0;: le dossier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1” for the wiki.</source>
        <translation>Impossible de créer le dossier «&#xa0;%1&#xa0;» pour le wiki.</translation>
    </message>
    <message>
        <source>“%1” is in a read-only folder. Folio keeps a journal beside the wiki file while it is open: move the wiki to a folder you can write to, or open a copy.</source>
        <translation>«&#xa0;%1&#xa0;» se trouve dans un dossier en lecture seule. Folio tient un journal à côté du fichier wiki tant qu&apos;il est ouvert&#xa0;: déplacez le wiki dans un dossier où vous pouvez écrire, ou ouvrez-en une copie.</translation>
    </message>
    <message>
        <source>Cannot create a wiki in “%1”: the folder is read-only.</source>
        <translation>Impossible de créer un wiki dans «&#xa0;%1&#xa0;»&#xa0;: le dossier est en lecture seule.</translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be read as a wiki.</source>
        <translation>«&#xa0;%1&#xa0;» est endommagé et ne peut pas être lu comme un wiki.</translation>
    </message>
    <message>
        <source>“%1” is not a Folio wiki: it is an SQLite database of another program.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un wiki Folio&#xa0;: c&apos;est une base de données SQLite d&apos;un autre programme.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Folio (format %2; this version reads up to format %3). Update Folio to open it.</source>
        <translation>«&#xa0;%1&#xa0;» a été écrit par une version plus récente de Folio (format %2&#xa0;; cette version lit jusqu&apos;au format %3). Mettez Folio à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>“%1” is a Folio wiki in an unknown format (%2): it may be damaged. Folio leaves it as it is.</source>
        <translation>«&#xa0;%1&#xa0;» est un wiki Folio dans un format inconnu (%2)&#xa0;: il est peut-être endommagé. Folio le laisse tel quel.</translation>
    </message>
</context>
<context>
    <name>folio::WindowApp</name>
    <message>
        <source>folio: there is no display for Folio&apos;s window (neither DISPLAY nor WAYLAND_DISPLAY is set). Commands work without one: see “folio --help”.</source>
        <translation>folio&#xa0;: aucun affichage disponible pour la fenêtre de Folio (ni DISPLAY ni WAYLAND_DISPLAY n&apos;est défini). Les commandes fonctionnent sans affichage&#xa0;: voir «&#xa0;folio --help&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot Open Wiki</source>
        <translation>Impossible d&apos;ouvrir le wiki</translation>
    </message>
    <message>
        <source>folio: later starts on this wiki will open windows of their own (no local socket could be made)</source>
        <translation>folio : les prochains lancements sur ce wiki ouvriront leur propre fenêtre (aucun socket local n’a pu être créé)</translation>
    </message>
    <message>
        <source>folio: a Folio already open on this wiki does not answer; this window opens it too</source>
        <translation>folio : un Folio déjà ouvert sur ce wiki ne répond pas ; cette fenêtre l’ouvre aussi</translation>
    </message>
</context>
<context>
    <name>folio::ZipWriter</name>
    <message>
        <source>it is a folder</source>
        <translation>c&apos;est un dossier</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>ce n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>mémoire insuffisante</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>Impossible d&apos;écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>folio::ZulipExport</name>
    <message>
        <source>a message without an id or time; skipped</source>
        <translation>un message sans identifiant ni heure&#xa0;; ignoré</translation>
    </message>
    <message>
        <source>“%1” is not a Zulip export: it has no realm.json.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un export Zulip&#xa0;: il ne contient pas de fichier realm.json.</translation>
    </message>
    <message>
        <source>“%1”: realm.json is not valid JSON (%2).</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: realm.json n&apos;est pas un JSON valide (%2).</translation>
    </message>
    <message>
        <source>Zulip organisation export</source>
        <translation>Export d&apos;organisation Zulip</translation>
    </message>
</context>
</TS>
