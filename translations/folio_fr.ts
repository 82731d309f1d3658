<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name></name>
    <message>
        <source>Could not make %1 private to its owner.</source>
        <translation>Impossible de rendre %1 privé pour son propriétaire.</translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation>Impossible de créer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the database is damaged: %1</source>
        <translation>la base de données est endommagée&#xa0;: %1</translation>
    </message>
    <message>
        <source>a %1 row (rowid %2) refers to a missing %3 row</source>
        <translation>une ligne de %1 (rowid %2) fait référence à une ligne manquante de %3</translation>
    </message>
    <message>
        <source>its schema version %1 is newer than this foliod&apos;s %2: use a newer foliod</source>
        <translation>sa version de schéma %1 est plus récente que celle de ce foliod (%2)&#xa0;: utilisez un foliod plus récent</translation>
    </message>
    <message>
        <source>its schema version %1 is older than %2: run foliod migrate</source>
        <translation>sa version de schéma %1 est plus ancienne que %2&#xa0;: exécutez foliod migrate</translation>
    </message>
    <message>
        <source>audit log</source>
        <translation>journal d&apos;audit</translation>
    </message>
    <message>
        <source>the token key is not a regular file</source>
        <translation>la clé de jeton n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>the token key holds %1 bytes instead of %2: foliod will refuse to start</source>
        <translation>la clé de jeton contient %1 octets au lieu de %2&#xa0;: foliod refusera de démarrer</translation>
    </message>
    <message>
        <source>other users may read the token key: run chmod 600 on it</source>
        <translation>d&apos;autres utilisateurs peuvent lire la clé de jeton&#xa0;: exécutez chmod 600 dessus</translation>
    </message>
    <message>
        <source>a stray entry: blobs/tmp holds only files being written</source>
        <translation>une entrée parasite&#xa0;: blobs/tmp ne contient que des fichiers en cours d&apos;écriture</translation>
    </message>
    <message>
        <source>a partial blob write left behind (%1 bytes, last written %2); foliod serve removes it when it starts</source>
        <translation>une écriture de blob partielle est restée (%1 octets, dernière écriture %2)&#xa0;; foliod serve la supprime au démarrage</translation>
    </message>
    <message>
        <source>a stray entry: the blob store holds only folders named by two hex digits</source>
        <translation>une entrée parasite&#xa0;: le magasin de blobs ne contient que des dossiers nommés par deux chiffres hexadécimaux</translation>
    </message>
    <message>
        <source>a stray entry: blob files are regular files</source>
        <translation>une entrée parasite&#xa0;: les fichiers de blob sont des fichiers ordinaires</translation>
    </message>
    <message>
        <source>a stray file: its name is not a SHA-256</source>
        <translation>un fichier parasite&#xa0;: son nom n&apos;est pas un SHA-256</translation>
    </message>
    <message>
        <source>the blob is in the wrong folder: it belongs in blobs/%1</source>
        <translation>le blob est dans le mauvais dossier&#xa0;: il doit se trouver dans blobs/%1</translation>
    </message>
    <message>
        <source>the blob cannot be read: %1</source>
        <translation>le blob ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>the blob is corrupt: its content hashes to %1</source>
        <translation>le blob est corrompu&#xa0;: son contenu donne le hachage %1</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>La vérification a été annulée.</translation>
    </message>
    <message>
        <source>a stray entry: blob-owners holds one folder per user</source>
        <translation>une entrée parasite&#xa0;: blob-owners contient un dossier par utilisateur</translation>
    </message>
    <message>
        <source>the blob owner folder names no user of foliod.db</source>
        <translation>le nom du dossier de propriétaire de blobs ne désigne aucun utilisateur de foliod.db</translation>
    </message>
    <message>
        <source>a stray entry: owner markers are files named by a SHA-256</source>
        <translation>une entrée parasite&#xa0;: les marqueurs de propriétaire sont des fichiers nommés par un SHA-256</translation>
    </message>
    <message>
        <source>the blob is missing, though %1 uploaded it (marker %2)</source>
        <translation>le blob est manquant, bien que %1 l&apos;ait téléversé (marqueur %2)</translation>
    </message>
    <message>
        <source>a stray entry: uploads holds one folder per upload session</source>
        <translation>une entrée parasite&#xa0;: uploads contient un dossier par session de téléversement</translation>
    </message>
    <message>
        <source>an upload session interrupted while it was being created (no offset file)</source>
        <translation>une session de téléversement interrompue pendant sa création (aucun fichier offset)</translation>
    </message>
    <message>
        <source>the upload session cannot be read: %1</source>
        <translation>la session de téléversement ne peut pas être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>the upload session is damaged: its meta.json or offset file is not valid</source>
        <translation>la session de téléversement est endommagée&#xa0;: son meta.json ou son fichier offset n&apos;est pas valide</translation>
    </message>
    <message>
        <source>the upload has lost acknowledged bytes: %1 were acknowledged, %2 are there</source>
        <translation>le téléversement a perdu des octets confirmés&#xa0;: %1 ont été confirmés, %2 sont présents</translation>
    </message>
    <message>
        <source>a stray file in an upload session</source>
        <translation>un fichier parasite dans une session de téléversement</translation>
    </message>
</context>
<context>
    <name>Folio::Appearance</name>
    <message>
        <source>Follow the System</source>
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
</context>
<context>
    <name>Folio::ArchiveExpander</name>
    <message>
        <source>is a copy of an archive it is in</source>
        <translation>est une copie d&apos;une archive qui le contient</translation>
    </message>
    <message numerus="yes">
        <source>Nested deeper than %n archive(s): its members are not unpacked.</source>
        <translation>
            <numerusform>Imbriqué dans plus de %n archive&#xa0;: ses membres ne sont pas décompressés.</numerusform>
            <numerusform>Imbriqué dans plus de %n archives&#xa0;: ses membres ne sont pas décompressés.</numerusform>
        </translation>
    </message>
    <message>
        <source>could not be stored: %1</source>
        <translation>n&apos;a pas pu être stocké&#xa0;: %1</translation>
    </message>
    <message>
        <source>is nested in more than %1 folders</source>
        <translation>est imbriqué dans plus de %1 dossiers</translation>
    </message>
    <message>
        <source>Its members were not unpacked: %1</source>
        <translation>Ses membres n&apos;ont pas été décompressés&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Folio::ArchiveExtractor</name>
    <message numerus="yes">
        <source>%n more member(s) were refused; only the first %1 are listed.</source>
        <translation>
            <numerusform>%n autre membre a été refusé&#xa0;; seuls les %1 premiers sont listés.</numerusform>
            <numerusform>%n autres membres ont été refusés&#xa0;; seuls les %1 premiers sont listés.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; has encrypted members: they can be unpacked only with its password.</source>
        <translation>«&#xa0;%1&#xa0;» contient des membres chiffrés&#xa0;: ils ne peuvent être décompressés qu&apos;avec son mot de passe.</translation>
    </message>
    <message>
        <source>could not be renamed to %1</source>
        <translation>n&apos;a pas pu être renommé en %1</translation>
    </message>
</context>
<context>
    <name>Folio::ArchiveReader</name>
    <message>
        <source>the archive is malformed or ends early</source>
        <translation>l&apos;archive est malformée ou se termine prématurément</translation>
    </message>
    <message>
        <source>Could not open the archive %1: %2</source>
        <translation>Impossible d&apos;ouvrir l&apos;archive %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a regular file, so it is not read as an archive.</source>
        <translation>%1 n&apos;est pas un fichier ordinaire&#xa0;; il n&apos;est donc pas lu comme une archive.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 est endommagé&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not an archive Folio can read.</source>
        <translation>%1 n&apos;est pas une archive que Folio sait lire.</translation>
    </message>
    <message>
        <source>Could not extract %1: %2 is not a folder.</source>
        <translation>Impossible d&apos;extraire %1&#xa0;: %2 n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <source>Could not extract %1: the folder %2 is not empty.</source>
        <translation>Impossible d&apos;extraire %1&#xa0;: le dossier %2 n&apos;est pas vide.</translation>
    </message>
    <message>
        <source>Could not extract %1: the folder %2 cannot be opened: %3</source>
        <translation>Impossible d&apos;extraire %1&#xa0;: le dossier %2 ne peut pas être ouvert&#xa0;: %3</translation>
    </message>
    <message>
        <source>has an absolute path</source>
        <translation>a un chemin absolu</translation>
    </message>
    <message>
        <source>leads out of the folder with “..”</source>
        <translation>sort du dossier avec «&#xa0;..&#xa0;»</translation>
    </message>
    <message>
        <source>has no usable name</source>
        <translation>n&apos;a pas de nom utilisable</translation>
    </message>
    <message>
        <source>is a symbolic link</source>
        <translation>est un lien symbolique</translation>
    </message>
    <message>
        <source>is a hard link</source>
        <translation>est un lien physique</translation>
    </message>
    <message>
        <source>is a device node</source>
        <translation>est un fichier de périphérique</translation>
    </message>
    <message>
        <source>is a FIFO</source>
        <translation>est une FIFO</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>expands beyond the limit of %1 bytes for one member</source>
        <translation>dépasse une fois décompressé la limite de %1 octets par membre</translation>
    </message>
    <message>
        <source>expands beyond %1 times the archive&apos;s size (%2 bytes)</source>
        <translation>dépasse une fois décompressé %1 fois la taille de l&apos;archive (%2 octets)</translation>
    </message>
    <message>
        <source>expands beyond the limit of %1 bytes for the whole archive</source>
        <translation>dépasse une fois décompressé la limite de %1 octets pour l&apos;archive entière</translation>
    </message>
    <message>
        <source>could not be written: %1</source>
        <translation>n&apos;a pas pu être écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>has the name of a member written before it</source>
        <translation>porte le nom d&apos;un membre écrit avant lui</translation>
    </message>
    <message>
        <source>could not be decrypted (wrong password?): %1</source>
        <translation>n&apos;a pas pu être déchiffré (mot de passe incorrect&#xa0;?)&#xa0;: %1</translation>
    </message>
    <message>
        <source>could not be read: %1</source>
        <translation>n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>is a copy of the archive itself</source>
        <translation>est une copie de l&apos;archive elle-même</translation>
    </message>
    <message>
        <source>%1 is damaged after %2 entries: %3</source>
        <translation>%1 est endommagé après %2 entrées&#xa0;: %3</translation>
    </message>
    <message>
        <source>An entry of %1 could not be read: %2</source>
        <translation>Une entrée de %1 n&apos;a pas pu être lue&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 has more than %2 entries; the rest were not read.</source>
        <translation>%1 contient plus de %2 entrées&#xa0;; les autres n&apos;ont pas été lues.</translation>
    </message>
    <message>
        <source>is past the limit of %1 entries</source>
        <translation>dépasse la limite de %1 entrées</translation>
    </message>
    <message>
        <source>needs a password</source>
        <translation>nécessite un mot de passe</translation>
    </message>
</context>
<context>
    <name>Folio::AuditLog</name>
    <message>
        <source>the audit head %1 cannot be read: %2</source>
        <translation>la tête d&apos;audit %1 ne peut pas être lue&#xa0;: %2</translation>
    </message>
    <message>
        <source>the audit head %1 is damaged: it is too large</source>
        <translation>la tête d&apos;audit %1 est endommagée&#xa0;: elle est trop volumineuse</translation>
    </message>
    <message>
        <source>the audit head %1 is damaged: it is not a JSON object</source>
        <translation>la tête d&apos;audit %1 est endommagée&#xa0;: ce n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>the audit head %1 is damaged: it does not name an event and its hash</source>
        <translation>la tête d&apos;audit %1 est endommagée&#xa0;: elle ne désigne pas un événement et son hachage</translation>
    </message>
    <message>
        <source>Could not open the lock file %1: %2</source>
        <translation>Impossible d&apos;ouvrir le fichier de verrou %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not lock %1: %2</source>
        <translation>Impossible de verrouiller %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not record the audit event %1 of %2</source>
        <translation>Impossible d&apos;enregistrer l&apos;événement d&apos;audit %1 de %2</translation>
    </message>
    <message>
        <source>%1: it must be written inside the transaction of the change it records.</source>
        <translation>%1&#xa0;: il doit être écrit dans la transaction de la modification qu&apos;il enregistre.</translation>
    </message>
    <message>
        <source>%1: the action, the kind and id of what it touched, and the actor are required.</source>
        <translation>%1&#xa0;: l&apos;action, le type et l&apos;identifiant de l&apos;objet concerné, ainsi que l&apos;acteur, sont requis.</translation>
    </message>
    <message>
        <source>Could not update the audit head %1</source>
        <translation>Impossible de mettre à jour la tête d&apos;audit %1</translation>
    </message>
    <message>
        <source>%1: it must be published after the transaction commits, as its events could still be rolled back.</source>
        <translation>%1&#xa0;: il doit être publié après la validation de la transaction, car ses événements pourraient encore être annulés.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Could not verify the audit log of %1</source>
        <translation>Impossible de vérifier le journal d&apos;audit de %1</translation>
    </message>
    <message>
        <source>the audit log starts at event %1 instead of event 1: its first events were removed</source>
        <translation>le journal d&apos;audit commence à l&apos;événement %1 au lieu de l&apos;événement 1&#xa0;: ses premiers événements ont été supprimés</translation>
    </message>
    <message>
        <source>audit event 1 does not start the chain: earlier events were removed or the events were reordered</source>
        <translation>l&apos;événement d&apos;audit 1 ne commence pas la chaîne&#xa0;: des événements antérieurs ont été supprimés ou les événements ont été réordonnés</translation>
    </message>
    <message>
        <source>audit event %1 does not follow event %2: an event was removed or reordered</source>
        <translation>l&apos;événement d&apos;audit %1 ne suit pas l&apos;événement %2&#xa0;: un événement a été supprimé ou déplacé</translation>
    </message>
    <message>
        <source>audit event %1 was altered: its hash does not match its content</source>
        <translation>l&apos;événement d&apos;audit %1 a été modifié&#xa0;: son hachage ne correspond pas à son contenu</translation>
    </message>
    <message>
        <source>the recorded values of audit event %1 are missing</source>
        <translation>les valeurs enregistrées de l&apos;événement d&apos;audit %1 sont manquantes</translation>
    </message>
    <message>
        <source>the recorded values of audit event %1 were altered</source>
        <translation>les valeurs enregistrées de l&apos;événement d&apos;audit %1 ont été modifiées</translation>
    </message>
    <message>
        <source>the recorded values of audit event %1 were removed without being redacted</source>
        <translation>les valeurs enregistrées de l&apos;événement d&apos;audit %1 ont été supprimées sans avoir été caviardées</translation>
    </message>
    <message>
        <source>the audit head %1 is missing although the log reaches event %2: the newest events may have been removed</source>
        <translation>la tête d&apos;audit %1 est manquante alors que le journal va jusqu&apos;à l&apos;événement %2&#xa0;: les événements les plus récents ont peut-être été supprimés</translation>
    </message>
    <message>
        <source>the audit events were removed: the head records event %1 but the log is empty</source>
        <translation>les événements d&apos;audit ont été supprimés&#xa0;: la tête indique l&apos;événement %1 mais le journal est vide</translation>
    </message>
    <message>
        <source>the newest audit events were removed: the head records event %1 but the log ends at event %2</source>
        <translation>les événements d&apos;audit les plus récents ont été supprimés&#xa0;: la tête indique l&apos;événement %1 mais le journal s&apos;arrête à l&apos;événement %2</translation>
    </message>
    <message>
        <source>audit event %1 is not the one the audit head recorded: the log was rewritten</source>
        <translation>l&apos;événement d&apos;audit %1 n&apos;est pas celui que la tête d&apos;audit a enregistré&#xa0;: le journal a été réécrit</translation>
    </message>
    <message>
        <source>Could not redact the audit values of %1</source>
        <translation>Impossible de caviarder les valeurs d&apos;audit de %1</translation>
    </message>
    <message>
        <source>%1: it must run inside the transaction of the change that requires it.</source>
        <translation>%1&#xa0;: il doit s&apos;exécuter dans la transaction de la modification qui l&apos;exige.</translation>
    </message>
    <message>
        <source>Could not read the audit history of %1</source>
        <translation>Impossible de lire l&apos;historique d&apos;audit de %1</translation>
    </message>
    <message>
        <source>%1: the recorded values of audit event %2 are damaged.</source>
        <translation>%1&#xa0;: les valeurs enregistrées de l&apos;événement d&apos;audit %2 sont endommagées.</translation>
    </message>
    <message>
        <source>Could not count the audit events</source>
        <translation>Impossible de compter les événements d&apos;audit</translation>
    </message>
</context>
<context>
    <name>Folio::BlobFile</name>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a device, pipe or socket).</source>
        <translation>%1 n&apos;est pas un fichier ordinaire (c&apos;est un périphérique, un tube ou un socket).</translation>
    </message>
    <message>
        <source>%1 shrank from %2 to %3 bytes while it was being read.</source>
        <translation>%1 est passé de %2 à %3 octets pendant sa lecture.</translation>
    </message>
    <message>
        <source>%1 changed while it was being read; try again when nothing is writing to it.</source>
        <translation>%1 a changé pendant sa lecture&#xa0;; réessayez quand plus rien n&apos;y écrit.</translation>
    </message>
    <message>
        <source>%1 was removed or replaced while it was being read.</source>
        <translation>%1 a été supprimé ou remplacé pendant sa lecture.</translation>
    </message>
    <message>
        <source>Could not write %1 while copying %2: %3</source>
        <translation>Impossible d&apos;écrire %1 lors de la copie de %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation>Impossible de créer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is damaged: its content does not match its hash (expected %2, found %3).</source>
        <translation>%1 est endommagé&#xa0;: son contenu ne correspond pas à son hachage (attendu %2, trouvé %3).</translation>
    </message>
    <message>
        <source>Could not remove %1: %2</source>
        <translation>Impossible de supprimer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not create the folder %1: a file of that name is in the way.</source>
        <translation>Impossible de créer le dossier %1&#xa0;: un fichier du même nom existe déjà.</translation>
    </message>
    <message>
        <source>Could not create the folder %1: %2</source>
        <translation>Impossible de créer le dossier %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not remove the folder %1.</source>
        <translation>Impossible de supprimer le dossier %1.</translation>
    </message>
    <message>
        <source>its name is not a SHA-256 hash</source>
        <translation>son nom n&apos;est pas un hachage SHA-256</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>could not be read: %1</source>
        <translation>n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>size differs (expected %1 bytes, found %2)</source>
        <translation>la taille diffère (attendu %1 octets, trouvé %2)</translation>
    </message>
    <message>
        <source>content does not match its hash (expected %1, found %2)</source>
        <translation>le contenu ne correspond pas à son hachage (attendu %1, trouvé %2)</translation>
    </message>
    <message>
        <source>%1 already exists; Folio never replaces it.</source>
        <translation>%1 existe déjà&#xa0;; Folio ne le remplace jamais.</translation>
    </message>
    <message>
        <source>Could not move %1 to %2: %3</source>
        <translation>Impossible de déplacer %1 vers %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>Folio::BlobStore</name>
    <message>
        <source>A blob reference can only change inside the transaction that records its use.</source>
        <translation>Une référence de blob ne peut changer que dans la transaction qui enregistre son utilisation.</translation>
    </message>
    <message>
        <source>The blob store was asked to work on its files inside a transaction: its own records must be saved before the files change.</source>
        <translation>Le magasin de blobs a été sollicité pour modifier ses fichiers dans une transaction&#xa0;: ses propres enregistrements doivent être sauvegardés avant que les fichiers ne changent.</translation>
    </message>
    <message>
        <source>Files cannot be stored without naming who stores them.</source>
        <translation>Les fichiers ne peuvent pas être stockés sans indiquer qui les stocke.</translation>
    </message>
    <message>
        <source>Could not store %1: &quot;%2&quot; is not a SHA-256 hash.</source>
        <translation>Impossible de stocker %1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un hachage SHA-256.</translation>
    </message>
    <message>
        <source>Could not move %1 to %2: %3</source>
        <translation>Impossible de déplacer %1 vers %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SHA-256 hash.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un hachage SHA-256.</translation>
    </message>
    <message>
        <source>The stored file %1 is missing (it may have been removed as unused after it was staged); add the source file again.</source>
        <translation>Le fichier stocké %1 est manquant (il a peut-être été supprimé comme inutilisé après sa préparation)&#xa0;; ajoutez à nouveau le fichier source.</translation>
    </message>
    <message>
        <source>There is no stored file with id %1.</source>
        <translation>Il n&apos;existe aucun fichier stocké avec l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>Checking the stored files was cancelled.</source>
        <translation>La vérification des fichiers stockés a été annulée.</translation>
    </message>
    <message>
        <source>Could not export to %1: it already exists, and exporting never overwrites a file.</source>
        <translation>Impossible d&apos;exporter vers %1&#xa0;: il existe déjà, et l&apos;exportation n&apos;écrase jamais un fichier.</translation>
    </message>
    <message>
        <source>Could not export to %1: the folder %2 does not exist.</source>
        <translation>Impossible d&apos;exporter vers %1&#xa0;: le dossier %2 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Could not export to %1: the stored file %2 is missing.</source>
        <translation>Impossible d&apos;exporter vers %1&#xa0;: le fichier stocké %2 est manquant.</translation>
    </message>
</context>
<context>
    <name>Folio::BrowseRepository</name>
    <message>
        <source>The browser has no scope %1 or no sort %2.</source>
        <translation>Le navigateur n&apos;a pas de portée %1 ou pas de tri %2.</translation>
    </message>
    <message>
        <source>Anchors need a step of at least one row.</source>
        <translation>Les ancres nécessitent un pas d&apos;au moins une ligne.</translation>
    </message>
    <message>
        <source>Reading the positions of the rows was cancelled.</source>
        <translation>La lecture des positions des lignes a été annulée.</translation>
    </message>
    <message>
        <source>The item %1 is not among the items shown.</source>
        <translation>L&apos;élément %1 ne fait pas partie des éléments affichés.</translation>
    </message>
</context>
<context>
    <name>Folio::BrowserPane</name>
    <message>
        <source>View</source>
        <translation>Affichage</translation>
    </message>
    <message>
        <source>View options</source>
        <translation>Options d&apos;affichage</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Grille</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Thumbnail size</source>
        <translation>Taille des vignettes</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Éléments</translation>
    </message>
</context>
<context>
    <name>Folio::BulkItemWriter</name>
    <message>
        <source>The item %1 can only be written inside the transaction of its batch.</source>
        <translation>L&apos;élément %1 ne peut être écrit que dans la transaction de son lot.</translation>
    </message>
    <message>
        <source>There is no stored file with id %1 to refer to.</source>
        <translation>Il n&apos;existe aucun fichier stocké avec l&apos;identifiant %1 auquel faire référence.</translation>
    </message>
</context>
<context>
    <name>Folio::CollectionRepository</name>
    <message>
        <source>There is no collection with id %1.</source>
        <translation>Il n&apos;existe aucune collection avec l&apos;identifiant %1.</translation>
    </message>
</context>
<context>
    <name>Folio::Collections</name>
    <message>
        <source>A collection needs a name of 1 to 200 characters.</source>
        <translation>Une collection doit avoir un nom de 1 à 200 caractères.</translation>
    </message>
    <message>
        <source>The collection name “%1” contains a control character.</source>
        <translation>Le nom de collection «&#xa0;%1&#xa0;» contient un caractère de contrôle.</translation>
    </message>
    <message>
        <source>A collection named “%1” exists already.</source>
        <translation>Une collection nommée «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>The collection “%1” is in the Trash.</source>
        <translation>La collection «&#xa0;%1&#xa0;» est dans la corbeille.</translation>
    </message>
    <message>
        <source>The item %1 was purged: it cannot join “%2”.</source>
        <translation>L&apos;élément %1 a été supprimé définitivement&#xa0;: il ne peut pas rejoindre «&#xa0;%2&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Folio::Database</name>
    <message>
        <source>binding a value</source>
        <translation>la liaison d&apos;une valeur</translation>
    </message>
    <message>
        <source>running a query</source>
        <translation>l&apos;exécution d&apos;une requête</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>La base de données %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>opening</source>
        <translation>l&apos;ouverture</translation>
    </message>
    <message>
        <source>running a statement</source>
        <translation>l&apos;exécution d&apos;une instruction</translation>
    </message>
    <message>
        <source>preparing a query</source>
        <translation>la préparation d&apos;une requête</translation>
    </message>
    <message>
        <source>Database %1: %2 failed: %3</source>
        <translation>Base de données %1&#xa0;: échec de %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>The library database %1 has schema version %2, but this Folio knows only up to version %3. Use a newer Folio.</source>
        <translation>La base de données de bibliothèque %1 a la version de schéma %2, mais cette version de Folio ne connaît que les versions jusqu&apos;à %3. Utilisez une version plus récente de Folio.</translation>
    </message>
</context>
<context>
    <name>Folio::DatabaseBackup</name>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 existe déjà.</translation>
    </message>
    <message>
        <source>starting a backup</source>
        <translation>le démarrage d&apos;une sauvegarde</translation>
    </message>
    <message>
        <source>copying the database</source>
        <translation>la copie de la base de données</translation>
    </message>
</context>
<context>
    <name>Folio::DefaultSchema</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Créateur</translation>
    </message>
    <message>
        <source>Rights and usage terms</source>
        <translation>Droits et conditions d&apos;utilisation</translation>
    </message>
    <message>
        <source>Product id</source>
        <translation>Référence produit</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Effective date</source>
        <translation>Date d&apos;effet</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Date d&apos;expiration</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Usage terms</source>
        <translation>Conditions d&apos;utilisation</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Prise de vue</translation>
    </message>
    <message>
        <source>Document created</source>
        <translation>Document créé</translation>
    </message>
    <message>
        <source>Document modified</source>
        <translation>Document modifié</translation>
    </message>
    <message>
        <source>Duration (s)</source>
        <translation>Durée (s)</translation>
    </message>
    <message>
        <source>PDF/A conformance</source>
        <translation>Conformité PDF/A</translation>
    </message>
    <message>
        <source>Has form fields</source>
        <translation>Contient des champs de formulaire</translation>
    </message>
    <message>
        <source>Has JavaScript</source>
        <translation>Contient du JavaScript</translation>
    </message>
    <message>
        <source>Needs OCR (no text layer)</source>
        <translation>OCR nécessaire (pas de couche texte)</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Appareil photo</translation>
    </message>
    <message>
        <source>Lens</source>
        <translation>Objectif</translation>
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
        <source>Altitude (m)</source>
        <translation>Altitude (m)</translation>
    </message>
    <message>
        <source>Width (px)</source>
        <translation>Largeur (px)</translation>
    </message>
    <message>
        <source>Height (px)</source>
        <translation>Hauteur (px)</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>Colour profile</source>
        <translation>Profil colorimétrique</translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation>Exposition</translation>
    </message>
    <message>
        <source>Aperture</source>
        <translation>Ouverture</translation>
    </message>
    <message>
        <source>ISO</source>
        <translation>ISO</translation>
    </message>
    <message>
        <source>Focal length</source>
        <translation>Focale</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Colour label</source>
        <translation>Étiquette de couleur</translation>
    </message>
</context>
<context>
    <name>Folio::DocumentTableView</name>
    <message>
        <source>Reset columns</source>
        <translation>Réinitialiser les colonnes</translation>
    </message>
</context>
<context>
    <name>Folio::DuplicateDialog</name>
    <message>
        <source>Duplicate Files</source>
        <translation>Fichiers en double</translation>
    </message>
    <message>
        <source>“%1” is already in the library (the same content). What should Folio do with it?</source>
        <translation>«&#xa0;%1&#xa0;» est déjà dans la bibliothèque (même contenu). Que doit faire Folio&#xa0;?</translation>
    </message>
    <message>
        <source>Duplicate files</source>
        <translation>Fichiers en double</translation>
    </message>
    <message numerus="yes">
        <source>Apply to all %n duplicate(s)</source>
        <translation>
            <numerusform>Appliquer à %n doublon</numerusform>
            <numerusform>Appliquer aux %n doublons</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply to all duplicates</source>
        <translation>Appliquer à tous les doublons</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Keep Both</source>
        <translation>Conserver les deux</translation>
    </message>
    <message>
        <source>New Version</source>
        <translation>Nouvelle version</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Conserver les deux</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>Nouvelle version</translation>
    </message>
    <message>
        <source>Store nothing: the library keeps the item it has.</source>
        <translation>Ne rien stocker&#xa0;: la bibliothèque conserve l&apos;élément existant.</translation>
    </message>
    <message>
        <source>Store the file again as another item.</source>
        <translation>Stocker de nouveau le fichier comme un autre élément.</translation>
    </message>
    <message>
        <source>Store the file as the newest version of the item that has the same content.</source>
        <translation>Stocker le fichier comme version la plus récente de l&apos;élément ayant le même contenu.</translation>
    </message>
</context>
<context>
    <name>Folio::DurableFile</name>
    <message>
        <source>Could not flush %1 to disk: %2</source>
        <translation>Impossible d&apos;écrire %1 sur le disque&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not open the folder %1: %2</source>
        <translation>Impossible d&apos;ouvrir le dossier %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not move %1 to %2: %3</source>
        <translation>Impossible de déplacer %1 vers %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation>Impossible de créer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Folio::ExivReader</name>
    <message>
        <source>The XMP packet could not be parsed: %1</source>
        <translation>Le paquet XMP n&apos;a pas pu être analysé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The IPTC data is damaged: %1</source>
        <translation>Les données IPTC sont endommagées&#xa0;: %1</translation>
    </message>
    <message>
        <source>The EXIF data is damaged: %1</source>
        <translation>Les données EXIF sont endommagées&#xa0;: %1</translation>
    </message>
    <message>
        <source>The metadata is damaged: %1</source>
        <translation>Les métadonnées sont endommagées&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source> (and %n more)</source>
        <translation>
            <numerusform> (et %n autre)</numerusform>
            <numerusform> (et %n autres)</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not exist.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot read the metadata of &quot;%1&quot;: it is not a regular file.</source>
        <translation>Impossible de lire les métadonnées de «&#xa0;%1&#xa0;»&#xa0;: ce n&apos;est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>Cannot read the metadata of &quot;%1&quot;: the file is empty.</source>
        <translation>Impossible de lire les métadonnées de «&#xa0;%1&#xa0;»&#xa0;: le fichier est vide.</translation>
    </message>
    <message>
        <source>Cannot read the metadata of &quot;%1&quot;: its format is not one Exiv2 reads.</source>
        <translation>Impossible de lire les métadonnées de «&#xa0;%1&#xa0;»&#xa0;: Exiv2 ne lit pas ce format.</translation>
    </message>
    <message>
        <source>Cannot read the metadata of &quot;%1&quot;: %2</source>
        <translation>Impossible de lire les métadonnées de «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>it needs more memory than is available</source>
        <translation>cela nécessite plus de mémoire que disponible</translation>
    </message>
    <message>
        <source>Exiv2 failed in an unexpected way</source>
        <translation>Exiv2 a échoué de manière inattendue</translation>
    </message>
    <message>
        <source>Reading stopped at damaged data; what came before it was kept: %1</source>
        <translation>La lecture s&apos;est arrêtée sur des données endommagées&#xa0;; ce qui précédait a été conservé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The XMP packet could not be parsed.</source>
        <translation>Le paquet XMP n&apos;a pas pu être analysé.</translation>
    </message>
    <message>
        <source>Cannot read the sidecar &quot;%1&quot;: it is larger than %2 MiB.</source>
        <translation>Impossible de lire le fichier annexe «&#xa0;%1&#xa0;»&#xa0;: il dépasse %2 Mio.</translation>
    </message>
    <message>
        <source>Cannot open the sidecar &quot;%1&quot;: %2</source>
        <translation>Impossible d&apos;ouvrir le fichier annexe «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot read the XMP of &quot;%1&quot;: it holds no XMP packet that can be parsed.</source>
        <translation>Impossible de lire le XMP de «&#xa0;%1&#xa0;»&#xa0;: il ne contient aucun paquet XMP analysable.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no embedded preview.</source>
        <translation>«&#xa0;%1&#xa0;» ne contient pas d&apos;aperçu intégré.</translation>
    </message>
</context>
<context>
    <name>Folio::ExtractionApplier</name>
    <message>
        <source>The %1 rendition was not stored: %2</source>
        <translation>Le rendu %1 n&apos;a pas été stocké&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Folio::ExtractionPool</name>
    <message>
        <source>cannot start %1: %2</source>
        <translation>impossible de démarrer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the extractor crashed on this file (%1); the original is stored</source>
        <translation>l&apos;extracteur a planté sur ce fichier (%1)&#xa0;; l&apos;original est stocké</translation>
    </message>
    <message>
        <source>the extractor stopped on this file (exit code %1); the original is stored</source>
        <translation>l&apos;extracteur s&apos;est arrêté sur ce fichier (code de sortie %1)&#xa0;; l&apos;original est stocké</translation>
    </message>
    <message>
        <source>extraction took longer than %1 s and was stopped; the original is stored</source>
        <translation>l&apos;extraction a pris plus de %1 s et a été arrêtée&#xa0;; l&apos;original est stocké</translation>
    </message>
    <message>
        <source>OCR took longer than %1 s and was stopped</source>
        <translation>l&apos;OCR a pris plus de %1 s et a été arrêtée</translation>
    </message>
</context>
<context>
    <name>Folio::Extractor</name>
    <message>
        <source>Could not write the %1 rendition: %2</source>
        <translation>Impossible d&apos;écrire le rendu %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 has no XMP.</source>
        <translation>%1 n&apos;a pas de XMP.</translation>
    </message>
    <message>
        <source>Renditions come from the camera&apos;s JPEG stored with this RAW.</source>
        <translation>Les rendus proviennent du JPEG de l&apos;appareil photo stocké avec ce RAW.</translation>
    </message>
    <message>
        <source>Renditions come from the camera&apos;s embedded preview.</source>
        <translation>Les rendus proviennent de l&apos;aperçu intégré de l&apos;appareil photo.</translation>
    </message>
    <message>
        <source>No rendition: %1</source>
        <translation>Aucun rendu&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 cannot be decoded as %2: %3</source>
        <translation>%1 ne peut pas être décodé en tant que %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 has no page %2.</source>
        <translation>%1 n&apos;a pas de page %2.</translation>
    </message>
    <message>
        <source>%1 has %2 × %3 pixels, over the limit of %4 megapixels.</source>
        <translation>%1 fait %2 × %3 pixels, au-delà de la limite de %4 mégapixels.</translation>
    </message>
    <message>
        <source>%1 cannot be decoded: %2</source>
        <translation>%1 ne peut pas être décodé&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is neither a PDF nor an image Folio reads for OCR (%2).</source>
        <translation>%1 n&apos;est ni un PDF ni une image que Folio lit pour l&apos;OCR (%2).</translation>
    </message>
    <message numerus="yes">
        <source>OCR of %1 ran out of time after %n page(s) of %2.</source>
        <translation>
            <numerusform>L&apos;OCR de %1 a manqué de temps après %n page sur %2.</numerusform>
            <numerusform>L&apos;OCR de %1 a manqué de temps après %n pages sur %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>OCR skipped page %1: %2</source>
        <translation>L&apos;OCR a ignoré la page %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>OCR could read no page of %1: %2</source>
        <translation>L&apos;OCR n&apos;a pu lire aucune page de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>No converter for legacy Office files is installed: the text of %1 was not extracted (install LibreOffice).</source>
        <translation>Aucun convertisseur pour les anciens fichiers Office n&apos;est installé&#xa0;: le texte de %1 n&apos;a pas été extrait (installez LibreOffice).</translation>
    </message>
    <message>
        <source>The PDF converted from %1 cannot be read: %2</source>
        <translation>Le PDF converti à partir de %1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>The text and preview of %1 come from a conversion to PDF by %2.</source>
        <translation>Le texte et l&apos;aperçu de %1 proviennent d&apos;une conversion en PDF par %2.</translation>
    </message>
</context>
<context>
    <name>Folio::FacetPanel</name>
    <message>
        <source>Refine</source>
        <translation>Affiner</translation>
    </message>
    <message>
        <source>Search facets</source>
        <translation>Facettes de recherche</translation>
    </message>
    <message>
        <source>Facets of the search results</source>
        <translation>Facettes des résultats de recherche</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>Year created</source>
        <translation>Année de création</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Créateur</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Médias</translation>
    </message>
    <message>
        <source>%1 — narrows the search by %2</source>
        <translation>%1 — affine la recherche par %2</translation>
    </message>
</context>
<context>
    <name>Folio::FileImporter</name>
    <message>
        <source>%1: not a regular file (a device, socket or pipe)</source>
        <translation>%1&#xa0;: pas un fichier ordinaire (un périphérique, un socket ou un tube)</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1&#xa0;: fichier ou dossier introuvable</translation>
    </message>
    <message>
        <source>the same content is already item %1</source>
        <translation>le même contenu est déjà l&apos;élément %1</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Importé depuis %1</translation>
    </message>
    <message>
        <source>stored without its companion file: %1</source>
        <translation>stocké sans son fichier compagnon&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Folio::FolderOperations</name>
    <message>
        <source>The folder %1 already exists.</source>
        <translation>Le dossier %1 existe déjà.</translation>
    </message>
    <message>
        <source>The root folder cannot be renamed.</source>
        <translation>Le dossier racine ne peut pas être renommé.</translation>
    </message>
    <message>
        <source>A folder name cannot contain &quot;/&quot;: &quot;%1&quot;.</source>
        <translation>Un nom de dossier ne peut pas contenir «&#xa0;/&#xa0;»&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The root folder cannot be moved.</source>
        <translation>Le dossier racine ne peut pas être déplacé.</translation>
    </message>
    <message>
        <source>Cannot move %1 into itself (%2).</source>
        <translation>Impossible de déplacer %1 dans lui-même (%2).</translation>
    </message>
    <message>
        <source>The root folder cannot be moved to the Trash.</source>
        <translation>Le dossier racine ne peut pas être placé dans la corbeille.</translation>
    </message>
    <message>
        <source>The folder %1 is not in the Trash.</source>
        <translation>Le dossier %1 n&apos;est pas dans la corbeille.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be restored: the folder %2 that holds it is in the Trash; restore that one first.</source>
        <translation>Le dossier %1 ne peut pas être restauré&#xa0;: le dossier %2 qui le contient est dans la corbeille&#xa0;; restaurez d&apos;abord celui-ci.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be restored: another folder has that name now; rename one of them first.</source>
        <translation>Le dossier %1 ne peut pas être restauré&#xa0;: un autre dossier porte désormais ce nom&#xa0;; renommez d&apos;abord l&apos;un des deux.</translation>
    </message>
    <message>
        <source>The item %1 was purged: it cannot be moved.</source>
        <translation>L&apos;élément %1 a été supprimé définitivement&#xa0;: il ne peut pas être déplacé.</translation>
    </message>
</context>
<context>
    <name>Folio::FolderRepository</name>
    <message>
        <source>The folder path &quot;%1&quot; has an invalid name &quot;%2&quot;.</source>
        <translation>Le chemin de dossier «&#xa0;%1&#xa0;» contient un nom non valide «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The folder path &quot;%1&quot; contains a control character.</source>
        <translation>Le chemin de dossier «&#xa0;%1&#xa0;» contient un caractère de contrôle.</translation>
    </message>
    <message>
        <source>There is no folder with id %1.</source>
        <translation>Il n&apos;existe aucun dossier avec l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>There is no folder &quot;%1&quot;.</source>
        <translation>Il n&apos;existe aucun dossier «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>A folder named &quot;%1&quot; already exists there.</source>
        <translation>Un dossier nommé «&#xa0;%1&#xa0;» existe déjà à cet endroit.</translation>
    </message>
    <message>
        <source>The destination already has a folder of that name.</source>
        <translation>La destination contient déjà un dossier de ce nom.</translation>
    </message>
</context>
<context>
    <name>Folio::ImageRenderer</name>
    <message>
        <source>its %1 chunk claims %2 bytes, but only %3 follow</source>
        <translation>son bloc %1 annonce %2 octets, mais seuls %3 suivent</translation>
    </message>
    <message>
        <source>%1: its colours cannot be converted to sRGB</source>
        <translation>%1&#xa0;: ses couleurs ne peuvent pas être converties en sRVB</translation>
    </message>
    <message>
        <source>%1: its pixels cannot be converted to 8 bits</source>
        <translation>%1&#xa0;: ses pixels ne peuvent pas être convertis en 8 bits</translation>
    </message>
    <message>
        <source>%1: its extra channels cannot be dropped</source>
        <translation>%1&#xa0;: ses canaux supplémentaires ne peuvent pas être supprimés</translation>
    </message>
    <message>
        <source>%1: cannot decode the image</source>
        <translation>%1&#xa0;: impossible de décoder l&apos;image</translation>
    </message>
    <message>
        <source>%1: cannot scale the image</source>
        <translation>%1&#xa0;: impossible de redimensionner l&apos;image</translation>
    </message>
    <message>
        <source>%1: cannot encode the rendition</source>
        <translation>%1&#xa0;: impossible d&apos;encoder le rendu</translation>
    </message>
    <message>
        <source>%1: cannot hash the image</source>
        <translation>%1&#xa0;: impossible de calculer le hachage de l&apos;image</translation>
    </message>
    <message>
        <source>%1: the rendering limits must be positive</source>
        <translation>%1&#xa0;: les limites de rendu doivent être positives</translation>
    </message>
    <message>
        <source>%1: images cannot be rendered: libvips did not start</source>
        <translation>%1&#xa0;: impossible de rendre les images&#xa0;: libvips n&apos;a pas démarré</translation>
    </message>
    <message>
        <source>%1: cannot be read</source>
        <translation>%1&#xa0;: illisible</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1&#xa0;: fichier introuvable</translation>
    </message>
    <message>
        <source>%1: is a camera RAW file; Folio renders only the preview embedded in it</source>
        <translation>%1&#xa0;: est un fichier RAW d&apos;appareil photo&#xa0;; Folio ne rend que l&apos;aperçu qui y est intégré</translation>
    </message>
    <message>
        <source>%1: the PNG file is damaged: %2</source>
        <translation>%1&#xa0;: le fichier PNG est endommagé&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: not an image format Folio renders</source>
        <translation>%1&#xa0;: pas un format d&apos;image que Folio sait rendre</translation>
    </message>
    <message>
        <source>%1: cannot read the image: %2</source>
        <translation>%1&#xa0;: impossible de lire l&apos;image&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2 × %3 pixels (%4 megapixels) is over the limit of %5 megapixels; the image was not decoded</source>
        <translation>%1&#xa0;: %2 × %3 pixels (%4 mégapixels) dépasse la limite de %5 mégapixels&#xa0;; l&apos;image n&apos;a pas été décodée</translation>
    </message>
    <message>
        <source>%1: cannot decode the image: %2</source>
        <translation>%1&#xa0;: impossible de décoder l&apos;image&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: the image is damaged (%2); its renditions may be incomplete</source>
        <translation>%1&#xa0;: l&apos;image est endommagée (%2)&#xa0;; ses rendus peuvent être incomplets</translation>
    </message>
    <message>
        <source>%1: holds no image data</source>
        <translation>%1&#xa0;: ne contient aucune donnée d&apos;image</translation>
    </message>
</context>
<context>
    <name>Folio::IngestController</name>
    <message numerus="yes">
        <source>%n file(s) and folder(s)</source>
        <translation>
            <numerusform>%n fichier ou dossier</numerusform>
            <numerusform>%n fichiers et dossiers</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding %1 to %2</source>
        <translation>Ajout de %1 à %2</translation>
    </message>
    <message numerus="yes">
        <source>Keeping %n duplicate(s) in %1</source>
        <translation>
            <numerusform>Conservation de %n doublon dans %1</numerusform>
            <numerusform>Conservation de %n doublons dans %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adding %n new version(s)</source>
        <translation>
            <numerusform>Ajout de %n nouvelle version</numerusform>
            <numerusform>Ajout de %n nouvelles versions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Folio::IngestEngine</name>
    <message>
        <source>This version of Folio cannot run jobs of kind &quot;%1&quot;.</source>
        <translation>Cette version de Folio ne peut pas exécuter de tâches de type «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Folio::IngestRunner::Worker</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Added again from %1</source>
        <translation>Ajouté à nouveau depuis %1</translation>
    </message>
    <message>
        <source>Collection — %1</source>
        <translation>Collection — %1</translation>
    </message>
</context>
<context>
    <name>Folio::IngestTaskRow</name>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>environ %n seconde restante</numerusform>
            <numerusform>environ %n secondes restantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>environ %n minute restante</numerusform>
            <numerusform>environ %n minutes restantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s) left</source>
        <translation>
            <numerusform>environ %n heure restante</numerusform>
            <numerusform>environ %n heures restantes</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the job before it…</source>
        <translation>En attente de la tâche précédente…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Copy Failures</source>
        <translation>Copier les échecs</translation>
    </message>
    <message>
        <source>Progress of %1</source>
        <translation>Progression de %1</translation>
    </message>
    <message>
        <source>Cancel %1</source>
        <translation>Annuler %1</translation>
    </message>
    <message>
        <source>Failed files of %1</source>
        <translation>Fichiers en échec de %1</translation>
    </message>
    <message>
        <source>Copy the failures of %1</source>
        <translation>Copier les échecs de %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n file(s) stored</source>
        <translation>
            <numerusform>%1 sur %n fichier stocké</numerusform>
            <numerusform>%1 sur %n fichiers stockés</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 of %2 extracted</source>
        <translation>%1 sur %2 extraits</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Arrêté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n ajouté</numerusform>
            <numerusform>%n ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the library</source>
        <translation>
            <numerusform>%n déjà dans la bibliothèque</numerusform>
            <numerusform>%n déjà dans la bibliothèque</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n joined the collection</source>
        <translation>
            <numerusform>%n ajouté à la collection</numerusform>
            <numerusform>%n ajoutés à la collection</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Folio::InspectorActivityPage</name>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>(values redacted)</source>
        <translation>(valeurs caviardées)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation>Renommé</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Déplacé</translation>
    </message>
    <message>
        <source>Moved to the Trash</source>
        <translation>Placé dans la corbeille</translation>
    </message>
    <message>
        <source>Put back from the Trash</source>
        <translation>Remis depuis la corbeille</translation>
    </message>
    <message>
        <source>Deleted for good</source>
        <translation>Supprimé définitivement</translation>
    </message>
    <message>
        <source>Rated</source>
        <translation>Noté</translation>
    </message>
    <message>
        <source>Labelled</source>
        <translation>Étiqueté</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>Nouvelle version</translation>
    </message>
    <message>
        <source>Reverted</source>
        <translation>Rétabli</translation>
    </message>
    <message>
        <source>Extracted</source>
        <translation>Extrait</translation>
    </message>
    <message>
        <source>Text recognised (OCR)</source>
        <translation>Texte reconnu (OCR)</translation>
    </message>
    <message>
        <source>Unpacked</source>
        <translation>Décompressé</translation>
    </message>
    <message>
        <source>Metadata changed</source>
        <translation>Métadonnées modifiées</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Lié</translation>
    </message>
    <message>
        <source>Link removed</source>
        <translation>Lien supprimé</translation>
    </message>
    <message>
        <source>Added to a collection</source>
        <translation>Ajouté à une collection</translation>
    </message>
    <message>
        <source>Older events are left out (folioctl history shows them all).</source>
        <translation>Les événements plus anciens sont omis (folioctl history les affiche tous).</translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation>Consulté</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>Téléchargé</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exporté</translation>
    </message>
    <message>
        <source>Opened from a search</source>
        <translation>Ouvert depuis une recherche</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
</context>
<context>
    <name>Folio::InspectorData</name>
    <message>
        <source>— Page %1 (read by OCR) —
</source>
        <translation>— Page %1 (lue par OCR) —
</translation>
    </message>
    <message>
        <source>— Page %1 —
</source>
        <translation>— Page %1 —
</translation>
    </message>
</context>
<context>
    <name>Folio::InspectorDock</name>
    <message>
        <source>Inspector</source>
        <translation>Inspecteur</translation>
    </message>
    <message>
        <source>Extracted text</source>
        <translation>Texte extrait</translation>
    </message>
    <message>
        <source>No text was extracted from this item.</source>
        <translation>Aucun texte n&apos;a été extrait de cet élément.</translation>
    </message>
    <message>
        <source>Inspector pages</source>
        <translation>Pages de l&apos;inspecteur</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Métadonnées</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Relations</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Technique</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>The text extracted from the item (its text layer, or OCR)</source>
        <translation>Le texte extrait de l&apos;élément (sa couche de texte, ou l&apos;OCR)</translation>
    </message>
    <message>
        <source>Raw EXIF, IPTC, XMP, media and document properties</source>
        <translation>Propriétés EXIF, IPTC, XMP, média et document brutes</translation>
    </message>
    <message>
        <source>Who changed what, and when</source>
        <translation>Qui a modifié quoi, et quand</translation>
    </message>
    <message>
        <source>No selection.</source>
        <translation>Aucune sélection.</translation>
    </message>
    <message>
        <source>This item no longer exists.</source>
        <translation>Cet élément n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Select one item.</source>
        <translation>Sélectionnez un élément.</translation>
    </message>
    <message>
        <source>Only the first %1 of the text are shown.</source>
        <translation>Seuls les %1 premiers du texte sont affichés.</translation>
    </message>
    <message numerus="yes">
        <source>Link %n Item(s)</source>
        <translation>
            <numerusform>Lier %n élément</numerusform>
            <numerusform>Lier %n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking in %1…</source>
        <translation>Archivage de %1…</translation>
    </message>
    <message>
        <source>Could not check in a new version of “%1”: %2</source>
        <translation>Impossible d&apos;archiver une nouvelle version de «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” is now at version %2.</source>
        <translation>«&#xa0;%1&#xa0;» est maintenant à la version %2.</translation>
    </message>
    <message>
        <source>Could not revert “%1” to version %2: %3</source>
        <translation>Impossible de rétablir «&#xa0;%1&#xa0;» à la version %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>“%1” reverted to version %2 as version %3.</source>
        <translation>«&#xa0;%1&#xa0;» a été rétabli à la version %2, en tant que version %3.</translation>
    </message>
</context>
<context>
    <name>Folio::InspectorHeader</name>
    <message>
        <source>Red</source>
        <translation>Rouge</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Jaune</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Vert</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Bleu</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Violet</translation>
    </message>
    <message>
        <source>Gray</source>
        <translation>Gris</translation>
    </message>
    <message>
        <source>No label</source>
        <translation>Aucune étiquette</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Type and size</source>
        <translation>Type et taille</translation>
    </message>
    <message>
        <source>No colour label</source>
        <translation>Aucune étiquette de couleur</translation>
    </message>
    <message>
        <source>%1 label</source>
        <translation>Étiquette %1</translation>
    </message>
    <message>
        <source>Clear the colour label</source>
        <translation>Supprimer l&apos;étiquette de couleur</translation>
    </message>
    <message>
        <source>Label %1</source>
        <translation>Étiqueter en %1</translation>
    </message>
    <message>
        <source>No selection</source>
        <translation>Aucune sélection</translation>
    </message>
    <message>
        <source>Select items to see and edit their details.</source>
        <translation>Sélectionnez des éléments pour afficher et modifier leurs détails.</translation>
    </message>
    <message numerus="yes">
        <source>%n items selected</source>
        <translation>
            <numerusform>%n élément sélectionné</numerusform>
            <numerusform>%n éléments sélectionnés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in total</source>
        <translation>%1 au total</translation>
    </message>
    <message>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 px</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Aucun aperçu</translation>
    </message>
    <message>
        <source>Loading preview…</source>
        <translation>Chargement de l&apos;aperçu…</translation>
    </message>
</context>
<context>
    <name>Folio::InspectorLabelCommand</name>
    <message numerus="yes">
        <source>Mark %n item(s)</source>
        <translation>
            <numerusform>Étiqueter %n élément</numerusform>
            <numerusform>Étiqueter %n éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear Rating of %n Item(s)</source>
        <translation>
            <numerusform>Effacer la note de %n élément</numerusform>
            <numerusform>Effacer la note de %n éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rate %n Item(s) %1 Star(s)</source>
        <translation>
            <numerusform>Attribuer %1 étoile(s) à %n élément</numerusform>
            <numerusform>Attribuer %1 étoile(s) à %n éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear Label of %n Item(s)</source>
        <translation>
            <numerusform>Effacer l&apos;étiquette de %n élément</numerusform>
            <numerusform>Effacer l&apos;étiquette de %n éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Label %n Item(s)</source>
        <translation>
            <numerusform>Étiqueter %n élément</numerusform>
            <numerusform>Étiqueter %n éléments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Folio::InspectorLinkCommand</name>
    <message>
        <source>Link Items</source>
        <translation>Lier des éléments</translation>
    </message>
    <message>
        <source>Remove Link</source>
        <translation>Supprimer le lien</translation>
    </message>
    <message>
        <source>Link to “%1”</source>
        <translation>Lier à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Remove Link to “%1”</source>
        <translation>Supprimer le lien vers «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Folio::InspectorRating</name>
    <message>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Rating: click a star, or type 0–5</source>
        <translation>Note&#xa0;: cliquez sur une étoile, ou tapez 0–5</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>multiple</translation>
    </message>
    <message>
        <source>Mixed ratings</source>
        <translation>Notes multiples</translation>
    </message>
    <message numerus="yes">
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n étoile</numerusform>
            <numerusform>%n étoiles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Folio::InspectorRelationsPage</name>
    <message>
        <source>Remove Link</source>
        <translation>Supprimer le lien</translation>
    </message>
    <message>
        <source>Related items</source>
        <translation>Éléments liés</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Drag items here from the browser to link them. Double-click a link to show that item.</source>
        <translation>Faites glisser des éléments ici depuis le navigateur pour les lier. Double-cliquez sur un lien pour afficher cet élément.</translation>
    </message>
    <message>
        <source>Remove the selected link</source>
        <translation>Supprimer le lien sélectionné</translation>
    </message>
    <message>
        <source>Remove the selected link (Delete)</source>
        <translation>Supprimer le lien sélectionné (Suppr)</translation>
    </message>
    <message>
        <source>is the specification of</source>
        <translation>est la spécification de</translation>
    </message>
    <message>
        <source>is the contract for</source>
        <translation>est le contrat de</translation>
    </message>
    <message>
        <source>is derived from</source>
        <translation>est dérivé de</translation>
    </message>
    <message>
        <source>is a translation of</source>
        <translation>est une traduction de</translation>
    </message>
    <message>
        <source>supersedes</source>
        <translation>remplace</translation>
    </message>
    <message>
        <source>was extracted from</source>
        <translation>a été extrait de</translation>
    </message>
    <message>
        <source>This %1</source>
        <translation>Cet élément %1</translation>
    </message>
    <message>
        <source>%1 this</source>
        <translation>%1 cet élément</translation>
    </message>
    <message>
        <source>%1 (in the Trash)</source>
        <translation>%1 (dans la corbeille)</translation>
    </message>
    <message>
        <source>“%1” %2 “%3”</source>
        <translation>«&#xa0;%1&#xa0;» %2 «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>No links yet. Drag items here from the browser to link them.</source>
        <translation>Aucun lien pour l&apos;instant. Faites glisser des éléments ici depuis le navigateur pour les lier.</translation>
    </message>
    <message>
        <source>Drag items here to link them. Double-click a link to show that item.</source>
        <translation>Faites glisser des éléments ici pour les lier. Double-cliquez sur un lien pour afficher cet élément.</translation>
    </message>
    <message>
        <source>Relation type</source>
        <translation>Type de relation</translation>
    </message>
    <message>
        <source>the dropped item</source>
        <translation>l&apos;élément déposé</translation>
    </message>
    <message numerus="yes">
        <source>the %n dropped items</source>
        <translation>
            <numerusform>le %n élément déposé</numerusform>
            <numerusform>les %n éléments déposés</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” …</source>
        <translation>«&#xa0;%1&#xa0;» …</translation>
    </message>
    <message>
        <source>… %1 %2</source>
        <translation>… %1 %2</translation>
    </message>
    <message>
        <source>%1 …</source>
        <translation>%1 …</translation>
    </message>
    <message>
        <source>The dropped item</source>
        <translation>L&apos;élément déposé</translation>
    </message>
    <message>
        <source>The dropped items</source>
        <translation>Les éléments déposés</translation>
    </message>
    <message>
        <source>… %1 “%2”</source>
        <translation>… %1 «&#xa0;%2&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Folio::InspectorTechnicalPage</name>
    <message>
        <source>Filter properties</source>
        <translation>Filtrer les propriétés</translation>
    </message>
    <message>
        <source>Filter technical properties</source>
        <translation>Filtrer les propriétés techniques</translation>
    </message>
    <message>
        <source>Technical metadata</source>
        <translation>Métadonnées techniques</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Propriété</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Extraction</source>
        <translation>Extraction</translation>
    </message>
    <message>
        <source>Not extracted yet</source>
        <translation>Pas encore extrait</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Detected type</source>
        <translation>Type détecté</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Dimensions</translation>
    </message>
    <message>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 px</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Extension</translation>
    </message>
    <message>
        <source>Does not match the content</source>
        <translation>Ne correspond pas au contenu</translation>
    </message>
    <message>
        <source>Protected</source>
        <translation>Protégé</translation>
    </message>
    <message>
        <source>Needs a password</source>
        <translation>Nécessite un mot de passe</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Extracted</source>
        <translation>Extrait</translation>
    </message>
    <message>
        <source>Mapped fields</source>
        <translation>Champs associés</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n balise</numerusform>
            <numerusform>%n balises</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Folio::InspectorVersionsPage</name>
    <message>
        <source>Check In New Version…</source>
        <translation>Archiver une nouvelle version…</translation>
    </message>
    <message>
        <source>Revert to This Version</source>
        <translation>Rétablir cette version</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Comment for the new version (optional)</source>
        <translation>Commentaire pour la nouvelle version (facultatif)</translation>
    </message>
    <message>
        <source>Comment for the new version</source>
        <translation>Commentaire pour la nouvelle version</translation>
    </message>
    <message>
        <source>Check in a new version from a file</source>
        <translation>Archiver une nouvelle version à partir d&apos;un fichier</translation>
    </message>
    <message>
        <source>Store a file as the item&apos;s next version; the earlier versions are kept.</source>
        <translation>Stocker un fichier comme version suivante de l&apos;élément&#xa0;; les versions antérieures sont conservées.</translation>
    </message>
    <message>
        <source>Revert to the selected version</source>
        <translation>Rétablir la version sélectionnée</translation>
    </message>
    <message>
        <source>Make the selected version&apos;s content the newest version again.</source>
        <translation>Faire du contenu de la version sélectionnée à nouveau la version la plus récente.</translation>
    </message>
    <message>
        <source>Check In New Version</source>
        <translation>Archiver une nouvelle version</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (actuelle)</translation>
    </message>
    <message>
        <source>%1
%2
SHA-256 %3</source>
        <translation>%1
%2
SHA-256 %3</translation>
    </message>
</context>
<context>
    <name>Folio::IntegrityCheck</name>
    <message>
        <source>The database %1 is damaged: %2</source>
        <translation>La base de données %1 est endommagée&#xa0;: %2</translation>
    </message>
    <message>
        <source>The database %1 has a %2 row (rowid %3) that refers to a missing %4 row.</source>
        <translation>La base de données %1 contient une ligne %2 (rowid %3) qui fait référence à une ligne %4 manquante.</translation>
    </message>
    <message>
        <source>The blob %1 counts %2 references but %3 versions and renditions use it.</source>
        <translation>Le blob %1 compte %2 références, mais %3 versions et rendus l&apos;utilisent.</translation>
    </message>
</context>
<context>
    <name>Folio::Internal::MediaDecoder</name>
    <message>
        <source>%1: Folio has no decoder for its %2 stream</source>
        <translation>%1&#xa0;: Folio n&apos;a pas de décodeur pour son flux %2</translation>
    </message>
    <message>
        <source>%1: its %2 stream cannot be decoded</source>
        <translation>%1&#xa0;: son flux %2 ne peut pas être décodé</translation>
    </message>
    <message>
        <source>%1: out of memory for decoding</source>
        <translation>%1&#xa0;: mémoire insuffisante pour le décodage</translation>
    </message>
</context>
<context>
    <name>Folio::ItemActions</name>
    <message>
        <source>Quick Look</source>
        <translation>Coup d&apos;œil</translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Export Original…</source>
        <translation>Exporter l&apos;original…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Find Similar</source>
        <translation>Rechercher des éléments similaires</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>Placer dans la corbeille</translation>
    </message>
    <message>
        <source>Put Back</source>
        <translation>Remettre</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Open a read-only copy in the default application</source>
        <translation>Ouvrir une copie en lecture seule dans l&apos;application par défaut</translation>
    </message>
    <message>
        <source>Cannot make the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>No application opens %1.</source>
        <translation>Aucune application n&apos;ouvre %1.</translation>
    </message>
    <message>
        <source>Opened a read-only copy: %1</source>
        <translation>Copie en lecture seule ouverte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Export Original</source>
        <translation>Exporter l&apos;original</translation>
    </message>
    <message numerus="yes">
        <source>Export %n Originals To</source>
        <translation>
            <numerusform>Exporter %n original vers</numerusform>
            <numerusform>Exporter %n originaux vers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n original(s).</source>
        <translation>
            <numerusform>%n original exporté.</numerusform>
            <numerusform>%n originaux exportés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Similar to “%1”</source>
        <translation>Similaires à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n item(s) to the Trash.</source>
        <translation>
            <numerusform>%n élément placé dans la corbeille.</numerusform>
            <numerusform>%n éléments placés dans la corbeille.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Put back %n item(s).</source>
        <translation>
            <numerusform>%n élément remis en place.</numerusform>
            <numerusform>%n éléments remis en place.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy Link</source>
        <translation>Copier le lien</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Copy a folio:// link that opens the item in Folio</source>
        <translation>Copier un lien folio:// qui ouvre l&apos;élément dans Folio</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n link(s).</source>
        <translation>
            <numerusform>%n lien copié.</numerusform>
            <numerusform>%n liens copiés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Folio::ItemAnnotations</name>
    <message>
        <source>A rating has 0 to 5 stars, not %1.</source>
        <translation>Une note compte de 0 à 5 étoiles, pas %1.</translation>
    </message>
    <message>
        <source>%1 is not a colour label.</source>
        <translation>%1 n&apos;est pas une étiquette de couleur.</translation>
    </message>
</context>
<context>
    <name>Folio::ItemDelegate</name>
    <message>
        <source>In review</source>
        <translation>En révision</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <source>Disposed</source>
        <translation>Éliminé</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidentiel</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Restreint</translation>
    </message>
    <message>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Doublon</translation>
    </message>
    <message>
        <source>! Failed</source>
        <translation>! Échec</translation>
    </message>
</context>
<context>
    <name>Folio::ItemDragExporter</name>
    <message>
        <source>Cannot make the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
</context>
<context>
    <name>Folio::ItemLabelRepository</name>
    <message>
        <source>A rating has 0 to 5 stars, not %1.</source>
        <translation>Une note compte de 0 à 5 étoiles, pas %1.</translation>
    </message>
    <message>
        <source>%1 is not a colour label.</source>
        <translation>%1 n&apos;est pas une étiquette de couleur.</translation>
    </message>
    <message>
        <source>Item %1 does not exist.</source>
        <translation>L&apos;élément %1 n&apos;existe pas.</translation>
    </message>
</context>
<context>
    <name>Folio::ItemLinkRepository</name>
    <message>
        <source>The link %1 does not exist (any more).</source>
        <translation>Le lien %1 n&apos;existe pas (ou plus).</translation>
    </message>
</context>
<context>
    <name>Folio::ItemOperations</name>
    <message>
        <source>Reverted to version %1</source>
        <translation>Rétabli à la version %1</translation>
    </message>
    <message>
        <source>A title cannot be empty.</source>
        <translation>Un titre ne peut pas être vide.</translation>
    </message>
    <message>
        <source>The item %1 is already in the Trash.</source>
        <translation>L&apos;élément %1 est déjà dans la corbeille.</translation>
    </message>
    <message>
        <source>The item %1 is not in the Trash.</source>
        <translation>L&apos;élément %1 n&apos;est pas dans la corbeille.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not FIELD=VALUE.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas de la forme FIELD=VALUE.</translation>
    </message>
    <message>
        <source>The field %1 applies to %2s only, and item %3 is a %4.</source>
        <translation>Le champ %1 ne s&apos;applique qu&apos;aux %2, et l&apos;élément %3 est de type %4.</translation>
    </message>
</context>
<context>
    <name>Folio::ItemRepository</name>
    <message>
        <source>There is no item %1.</source>
        <translation>Il n&apos;existe aucun élément %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an item id: give the id, or at least its last 6 characters.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un identifiant d&apos;élément&#xa0;: indiquez l&apos;identifiant, ou au moins ses 6 derniers caractères.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches more than one item; give more of the id.</source>
        <translation>«&#xa0;%1&#xa0;» correspond à plusieurs éléments&#xa0;; indiquez une plus grande partie de l&apos;identifiant.</translation>
    </message>
    <message>
        <source>Items have no column %1.</source>
        <translation>Les éléments n&apos;ont pas de colonne %1.</translation>
    </message>
</context>
<context>
    <name>Folio::ItemWindowModel</name>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En révision</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <source>Disposed</source>
        <translation>Éliminé</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Interne</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidentiel</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Restreint</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Créateur</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>Folio::LegacyOfficeConverter</name>
    <message>
        <source>%1 is not a legacy Office file (%2).</source>
        <translation>%1 n&apos;est pas un ancien fichier Office (%2).</translation>
    </message>
    <message>
        <source>Cannot convert %1: no temporary folder for the converter: %2</source>
        <translation>Impossible de convertir %1&#xa0;: aucun dossier temporaire pour le convertisseur&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot convert %1: cannot make folders in %2</source>
        <translation>Impossible de convertir %1&#xa0;: impossible de créer des dossiers dans %2</translation>
    </message>
    <message>
        <source>Cannot convert %1: cannot copy it for the converter.</source>
        <translation>Impossible de convertir %1&#xa0;: impossible de le copier pour le convertisseur.</translation>
    </message>
    <message>
        <source>Cannot convert %1: the converter %2 did not start: %3</source>
        <translation>Impossible de convertir %1&#xa0;: le convertisseur %2 n&apos;a pas démarré&#xa0;: %3</translation>
    </message>
    <message>
        <source>Converting %1 to PDF took longer than %2 s; the converter was stopped.</source>
        <translation>La conversion de %1 en PDF a pris plus de %2 s&#xa0;; le convertisseur a été arrêté.</translation>
    </message>
    <message>
        <source>The converter could not convert %1 to PDF (exit status %2).</source>
        <translation>Le convertisseur n&apos;a pas pu convertir %1 en PDF (code de sortie %2).</translation>
    </message>
    <message>
        <source>The converter wrote no PDF for %1.</source>
        <translation>Le convertisseur n&apos;a écrit aucun PDF pour %1.</translation>
    </message>
</context>
<context>
    <name>Folio::Library</name>
    <message>
        <source>%1 is not a Folio library (no %2 in it).</source>
        <translation>%1 n&apos;est pas une bibliothèque Folio (%2 n&apos;y figure pas).</translation>
    </message>
    <message>
        <source>%1 is already a Folio library.</source>
        <translation>%1 est déjà une bibliothèque Folio.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 est un fichier, pas un dossier.</translation>
    </message>
    <message>
        <source>%1 is not empty and is not a Folio library; choose an empty or new folder.</source>
        <translation>%1 n&apos;est pas vide et n&apos;est pas une bibliothèque Folio&#xa0;; choisissez un dossier vide ou nouveau.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot open the library %1: %2 (%3).</source>
        <translation>Impossible d&apos;ouvrir la bibliothèque %1&#xa0;: %2 (%3).</translation>
    </message>
    <message>
        <source>Cannot lock the library %1: %2.</source>
        <translation>Impossible de verrouiller la bibliothèque %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Cannot create a library in %1: the folder is read-only.</source>
        <translation>Impossible de créer une bibliothèque dans %1&#xa0;: le dossier est en lecture seule.</translation>
    </message>
    <message>
        <source>The library %1 needs an upgrade to schema version %2, but it is read-only.</source>
        <translation>La bibliothèque %1 doit être mise à niveau vers la version de schéma %2, mais elle est en lecture seule.</translation>
    </message>
    <message>
        <source>The library %1 is read-only: nothing can be changed.</source>
        <translation>La bibliothèque %1 est en lecture seule&#xa0;: rien ne peut être modifié.</translation>
    </message>
</context>
<context>
    <name>Folio::LibraryBackup</name>
    <message>
        <source>%1 exists and is not an empty folder.</source>
        <translation>%1 existe et n&apos;est pas un dossier vide.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>%1 is not a Folio backup (no %2 in it).</source>
        <translation>%1 n&apos;est pas une sauvegarde Folio (%2 n&apos;y figure pas).</translation>
    </message>
    <message>
        <source>Could not copy %1 into %2.</source>
        <translation>Impossible de copier %1 dans %2.</translation>
    </message>
    <message>
        <source>The restored library %1 does not verify: %2</source>
        <translation>La bibliothèque restaurée %1 ne passe pas la vérification&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Folio::LibraryGenerator</name>
    <message>
        <source>Could not make a temporary folder for the generated files.</source>
        <translation>Impossible de créer un dossier temporaire pour les fichiers générés.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not write the text file %1: %2</source>
        <translation>Impossible d&apos;écrire le fichier texte %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Generating needs a number of items (0 or more), a batch size and a blob pool size of 1 or more.</source>
        <translation>La génération nécessite un nombre d&apos;éléments (0 ou plus), une taille de lot et une taille de réserve de blobs de 1 ou plus.</translation>
    </message>
    <message>
        <source>The library %1 is read-only: nothing can be generated in it.</source>
        <translation>La bibliothèque %1 est en lecture seule&#xa0;: rien ne peut y être généré.</translation>
    </message>
    <message>
        <source>Could not create the folder %1 for the text files.</source>
        <translation>Impossible de créer le dossier %1 pour les fichiers texte.</translation>
    </message>
    <message>
        <source>The library %1 holds the items of seed %2 already; generate with another seed.</source>
        <translation>La bibliothèque %1 contient déjà les éléments de la graine %2&#xa0;; générez avec une autre graine.</translation>
    </message>
</context>
<context>
    <name>Folio::LibrarySearch</name>
    <message>
        <source>Cannot create the folder of the search index %1</source>
        <translation>Impossible de créer le dossier de l&apos;index de recherche %1</translation>
    </message>
</context>
<context>
    <name>Folio::LibraryVerifier</name>
    <message>
        <source>The blob %1 (%2) is %3.</source>
        <translation>Le blob %1 (%2) est %3.</translation>
    </message>
</context>
<context>
    <name>Folio::MainWindow</name>
    <message>
        <source>%1 — Folio</source>
        <translation>%1 — Folio</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>No items.</source>
        <translation>Aucun élément.</translation>
    </message>
    <message>
        <source>Add Files…</source>
        <translation>Ajouter des fichiers…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Add Folder…</source>
        <translation>Ajouter un dossier…</translation>
    </message>
    <message>
        <source>New Folder…</source>
        <translation>Nouveau dossier…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>New Collection…</source>
        <translation>Nouvelle collection…</translation>
    </message>
    <message>
        <source>Open Library…</source>
        <translation>Ouvrir une bibliothèque…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Tout sélectionner</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>As Grid</source>
        <translation>En grille</translation>
    </message>
    <message>
        <source>As List</source>
        <translation>En liste</translation>
    </message>
    <message>
        <source>As Details</source>
        <translation>En détails</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation>É&amp;lément</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>About Folio</source>
        <translation>À propos de Folio</translation>
    </message>
    <message>
        <source>&lt;b&gt;Folio %1&lt;/b&gt;&lt;p&gt;Digital assets and controlled documents in one local-first library.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Folio %1&lt;/b&gt;&lt;p&gt;Ressources numériques et documents maîtrisés dans une seule bibliothèque locale.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Item count</source>
        <translation>Nombre d&apos;éléments</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Sélection</translation>
    </message>
    <message>
        <source>No photos, video, audio or design files yet.</source>
        <translation>Pas encore de photos, vidéos, fichiers audio ou de conception.</translation>
    </message>
    <message>
        <source>No documents yet.</source>
        <translation>Pas encore de documents.</translation>
    </message>
    <message>
        <source>This folder is empty.</source>
        <translation>Ce dossier est vide.</translation>
    </message>
    <message>
        <source>Drag items here to add them to this collection.</source>
        <translation>Faites glisser des éléments ici pour les ajouter à cette collection.</translation>
    </message>
    <message>
        <source>The Trash is empty.</source>
        <translation>La corbeille est vide.</translation>
    </message>
    <message>
        <source>No duplicates.</source>
        <translation>Aucun doublon.</translation>
    </message>
    <message>
        <source>Nothing matches this smart collection.</source>
        <translation>Rien ne correspond à cette collection dynamique.</translation>
    </message>
    <message>
        <source>Finding items…</source>
        <translation>Recherche des éléments…</translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation>Rien à afficher.</translation>
    </message>
    <message numerus="yes">
        <source>%n selected, %1</source>
        <translation>
            <numerusform>%n sélectionné, %1</numerusform>
            <numerusform>%n sélectionnés, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected, at least %1</source>
        <translation>
            <numerusform>%n sélectionné, au moins %1</numerusform>
            <numerusform>%n sélectionnés, au moins %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Files</source>
        <translation>Ajouter des fichiers</translation>
    </message>
    <message>
        <source>Add Folder</source>
        <translation>Ajouter un dossier</translation>
    </message>
    <message numerus="yes">
        <source>Added %n file(s)</source>
        <translation>
            <numerusform>%n fichier ajouté</numerusform>
            <numerusform>%n fichiers ajoutés</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Library</source>
        <translation>Ouvrir une bibliothèque</translation>
    </message>
    <message>
        <source>%1 is not a Folio library.</source>
        <translation>%1 n&apos;est pas une bibliothèque Folio.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>Réglages…</translation>
    </message>
    <message>
        <source>the library</source>
        <translation>la bibliothèque</translation>
    </message>
    <message>
        <source>the collection “%1”</source>
        <translation>la collection «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n file(s) added before</source>
        <translation>
            <numerusform>Annulé&#xa0;: %n fichier ajouté auparavant</numerusform>
            <numerusform>Annulé&#xa0;: %n fichiers ajoutés auparavant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n file(s); some failed — see Tasks</source>
        <translation>
            <numerusform>%n fichier ajouté&#xa0;; certains ont échoué — voir Tâches</numerusform>
            <numerusform>%n fichiers ajoutés&#xa0;; certains ont échoué — voir Tâches</numerusform>
        </translation>
    </message>
    <message>
        <source>This library is read-only: nothing can be added to it.</source>
        <translation>Cette bibliothèque est en lecture seule&#xa0;: rien ne peut y être ajouté.</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspecteur</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Show or hide the inspector (%1)</source>
        <translation>Afficher ou masquer l&apos;inspecteur (%1)</translation>
    </message>
    <message>
        <source>Linked item: %1</source>
        <translation>Élément lié&#xa0;: %1</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Rechercher…</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Save Search as Smart Collection…</source>
        <translation>Enregistrer la recherche comme collection dynamique…</translation>
    </message>
    <message>
        <source>Saved the smart collection “%1”.</source>
        <translation>La collection dynamique «&#xa0;%1&#xa0;» a été enregistrée.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Rien ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) for “%1”.</source>
        <translation>
            <numerusform>%n résultat pour «&#xa0;%1&#xa0;».</numerusform>
            <numerusform>%n résultats pour «&#xa0;%1&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a search first: a smart collection is a saved search.</source>
        <translation>Saisissez d&apos;abord une recherche&#xa0;: une collection dynamique est une recherche enregistrée.</translation>
    </message>
    <message>
        <source>Save as Smart Collection</source>
        <translation>Enregistrer comme collection dynamique</translation>
    </message>
    <message>
        <source>Name of the smart collection for “%1”:</source>
        <translation>Nom de la collection dynamique pour «&#xa0;%1&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>The link %1 names no item of this library: %2</source>
        <translation>Le lien %1 ne désigne aucun élément de cette bibliothèque&#xa0;: %2</translation>
    </message>
    <message>
        <source>Linked item “%1”</source>
        <translation>Élément lié «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 is not a link to an item (folio://item/&lt;id&gt;).</source>
        <translation>%1 n&apos;est pas un lien vers un élément (folio://item/&lt;id&gt;).</translation>
    </message>
    <message>
        <source>Cannot add %1: it does not exist.</source>
        <translation>Impossible d&apos;ajouter %1&#xa0;: il n&apos;existe pas.</translation>
    </message>
</context>
<context>
    <name>Folio::MediaExtractor</name>
    <message>
        <source>%1 (poster frame)</source>
        <translation>%1 (image d&apos;affiche)</translation>
    </message>
    <message>
        <source>%1: no frame of the video could be decoded</source>
        <translation>%1&#xa0;: aucune image de la vidéo n&apos;a pu être décodée</translation>
    </message>
    <message>
        <source>%1: the video&apos;s length is unknown, so it has no filmstrip</source>
        <translation>%1&#xa0;: la durée de la vidéo est inconnue, elle n&apos;a donc pas de pellicule</translation>
    </message>
    <message>
        <source>%1: the filmstrip could not be made</source>
        <translation>%1&#xa0;: la pellicule n&apos;a pas pu être créée</translation>
    </message>
    <message>
        <source>%1: the audio has no sample rate, so it has no waveform</source>
        <translation>%1&#xa0;: l&apos;audio n&apos;a pas de fréquence d&apos;échantillonnage, il n&apos;a donc pas de forme d&apos;onde</translation>
    </message>
    <message>
        <source>%1: the audio cannot be mixed to mono</source>
        <translation>%1&#xa0;: l&apos;audio ne peut pas être mixé en mono</translation>
    </message>
    <message>
        <source>%1: the waveform shows only the first %2 s of the audio: Folio stops after %3 s of audio or %4 s of decoding</source>
        <translation>%1&#xa0;: la forme d&apos;onde ne montre que les %2 premières secondes de l&apos;audio&#xa0;: Folio s&apos;arrête après %3 s d&apos;audio ou %4 s de décodage</translation>
    </message>
    <message>
        <source>%1: the audio ends after %2 s of the %3 s it declares; the file may be truncated</source>
        <translation>%1&#xa0;: l&apos;audio s&apos;arrête après %2 s sur les %3 s annoncées&#xa0;; le fichier est peut-être tronqué</translation>
    </message>
    <message>
        <source>%1 (waveform)</source>
        <translation>%1 (forme d&apos;onde)</translation>
    </message>
    <message>
        <source>%1: could not be read within %2 s</source>
        <translation>%1&#xa0;: n&apos;a pas pu être lu en %2 s</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1&#xa0;: fichier introuvable</translation>
    </message>
    <message>
        <source>%1: cannot be read</source>
        <translation>%1&#xa0;: illisible</translation>
    </message>
    <message>
        <source>%1: not an audio or video format Folio reads</source>
        <translation>%1&#xa0;: pas un format audio ou vidéo que Folio sait lire</translation>
    </message>
    <message>
        <source>%1: the %2 file is damaged and cannot be read</source>
        <translation>%1&#xa0;: le fichier %2 est endommagé et ne peut pas être lu</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1&#xa0;: le fichier est vide</translation>
    </message>
    <message>
        <source>%1: out of memory</source>
        <translation>%1&#xa0;: mémoire insuffisante</translation>
    </message>
    <message>
        <source>%1: its streams could not be analysed: %2</source>
        <translation>%1&#xa0;: ses flux n&apos;ont pas pu être analysés&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: holds no audio or video</source>
        <translation>%1&#xa0;: ne contient ni audio ni vidéo</translation>
    </message>
    <message>
        <source>%1 (cover art)</source>
        <translation>%1 (pochette)</translation>
    </message>
    <message>
        <source>%1: stopped after %2 s; some renditions are missing</source>
        <translation>%1&#xa0;: arrêté après %2 s&#xa0;; certains rendus sont manquants</translation>
    </message>
    <message>
        <source>%1: FFmpeg: %2</source>
        <translation>%1&#xa0;: FFmpeg&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: FFmpeg reported %n more problem(s)</source>
        <translation>
            <numerusform>%1&#xa0;: FFmpeg a signalé %n autre problème</numerusform>
            <numerusform>%1&#xa0;: FFmpeg a signalé %n autres problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: only its first %2 tags were read</source>
        <translation>%1&#xa0;: seules ses %2 premières balises ont été lues</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n damaged packet(s) were skipped</source>
        <translation>
            <numerusform>%1&#xa0;: %n paquet endommagé a été ignoré</numerusform>
            <numerusform>%1&#xa0;: %n paquets endommagés ont été ignorés</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: its %2 × %3 frames are outside the limit of %4 pixels a side; none was decoded</source>
        <translation>%1&#xa0;: ses images de %2 × %3 dépassent la limite de %4 pixels par côté&#xa0;; aucune n&apos;a été décodée</translation>
    </message>
    <message>
        <source>%1: no waveform: no audio could be decoded</source>
        <translation>%1&#xa0;: pas de forme d&apos;onde&#xa0;: aucun audio n&apos;a pu être décodé</translation>
    </message>
    <message>
        <source>%1: not a regular file</source>
        <translation>%1&#xa0;: pas un fichier ordinaire</translation>
    </message>
</context>
<context>
    <name>Folio::MetadataBatch</name>
    <message>
        <source>The field %1 applies to %2s only, and item %3 is a %4.</source>
        <translation>Le champ %1 ne s&apos;applique qu&apos;aux %2, et l&apos;élément %3 est de type %4.</translation>
    </message>
</context>
<context>
    <name>Folio::MetadataEditCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message numerus="yes">
        <source>Edit %1 of %n items</source>
        <translation>
            <numerusform>Modifier %1 de %n élément</numerusform>
            <numerusform>Modifier %1 de %n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>The change to %1 cannot be undone or redone: its library is closed.</source>
        <translation>La modification de %1 ne peut être ni annulée ni rétablie&#xa0;: sa bibliothèque est fermée.</translation>
    </message>
</context>
<context>
    <name>Folio::MetadataEditor</name>
    <message>
        <source>Metadata fields</source>
        <translation>Champs de métadonnées</translation>
    </message>
    <message>
        <source>Scroll the metadata fields</source>
        <translation>Faire défiler les champs de métadonnées</translation>
    </message>
    <message>
        <source>Scroll the metadata fields sideways</source>
        <translation>Faire défiler les champs de métadonnées horizontalement</translation>
    </message>
    <message>
        <source>No item selected.</source>
        <translation>Aucun élément sélectionné.</translation>
    </message>
    <message>
        <source>Reading metadata…</source>
        <translation>Lecture des métadonnées…</translation>
    </message>
    <message>
        <source>The library is read-only: metadata can be viewed, not changed.</source>
        <translation>La bibliothèque est en lecture seule&#xa0;: les métadonnées peuvent être consultées, pas modifiées.</translation>
    </message>
    <message numerus="yes">
        <source>%n items selected. The library is read-only: metadata can be viewed, not changed.</source>
        <translation>
            <numerusform>%n élément sélectionné. La bibliothèque est en lecture seule&#xa0;: les métadonnées peuvent être consultées, pas modifiées.</numerusform>
            <numerusform>%n éléments sélectionnés. La bibliothèque est en lecture seule&#xa0;: les métadonnées peuvent être consultées, pas modifiées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Editing %n items: a value you change goes to every one of them.</source>
        <translation>
            <numerusform>Modification de %n élément&#xa0;: une valeur modifiée s&apos;applique à chacun d&apos;eux.</numerusform>
            <numerusform>Modification de %n éléments&#xa0;: une valeur modifiée s&apos;applique à chacun d&apos;eux.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Folio::MetadataFieldEditor</name>
    <message>
        <source>%1 *</source>
        <comment>a required field&apos;s label</comment>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (obligatoire)</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Error in %1</source>
        <translation>Erreur dans %1</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
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
        <source>Mixed values</source>
        <translation>Valeurs multiples</translation>
    </message>
    <message>
        <source>Terms, separated by commas</source>
        <translation>Termes, séparés par des virgules</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Item id</source>
        <translation>Identifiant de l&apos;élément</translation>
    </message>
</context>
<context>
    <name>Folio::MetadataValidator</name>
    <message>
        <source>&quot;%1&quot; is not a value of the field %2 (its vocabulary &quot;%3&quot; is closed).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une valeur du champ %2 (son vocabulaire «&#xa0;%3&#xa0;» est fermé).</translation>
    </message>
    <message>
        <source>The field %1 is required and cannot be empty.</source>
        <translation>Le champ %1 est obligatoire et ne peut pas être vide.</translation>
    </message>
    <message>
        <source>The field %1 takes a number, not &quot;%2&quot;.</source>
        <translation>Le champ %1 attend un nombre, pas «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The field %1 takes a date like 2025-03-31 (or an ISO date-time), not &quot;%2&quot;.</source>
        <translation>Le champ %1 attend une date comme 2025-03-31 (ou une date-heure ISO), pas «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The field %1 takes yes or no, not &quot;%2&quot;.</source>
        <translation>Le champ %1 attend oui ou non, pas «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The field %1 refers to an item, and there is no item %2.</source>
        <translation>Le champ %1 fait référence à un élément, et il n&apos;existe aucun élément %2.</translation>
    </message>
</context>
<context>
    <name>Folio::OcrEngine</name>
    <message>
        <source>&quot;%1&quot; is not a list of OCR languages such as eng or eng+deu.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une liste de langues OCR telle que eng ou eng+deu.</translation>
    </message>
    <message>
        <source>No OCR language data is installed: install the package tesseract-ocr-eng, or set TESSDATA_PREFIX to a folder of .traineddata files.</source>
        <translation>Aucune donnée de langue OCR n&apos;est installée&#xa0;: installez le paquet tesseract-ocr-eng, ou définissez TESSDATA_PREFIX sur un dossier de fichiers .traineddata.</translation>
    </message>
    <message>
        <source>The folder of OCR language data &quot;%1&quot; does not exist.</source>
        <translation>Le dossier de données de langue OCR «&#xa0;%1&#xa0;» n&apos;existe pas.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>The OCR language %1 is not installed (installed: %2).</source>
        <translation>La langue OCR %1 n&apos;est pas installée (installées&#xa0;: %2).</translation>
    </message>
    <message>
        <source>The OCR languages %1 are not installed (installed: %2).</source>
        <translation>Les langues OCR %1 ne sont pas installées (installées&#xa0;: %2).</translation>
    </message>
    <message>
        <source>Looked in %1; on Debian, install %2.</source>
        <translation>Recherché dans %1&#xa0;; sous Debian, installez %2.</translation>
    </message>
    <message>
        <source>The OCR language data for &quot;%1&quot; cannot be loaded: it is damaged, or made for another version of Tesseract.</source>
        <translation>Les données de langue OCR pour «&#xa0;%1&#xa0;» ne peuvent pas être chargées&#xa0;: elles sont endommagées ou destinées à une autre version de Tesseract.</translation>
    </message>
    <message>
        <source>Tesseract could not start for &quot;%1&quot;.</source>
        <translation>Tesseract n&apos;a pas pu démarrer pour «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>There is no image to read text from.</source>
        <translation>Il n&apos;y a aucune image dont lire le texte.</translation>
    </message>
    <message>
        <source>The image is %1 x %2 pixels: OCR reads at most %3 million pixels and %4 pixels a side.</source>
        <translation>L&apos;image fait %1 x %2 pixels&#xa0;: l&apos;OCR lit au plus %3 millions de pixels et %4 pixels par côté.</translation>
    </message>
    <message>
        <source>OCR was cancelled.</source>
        <translation>L&apos;OCR a été annulée.</translation>
    </message>
    <message>
        <source>OCR ran out of time before it started.</source>
        <translation>L&apos;OCR a manqué de temps avant de commencer.</translation>
    </message>
    <message>
        <source>The image of %1 x %2 pixels could not be converted to gray: out of memory.</source>
        <translation>L&apos;image de %1 x %2 pixels n&apos;a pas pu être convertie en niveaux de gris&#xa0;: mémoire insuffisante.</translation>
    </message>
    <message>
        <source>OCR ran out of time: the page was not read to its end.</source>
        <translation>L&apos;OCR a manqué de temps&#xa0;: la page n&apos;a pas été lue jusqu&apos;au bout.</translation>
    </message>
    <message>
        <source>Tesseract could not read the image of %1 x %2 pixels.</source>
        <translation>Tesseract n&apos;a pas pu lire l&apos;image de %1 x %2 pixels.</translation>
    </message>
    <message>
        <source>Tesseract failed on the image of %1 x %2 pixels.</source>
        <translation>Tesseract a échoué sur l&apos;image de %1 x %2 pixels.</translation>
    </message>
</context>
<context>
    <name>Folio::OcrJob</name>
    <message>
        <source>The OCR language &quot;%1&quot; is not installed (installed: %2).</source>
        <translation>La langue OCR «&#xa0;%1&#xa0;» n&apos;est pas installée (installées&#xa0;: %2).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>OCR read page %1 with a confidence of only %2%: its text may be garbled (another language? folioctl ocr --lang)</source>
        <translation>L&apos;OCR a lu la page %1 avec une confiance de seulement %2&#xa0;%&#xa0;: son texte est peut-être incohérent (une autre langue&#xa0;? folioctl ocr --lang)</translation>
    </message>
    <message>
        <source>OCR failed: %1</source>
        <translation>Échec de l&apos;OCR&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Folio::OfficeExtractor</name>
    <message>
        <source>The text of %1 is longer than %2 characters; the rest was left out.</source>
        <translation>Le texte de %1 dépasse %2 caractères&#xa0;; la suite a été omise.</translation>
    </message>
    <message>
        <source>%1: the part %2 is damaged (%3, line %4); what follows the damage was left out.</source>
        <translation>%1&#xa0;: la partie %2 est endommagée (%3, ligne %4)&#xa0;; ce qui suit le dommage a été omis.</translation>
    </message>
    <message>
        <source>%1 inflates to more than %2; reading stopped there.</source>
        <translation>%1 dépasse %2 une fois décompressé&#xa0;; la lecture s&apos;est arrêtée là.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 n&apos;a pas pu être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a readable zip package.</source>
        <translation>%1 n&apos;est pas un paquet zip lisible.</translation>
    </message>
    <message>
        <source>%1 is damaged; what follows the damage was left out (%2).</source>
        <translation>%1 est endommagé&#xa0;; ce qui suit le dommage a été omis (%2).</translation>
    </message>
    <message>
        <source>%1 has more than %2 members; the rest were left out.</source>
        <translation>%1 contient plus de %2 membres&#xa0;; les autres ont été omis.</translation>
    </message>
    <message>
        <source>%1 is damaged and a member larger than %2 stands in the way; the rest was left out.</source>
        <translation>%1 est endommagé et un membre de plus de %2 fait obstacle&#xa0;; le reste a été omis.</translation>
    </message>
    <message>
        <source>The thumbnail in %1 is larger than %2 and was not read.</source>
        <translation>La vignette de %1 dépasse %2 et n&apos;a pas été lue.</translation>
    </message>
    <message>
        <source>%1: the part %2 is larger than %3; only its beginning was read.</source>
        <translation>%1&#xa0;: la partie %2 dépasse %3&#xa0;; seul son début a été lu.</translation>
    </message>
    <message>
        <source>%1: the part %2 is damaged (%3); only its beginning was read.</source>
        <translation>%1&#xa0;: la partie %2 est endommagée (%3)&#xa0;; seul son début a été lu.</translation>
    </message>
    <message>
        <source>The thumbnail in %1 could not be read: %2</source>
        <translation>La vignette de %1 n&apos;a pas pu être lue&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 holds none of its format&apos;s parts; it is damaged or no such document.</source>
        <translation>%1 ne contient aucune des parties de son format&#xa0;; il est endommagé ou n&apos;est pas un tel document.</translation>
    </message>
    <message>
        <source>%1 lacks the part that holds its document; only what else it holds was read.</source>
        <translation>Il manque à %1 la partie qui contient son document&#xa0;; seul le reste de son contenu a été lu.</translation>
    </message>
    <message>
        <source>%1 is of a type (%2) the office reader does not read.</source>
        <translation>%1 est d&apos;un type (%2) que le lecteur Office ne lit pas.</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 n&apos;a pas pu être ouvert&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 n&apos;est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>%1 declares %2 members, more than the %3 Folio reads from a package.</source>
        <translation>%1 déclare %2 membres, plus que les %3 que Folio lit dans un paquet.</translation>
    </message>
    <message>
        <source>%1 has no zip directory: it was probably cut short, and was read as far as it goes.</source>
        <translation>%1 n&apos;a pas de répertoire zip&#xa0;: il a probablement été tronqué, et a été lu aussi loin que possible.</translation>
    </message>
    <message>
        <source>The shared strings of %1 hold more than %2 characters; the rest were left out.</source>
        <translation>Les chaînes partagées de %1 contiennent plus de %2 caractères&#xa0;; la suite a été omise.</translation>
    </message>
</context>
<context>
    <name>Folio::PageRender</name>
    <message>
        <source>Cannot show &quot;%1&quot;: it is not a PDF, or it is damaged beyond repair.</source>
        <translation>Impossible d&apos;afficher «&#xa0;%1&#xa0;»&#xa0;: ce n&apos;est pas un PDF, ou il est endommagé de manière irréparable.</translation>
    </message>
    <message>
        <source>Cannot show &quot;%1&quot;: it is encrypted, and no password was given.</source>
        <translation>Impossible d&apos;afficher «&#xa0;%1&#xa0;»&#xa0;: il est chiffré, et aucun mot de passe n&apos;a été fourni.</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: wrong password.</source>
        <translation>Impossible d&apos;ouvrir «&#xa0;%1&#xa0;»&#xa0;: mot de passe incorrect.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; has no page %2: it has %n page(s).</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» n&apos;a pas de page %2&#xa0;: il a %n page.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» n&apos;a pas de page %2&#xa0;: il a %n pages.</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 of &quot;%2&quot; could not be read.</source>
        <translation>La page %1 de «&#xa0;%2&#xa0;» n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <source>Page %1 of &quot;%2&quot; has no usable size: it cannot be shown.</source>
        <translation>La page %1 de «&#xa0;%2&#xa0;» n&apos;a pas de taille utilisable&#xa0;: elle ne peut pas être affichée.</translation>
    </message>
    <message>
        <source>Page %1 of &quot;%2&quot; measures %3 x %4 cm, larger than any paper: it is not shown.</source>
        <translation>La page %1 de «&#xa0;%2&#xa0;» mesure %3 x %4 cm, plus que tout format de papier&#xa0;: elle n&apos;est pas affichée.</translation>
    </message>
    <message>
        <source>Page %1 of &quot;%2&quot; is shown smaller, within %3 megapixels.</source>
        <translation>La page %1 de «&#xa0;%2&#xa0;» est affichée en plus petit, dans la limite de %3 mégapixels.</translation>
    </message>
    <message numerus="yes">
        <source>Page %1 of &quot;%2&quot; took longer than %n second(s) to draw.</source>
        <translation>
            <numerusform>Le dessin de la page %1 de «&#xa0;%2&#xa0;» a pris plus de %n seconde.</numerusform>
            <numerusform>Le dessin de la page %1 de «&#xa0;%2&#xa0;» a pris plus de %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 of &quot;%2&quot; could not be drawn.</source>
        <translation>La page %1 de «&#xa0;%2&#xa0;» n&apos;a pas pu être dessinée.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be decoded as %2: %3</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être décodé en tant que %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Page %1 of &quot;%2&quot; cannot be decoded: %3</source>
        <translation>La page %1 de «&#xa0;%2&#xa0;» ne peut pas être décodée&#xa0;: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 × %3 pixels, over the limit of %4 megapixels: it is not shown.</source>
        <translation>«&#xa0;%1&#xa0;» fait %2 × %3 pixels, au-delà de la limite de %4 mégapixels&#xa0;: il n&apos;est pas affiché.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be decoded: %2</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être décodé&#xa0;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is shown from the camera&apos;s embedded preview.</source>
        <translation>«&#xa0;%1&#xa0;» est affiché à partir de l&apos;aperçu intégré de l&apos;appareil photo.</translation>
    </message>
    <message>
        <source>Only the first page of &quot;%1&quot; can be shown.</source>
        <translation>Seule la première page de «&#xa0;%1&#xa0;» peut être affichée.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be drawn.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas pu être dessiné.</translation>
    </message>
    <message>
        <source>Cannot write the picture of &quot;%1&quot;: %2</source>
        <translation>Impossible d&apos;écrire l&apos;image de «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty: there is nothing to show.</source>
        <translation>«&#xa0;%1&#xa0;» est vide&#xa0;: il n&apos;y a rien à afficher.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2: Folio draws only PDF pages and images.</source>
        <translation>«&#xa0;%1&#xa0;» est %2&#xa0;: Folio ne dessine que des pages PDF et des images.</translation>
    </message>
</context>
<context>
    <name>Folio::PageRenderer</name>
    <message>
        <source>Cannot show &quot;%1&quot;: its picture could not be read back (%2).</source>
        <translation>Impossible d&apos;afficher «&#xa0;%1&#xa0;»&#xa0;: son image n&apos;a pas pu être relue (%2).</translation>
    </message>
    <message>
        <source>Cannot show &quot;%1&quot;: no temporary folder could be made (%2).</source>
        <translation>Impossible d&apos;afficher «&#xa0;%1&#xa0;»&#xa0;: aucun dossier temporaire n&apos;a pu être créé (%2).</translation>
    </message>
    <message>
        <source>Cannot show &quot;%1&quot;: %2</source>
        <translation>Impossible d&apos;afficher «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Folio::PdfDocuments</name>
    <message>
        <source>&quot;%1&quot; does not exist.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: it is not a regular file.</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: ce n&apos;est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2</source>
        <translation>Impossible d&apos;ouvrir «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Folio::PdfExtractor</name>
    <message numerus="yes">
        <source> (and %n more)</source>
        <translation>
            <numerusform> (et %n autre)</numerusform>
            <numerusform> (et %n autres)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 octets)</translation>
    </message>
    <message>
        <source>%1 (size unknown)</source>
        <translation>%1 (taille inconnue)</translation>
    </message>
    <message numerus="yes">
        <source>The text of &quot;%1&quot; stops on page %2 of %3: it is longer than %n characters.</source>
        <translation>
            <numerusform>Le texte de «&#xa0;%1&#xa0;» s&apos;arrête à la page %2 sur %3&#xa0;: il dépasse %n caractère.</numerusform>
            <numerusform>Le texte de «&#xa0;%1&#xa0;» s&apos;arrête à la page %2 sur %3&#xa0;: il dépasse %n caractères.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) of &quot;%1&quot; could not be read.</source>
        <translation>
            <numerusform>%n page de «&#xa0;%1&#xa0;» n&apos;a pas pu être lue.</numerusform>
            <numerusform>%n pages de «&#xa0;%1&#xa0;» n&apos;ont pas pu être lues.</numerusform>
        </translation>
    </message>
    <message>
        <source>Page 1 of &quot;%1&quot; could not be read: no preview.</source>
        <translation>La page 1 de «&#xa0;%1&#xa0;» n&apos;a pas pu être lue&#xa0;: pas d&apos;aperçu.</translation>
    </message>
    <message>
        <source>Page 1 of &quot;%1&quot; has no usable size: no preview.</source>
        <translation>La page 1 de «&#xa0;%1&#xa0;» n&apos;a pas de taille utilisable&#xa0;: pas d&apos;aperçu.</translation>
    </message>
    <message>
        <source>Page 1 of &quot;%1&quot; measures %2 x %3 cm, larger than any paper: it is not rendered.</source>
        <translation>La page 1 de «&#xa0;%1&#xa0;» mesure %2 x %3 cm, plus que tout format de papier&#xa0;: elle n&apos;est pas rendue.</translation>
    </message>
    <message numerus="yes">
        <source>Page 1 of &quot;%1&quot; took longer than %n second(s) to render: no preview.</source>
        <translation>
            <numerusform>Le rendu de la page 1 de «&#xa0;%1&#xa0;» a pris plus de %n seconde&#xa0;: pas d&apos;aperçu.</numerusform>
            <numerusform>Le rendu de la page 1 de «&#xa0;%1&#xa0;» a pris plus de %n secondes&#xa0;: pas d&apos;aperçu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Page 1 of &quot;%1&quot; could not be rendered: no preview.</source>
        <translation>La page 1 de «&#xa0;%1&#xa0;» n&apos;a pas pu être rendue&#xa0;: pas d&apos;aperçu.</translation>
    </message>
    <message>
        <source>Page 1 of &quot;%1&quot; could not be encoded: no preview.</source>
        <translation>La page 1 de «&#xa0;%1&#xa0;» n&apos;a pas pu être encodée&#xa0;: pas d&apos;aperçu.</translation>
    </message>
    <message>
        <source>Page 1 of &quot;%1&quot; gave no preview: %2</source>
        <translation>La page 1 de «&#xa0;%1&#xa0;» n&apos;a donné aucun aperçu&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: it is not a PDF, or it is damaged beyond repair.</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: ce n&apos;est pas un PDF, ou il est endommagé de manière irréparable.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is encrypted: its text and pages can be read only with its password.</source>
        <translation>«&#xa0;%1&#xa0;» est chiffré&#xa0;: son texte et ses pages ne peuvent être lus qu&apos;avec son mot de passe.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains JavaScript (never run).</source>
        <translation>«&#xa0;%1&#xa0;» contient du JavaScript (jamais exécuté).</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: wrong password.</source>
        <translation>Impossible d&apos;ouvrir «&#xa0;%1&#xa0;»&#xa0;: mot de passe incorrect.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no pages.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a aucune page.</translation>
    </message>
    <message>
        <source>The cross-reference table of &quot;%1&quot; is damaged; Poppler rebuilt it.</source>
        <translation>La table des références croisées de «&#xa0;%1&#xa0;» est endommagée&#xa0;; Poppler l&apos;a reconstruite.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged; Poppler reported: %2</source>
        <translation>«&#xa0;%1&#xa0;» est endommagé&#xa0;; Poppler a signalé&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Folio::PdfPageRasterizer</name>
    <message>
        <source>Cannot read &quot;%1&quot;: it is not a PDF, or it is damaged beyond repair.</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: ce n&apos;est pas un PDF, ou il est endommagé de manière irréparable.</translation>
    </message>
    <message>
        <source>Cannot render &quot;%1&quot;: it is encrypted, and no password was given.</source>
        <translation>Impossible de rendre «&#xa0;%1&#xa0;»&#xa0;: il est chiffré, et aucun mot de passe n&apos;a été fourni.</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: wrong password.</source>
        <translation>Impossible d&apos;ouvrir «&#xa0;%1&#xa0;»&#xa0;: mot de passe incorrect.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; has no page %2: it has %n page(s).</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» n&apos;a pas de page %2&#xa0;: il a %n page.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» n&apos;a pas de page %2&#xa0;: il a %n pages.</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 of &quot;%2&quot; could not be read.</source>
        <translation>La page %1 de «&#xa0;%2&#xa0;» n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <source>Cannot render &quot;%1&quot; at %2 dpi: the resolution must be between 1 and %3 dpi.</source>
        <translation>Impossible de rendre «&#xa0;%1&#xa0;» à %2 ppp&#xa0;: la résolution doit être comprise entre 1 et %3 ppp.</translation>
    </message>
    <message>
        <source>Page %1 of &quot;%2&quot; has no usable size: it cannot be rendered.</source>
        <translation>La page %1 de «&#xa0;%2&#xa0;» n&apos;a pas de taille utilisable&#xa0;: elle ne peut pas être rendue.</translation>
    </message>
    <message>
        <source>Page %1 of &quot;%2&quot; measures %3 x %4 cm, larger than any paper: it is not rendered.</source>
        <translation>La page %1 de «&#xa0;%2&#xa0;» mesure %3 x %4 cm, plus que tout format de papier&#xa0;: elle n&apos;est pas rendue.</translation>
    </message>
    <message>
        <source>Rendering page %1 of &quot;%2&quot; was cancelled.</source>
        <translation>Le rendu de la page %1 de «&#xa0;%2&#xa0;» a été annulé.</translation>
    </message>
    <message numerus="yes">
        <source>Page %1 of &quot;%2&quot; took longer than %n second(s) to render.</source>
        <translation>
            <numerusform>Le rendu de la page %1 de «&#xa0;%2&#xa0;» a pris plus de %n seconde.</numerusform>
            <numerusform>Le rendu de la page %1 de «&#xa0;%2&#xa0;» a pris plus de %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 of &quot;%2&quot; could not be rendered.</source>
        <translation>La page %1 de «&#xa0;%2&#xa0;» n&apos;a pas pu être rendue.</translation>
    </message>
    <message>
        <source>Page %1 of &quot;%2&quot; could not be converted to gray: out of memory.</source>
        <translation>La page %1 de «&#xa0;%2&#xa0;» n&apos;a pas pu être convertie en niveaux de gris&#xa0;: mémoire insuffisante.</translation>
    </message>
</context>
<context>
    <name>Folio::QueryCompleter</name>
    <message>
        <source>Query completions</source>
        <translation>Complétions de requête</translation>
    </message>
</context>
<context>
    <name>Folio::QuickLook</name>
    <message>
        <source>Quick look</source>
        <translation>Coup d&apos;œil</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Scroll horizontally</source>
        <translation>Défilement horizontal</translation>
    </message>
    <message>
        <source>Scroll vertically</source>
        <translation>Défilement vertical</translation>
    </message>
    <message>
        <source>Thumbnail</source>
        <translation>Vignette</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Aucun aperçu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Only the first %1 KB are shown.</source>
        <translation>Seuls les %1 premiers Ko sont affichés.</translation>
    </message>
    <message>
        <source>The text is not UTF-8: it is shown as Windows-1252.</source>
        <translation>Le texte n&apos;est pas en UTF-8&#xa0;: il est affiché en Windows-1252.</translation>
    </message>
    <message>
        <source>this item</source>
        <translation>cet élément</translation>
    </message>
    <message>
        <source>No preview for %1</source>
        <translation>Aucun aperçu pour %1</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
</context>
<context>
    <name>Folio::QuickLookImagePane</name>
    <message>
        <source>Zoom to Fit</source>
        <translation>Ajuster à la fenêtre</translation>
    </message>
    <message>
        <source>Zoom to fit</source>
        <translation>Ajuster à la fenêtre</translation>
    </message>
    <message>
        <source>Show the whole image (Ctrl+0)</source>
        <translation>Afficher l&apos;image entière (Ctrl+0)</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100&#xa0;%</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Taille réelle</translation>
    </message>
    <message>
        <source>Show the original pixel for pixel (Ctrl+1)</source>
        <translation>Afficher l&apos;original pixel par pixel (Ctrl+1)</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>Zoom arrière (-)</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Zoom avant (+)</translation>
    </message>
    <message>
        <source>Zoom level</source>
        <translation>Niveau de zoom</translation>
    </message>
    <message>
        <source>Loading &quot;%1&quot; at full size…</source>
        <translation>Chargement de «&#xa0;%1&#xa0;» en taille réelle…</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajusté</translation>
    </message>
    <message>
        <source>Fit (%1)</source>
        <translation>Ajusté (%1)</translation>
    </message>
</context>
<context>
    <name>Folio::QuickLookImageView</name>
    <message>
        <source>Picture</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Scroll horizontally</source>
        <translation>Défilement horizontal</translation>
    </message>
    <message>
        <source>Scroll vertically</source>
        <translation>Défilement vertical</translation>
    </message>
</context>
<context>
    <name>Folio::QuickLookLoader</name>
    <message>
        <source>The preview of &quot;%1&quot; is larger than a preview may be.</source>
        <translation>L&apos;aperçu de «&#xa0;%1&#xa0;» est plus volumineux que ne peut l&apos;être un aperçu.</translation>
    </message>
    <message>
        <source>The preview of &quot;%1&quot; cannot be read: %2</source>
        <translation>L&apos;aperçu de «&#xa0;%1&#xa0;» ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Folio::QuickLookMediaPane</name>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>Artwork</source>
        <translation>Illustration</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Muet</translation>
    </message>
    <message>
        <source>Playback position</source>
        <translation>Position de lecture</translation>
    </message>
    <message>
        <source>Playback time</source>
        <translation>Temps de lecture</translation>
    </message>
    <message>
        <source>Cannot play &quot;%1&quot;: %2</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot play &quot;%1&quot;: the media cannot be read.</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: le média ne peut pas être lu.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Pause (Return)</source>
        <translation>Pause (Entrée)</translation>
    </message>
    <message>
        <source>Play (Return)</source>
        <translation>Lecture (Entrée)</translation>
    </message>
</context>
<context>
    <name>Folio::QuickLookPdfPane</name>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <source>Previous page (Page Up)</source>
        <translation>Page précédente (Page préc.)</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation>Page suivante (Page suiv.)</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Numéro de page</translation>
    </message>
    <message>
        <source>Page count</source>
        <translation>Nombre de pages</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>sur %1</translation>
    </message>
</context>
<context>
    <name>Folio::RelationRepository</name>
    <message>
        <source>Item %1 is already %2 item %3.</source>
        <translation>L&apos;élément %1 est déjà %2 l&apos;élément %3.</translation>
    </message>
</context>
<context>
    <name>Folio::Relations</name>
    <message>
        <source>%1 is not a relation type items can be linked with.</source>
        <translation>%1 n&apos;est pas un type de relation permettant de lier des éléments.</translation>
    </message>
    <message>
        <source>An item cannot be linked to itself.</source>
        <translation>Un élément ne peut pas être lié à lui-même.</translation>
    </message>
    <message>
        <source>A purged item cannot be linked.</source>
        <translation>Un élément supprimé définitivement ne peut pas être lié.</translation>
    </message>
    <message>
        <source>Item %1 is not %2 item %3 (any more).</source>
        <translation>L&apos;élément %1 n&apos;est pas (ou plus) %2 l&apos;élément %3.</translation>
    </message>
</context>
<context>
    <name>Folio::SandboxLimits</name>
    <message>
        <source>Could not set the %1 limit: %2</source>
        <translation>Impossible de définir la limite %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Folio::SavedSearches</name>
    <message>
        <source>A saved search needs a name of 1 to 200 characters.</source>
        <translation>Une recherche enregistrée doit avoir un nom de 1 à 200 caractères.</translation>
    </message>
    <message>
        <source>A saved search named “%1” exists already (use --replace to change its query).</source>
        <translation>Une recherche enregistrée nommée «&#xa0;%1&#xa0;» existe déjà (utilisez --replace pour modifier sa requête).</translation>
    </message>
    <message>
        <source>No saved search is named “%1”.</source>
        <translation>Aucune recherche enregistrée ne s&apos;appelle «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Folio::ScanClassifier</name>
    <message>
        <source>landscape</source>
        <translation>paysage</translation>
    </message>
    <message>
        <source>portrait</source>
        <translation>portrait</translation>
    </message>
    <message>
        <source>%1 dpi (inferred from its size)</source>
        <translation>%1 ppp (déduit de sa taille)</translation>
    </message>
    <message>
        <source>%1 dpi</source>
        <translation>%1 ppp</translation>
    </message>
    <message>
        <source>a scan: %1 %2 at %3</source>
        <translation>une numérisation&#xa0;: %1&#xa0;%2 à %3</translation>
    </message>
    <message>
        <source>not a scan: the image is empty</source>
        <translation>pas une numérisation&#xa0;: l&apos;image est vide</translation>
    </message>
    <message>
        <source>not a scan: the image is in colour</source>
        <translation>pas une numérisation&#xa0;: l&apos;image est en couleur</translation>
    </message>
    <message>
        <source>not a scan: it does not have a page&apos;s proportions</source>
        <translation>pas une numérisation&#xa0;: elle n&apos;a pas les proportions d&apos;une page</translation>
    </message>
    <message>
        <source>not a scan: %1 %2 at only %3</source>
        <translation>pas une numérisation&#xa0;: %1&#xa0;%2 à seulement %3</translation>
    </message>
    <message>
        <source>not a scan: too little of it is paper (a photograph?)</source>
        <translation>pas une numérisation&#xa0;: trop peu de sa surface est du papier (une photo&#xa0;?)</translation>
    </message>
</context>
<context>
    <name>Folio::SchemaJson</name>
    <message>
        <source>The vocabulary &quot;%1&quot; has a term without a value.</source>
        <translation>Le vocabulaire «&#xa0;%1&#xa0;» contient un terme sans valeur.</translation>
    </message>
    <message>
        <source>The vocabulary key &quot;%1&quot; is not valid: use lower-case letters, digits, - and _.</source>
        <translation>La clé de vocabulaire «&#xa0;%1&#xa0;» n&apos;est pas valide&#xa0;: utilisez des lettres minuscules, des chiffres, - et _.</translation>
    </message>
    <message>
        <source>The field key &quot;%1&quot; is not valid: use lower-case letters, digits, - and _.</source>
        <translation>La clé de champ «&#xa0;%1&#xa0;» n&apos;est pas valide&#xa0;: utilisez des lettres minuscules, des chiffres, - et _.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; has an unknown type &quot;%2&quot; (text, number, date, bool, enum, multi-enum, person, item).</source>
        <translation>Le champ «&#xa0;%1&#xa0;» a un type inconnu «&#xa0;%2&#xa0;» (text, number, date, bool, enum, multi-enum, person, item).</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; applies to &quot;%2&quot;; use asset, document or both.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» s&apos;applique à «&#xa0;%2&#xa0;»&#xa0;; utilisez asset, document ou both.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is an enum and needs a vocabulary.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» est une énumération et nécessite un vocabulaire.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; has an invalid alias &quot;%2&quot;.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» a un alias non valide «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; is used by two fields.</source>
        <translation>Le nom «&#xa0;%1&#xa0;» est utilisé par deux champs.</translation>
    </message>
</context>
<context>
    <name>Folio::SchemaOperations</name>
    <message>
        <source>Cannot read the schema file %1: %2</source>
        <translation>Impossible de lire le fichier de schéma %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The schema file %1 is larger than 16 MB.</source>
        <translation>Le fichier de schéma %1 dépasse 16 Mo.</translation>
    </message>
    <message>
        <source>The schema file %1 is not a JSON object: %2 at offset %3.</source>
        <translation>Le fichier de schéma %1 n&apos;est pas un objet JSON&#xa0;: %2 à la position %3.</translation>
    </message>
    <message>
        <source>The schema file %1: %2</source>
        <translation>Le fichier de schéma %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; uses the vocabulary &quot;%2&quot;, which neither the file nor the library defines.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» utilise le vocabulaire «&#xa0;%2&#xa0;», que ni le fichier ni la bibliothèque ne définissent.</translation>
    </message>
    <message>
        <source>The built-in field &quot;%1&quot; cannot change its type.</source>
        <translation>Le champ intégré «&#xa0;%1&#xa0;» ne peut pas changer de type.</translation>
    </message>
</context>
<context>
    <name>Folio::SchemaRepository</name>
    <message>
        <source>There is no field &quot;%1&quot; in the library&apos;s schema (see folioctl schema show).</source>
        <translation>Il n&apos;existe aucun champ «&#xa0;%1&#xa0;» dans le schéma de la bibliothèque (voir folioctl schema show).</translation>
    </message>
    <message>
        <source>There is no vocabulary &quot;%1&quot;.</source>
        <translation>Il n&apos;existe aucun vocabulaire «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The alias &quot;%1&quot; of field &quot;%2&quot; is already the field &quot;%3&quot; or one of its aliases.</source>
        <translation>L&apos;alias «&#xa0;%1&#xa0;» du champ «&#xa0;%2&#xa0;» est déjà le champ «&#xa0;%3&#xa0;» ou l&apos;un de ses alias.</translation>
    </message>
</context>
<context>
    <name>Folio::Search::IndexEvaluator</name>
    <message>
        <source>The search query cannot be run: %1 (at “%2”)</source>
        <translation>La requête de recherche ne peut pas être exécutée&#xa0;: %1 (à «&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <source>The search query is nested more than %1 levels deep</source>
        <translation>La requête de recherche est imbriquée sur plus de %1 niveaux</translation>
    </message>
    <message>
        <source>NOT needs exactly one operand</source>
        <translation>NOT nécessite exactement un opérande</translation>
    </message>
    <message>
        <source>unknown node kind</source>
        <translation>type de nœud inconnu</translation>
    </message>
    <message>
        <source>AND needs operands</source>
        <translation>AND nécessite des opérandes</translation>
    </message>
    <message>
        <source>AND has an empty operand</source>
        <translation>AND a un opérande vide</translation>
    </message>
    <message>
        <source>OR needs operands</source>
        <translation>OR nécessite des opérandes</translation>
    </message>
    <message>
        <source>OR has an empty operand</source>
        <translation>OR a un opérande vide</translation>
    </message>
    <message>
        <source>a prefix needs its letters</source>
        <translation>un préfixe nécessite ses lettres</translation>
    </message>
    <message>
        <source>a phrase needs words</source>
        <translation>une expression nécessite des mots</translation>
    </message>
</context>
<context>
    <name>Folio::Search::IndexRanker</name>
    <message>
        <source>The page cursor “%1” is not one this search made</source>
        <translation>Le curseur de page «&#xa0;%1&#xa0;» ne provient pas de cette recherche</translation>
    </message>
    <message>
        <source>The page cursor belongs to another sort order; start again from the first page</source>
        <translation>Le curseur de page appartient à un autre ordre de tri&#xa0;; recommencez à partir de la première page</translation>
    </message>
</context>
<context>
    <name>Folio::Search::IndexSnapshot</name>
    <message>
        <source>Could not write the search index snapshot %1: %2</source>
        <translation>Impossible d&apos;écrire l&apos;instantané de l&apos;index de recherche %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not read the search index snapshot %1: %2</source>
        <translation>Impossible de lire l&apos;instantané de l&apos;index de recherche %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The search index snapshot %1 is damaged (%2); the index will be rebuilt</source>
        <translation>L&apos;instantané de l&apos;index de recherche %1 est endommagé (%2)&#xa0;; l&apos;index sera reconstruit</translation>
    </message>
    <message>
        <source>it is too short</source>
        <translation>il est trop court</translation>
    </message>
    <message>
        <source>it is not a search index snapshot</source>
        <translation>ce n&apos;est pas un instantané d&apos;index de recherche</translation>
    </message>
    <message>
        <source>its header fails its checksum</source>
        <translation>son en-tête ne correspond pas à sa somme de contrôle</translation>
    </message>
    <message>
        <source>The search index snapshot %1 has format version %2; this Folio reads version %3</source>
        <translation>L&apos;instantané de l&apos;index de recherche %1 a la version de format %2&#xa0;; cette version de Folio lit la version %3</translation>
    </message>
    <message>
        <source>it is truncated or has bytes appended</source>
        <translation>il est tronqué ou des octets y ont été ajoutés</translation>
    </message>
    <message>
        <source>it has %1 sections instead of %2</source>
        <translation>il a %1 sections au lieu de %2</translation>
    </message>
    <message>
        <source>section %1 is missing</source>
        <translation>la section %1 est manquante</translation>
    </message>
    <message>
        <source>section %1 has a bad header</source>
        <translation>la section %1 a un en-tête incorrect</translation>
    </message>
    <message>
        <source>section %1 fails its checksum</source>
        <translation>la section %1 ne correspond pas à sa somme de contrôle</translation>
    </message>
    <message>
        <source>section %1 is malformed</source>
        <translation>la section %1 est malformée</translation>
    </message>
    <message>
        <source>it has unexpected bytes after its sections</source>
        <translation>il contient des octets inattendus après ses sections</translation>
    </message>
    <message>
        <source>a bitmap names a document slot that does not exist</source>
        <translation>un bitmap désigne un emplacement de document qui n&apos;existe pas</translation>
    </message>
</context>
<context>
    <name>Folio::Search::QueryParser</name>
    <message>
        <source>The field “%1” has no value at column %2</source>
        <translation>Le champ «&#xa0;%1&#xa0;» n&apos;a pas de valeur à la colonne %2</translation>
    </message>
    <message>
        <source>The query has more than %1 parts at column %2; search for fewer words</source>
        <translation>La requête a plus de %1 parties à la colonne %2&#xa0;; recherchez moins de mots</translation>
    </message>
    <message>
        <source>The query is longer than %1 characters at column %2</source>
        <translation>La requête dépasse %1 caractères à la colonne %2</translation>
    </message>
    <message>
        <source>The “)” at column %1 has no matching “(”</source>
        <translation>La «&#xa0;)&#xa0;» à la colonne %1 n&apos;a pas de «&#xa0;(&#xa0;» correspondante</translation>
    </message>
    <message>
        <source>Nothing before OR at column %1</source>
        <translation>Rien avant OR à la colonne %1</translation>
    </message>
    <message>
        <source>Nothing after OR at column %1</source>
        <translation>Rien après OR à la colonne %1</translation>
    </message>
    <message>
        <source>Nothing before AND at column %1</source>
        <translation>Rien avant AND à la colonne %1</translation>
    </message>
    <message>
        <source>Nothing after AND at column %1</source>
        <translation>Rien après AND à la colonne %1</translation>
    </message>
    <message>
        <source>Nothing after “-” at column %1; write -word to leave a word out</source>
        <translation>Rien après «&#xa0;-&#xa0;» à la colonne %1&#xa0;; écrivez -mot pour exclure un mot</translation>
    </message>
    <message>
        <source>Nothing after NOT at column %1</source>
        <translation>Rien après NOT à la colonne %1</translation>
    </message>
    <message>
        <source>Parentheses nested deeper than %1 at column %2</source>
        <translation>Parenthèses imbriquées sur plus de %1 niveaux à la colonne %2</translation>
    </message>
    <message>
        <source>Empty parentheses at column %1</source>
        <translation>Parenthèses vides à la colonne %1</translation>
    </message>
    <message>
        <source>The “(” at column %1 is never closed</source>
        <translation>La «&#xa0;(&#xa0;» à la colonne %1 n&apos;est jamais fermée</translation>
    </message>
    <message>
        <source>The quote at column %1 is never closed</source>
        <translation>Le guillemet à la colonne %1 n&apos;est jamais fermé</translation>
    </message>
    <message>
        <source>Unexpected “%1” at column %2</source>
        <translation>«&#xa0;%1&#xa0;» inattendu à la colonne %2</translation>
    </message>
    <message>
        <source>Unknown field “%1” at column %2; put text with a colon in quotes to search for it</source>
        <translation>Champ inconnu «&#xa0;%1&#xa0;» à la colonne %2&#xa0;; mettez entre guillemets un texte contenant un deux-points pour le rechercher</translation>
    </message>
    <message>
        <source>The field “%1” cannot compare with “%2” at column %3; put the value in quotes to search for it</source>
        <translation>Le champ «&#xa0;%1&#xa0;» ne peut pas être comparé avec «&#xa0;%2&#xa0;» à la colonne %3&#xa0;; mettez la valeur entre guillemets pour la rechercher</translation>
    </message>
    <message>
        <source>The range “%1” is empty at column %2</source>
        <translation>La plage «&#xa0;%1&#xa0;» est vide à la colonne %2</translation>
    </message>
    <message>
        <source>Unknown unit “%1” at column %2; ages take h, d, w, m (30 days) or y (365 days), as in modified:&lt;30d</source>
        <translation>Unité inconnue «&#xa0;%1&#xa0;» à la colonne %2&#xa0;; les âges acceptent h, d, w, m (30 jours) ou y (365 jours), comme dans modified:&lt;30d</translation>
    </message>
    <message>
        <source>Unknown unit “%1” at column %2; sizes take B, kB, MB, GB, TB, KiB, MiB, GiB or TiB</source>
        <translation>Unité inconnue «&#xa0;%1&#xa0;» à la colonne %2&#xa0;; les tailles acceptent B, kB, MB, GB, TB, KiB, MiB, GiB ou TiB</translation>
    </message>
    <message>
        <source>Unknown unit “%1” at column %2; durations take s, m or h, or mm:ss</source>
        <translation>Unité inconnue «&#xa0;%1&#xa0;» à la colonne %2&#xa0;; les durées acceptent s, m ou h, ou mm:ss</translation>
    </message>
    <message>
        <source>“%1” is not a date at column %2; write 2024, 2024-03, 2024-03-15, 2024-03-15T10:00, today, or an age such as 30d</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date à la colonne %2&#xa0;; écrivez 2024, 2024-03, 2024-03-15, 2024-03-15T10:00, today, ou un âge comme 30d</translation>
    </message>
    <message>
        <source>The field “%1” takes a number, not “%2”, at column %3</source>
        <translation>Le champ «&#xa0;%1&#xa0;» attend un nombre, pas «&#xa0;%2&#xa0;», à la colonne %3</translation>
    </message>
    <message>
        <source>Unknown flag “%1:%2” at column %3; known: %4</source>
        <translation>Indicateur inconnu «&#xa0;%1:%2&#xa0;» à la colonne %3&#xa0;; connus&#xa0;: %4</translation>
    </message>
</context>
<context>
    <name>Folio::Search::SearchIndex</name>
    <message>
        <source>Item %1 cannot be indexed for search: the index holds item ids from 0 to 4,294,967,295</source>
        <translation>L&apos;élément %1 ne peut pas être indexé pour la recherche&#xa0;: l&apos;index contient des identifiants d&apos;élément de 0 à 4 294 967 295</translation>
    </message>
</context>
<context>
    <name>Folio::SearchBar</name>
    <message>
        <source>The query language: words, &quot;phrases&quot;, field:value (type:, creator:, tag:, status:…), size:&gt;10MB, created:2024, OR, -word. Enter searches, Escape clears.</source>
        <translation>Le langage de requête&#xa0;: mots, &quot;expressions&quot;, champ:valeur (type:, creator:, tag:, status:…), size:&gt;10MB, created:2024, OR, -mot. Entrée lance la recherche, Échap efface.</translation>
    </message>
    <message>
        <source>Search (Ctrl+F) — e.g. invoice type:pdf created:2024 -status:archived</source>
        <translation>Rechercher (Ctrl+F) — p. ex. facture type:pdf created:2024 -status:archived</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Récentes</translation>
    </message>
    <message>
        <source>Recent searches</source>
        <translation>Recherches récentes</translation>
    </message>
    <message>
        <source>Run one of the last searches again</source>
        <translation>Relancer l&apos;une des dernières recherches</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <source>Save as smart collection</source>
        <translation>Enregistrer comme collection dynamique</translation>
    </message>
    <message>
        <source>Save this search as a smart collection in the sidebar</source>
        <translation>Enregistrer cette recherche comme collection dynamique dans la barre latérale</translation>
    </message>
    <message>
        <source>Search error</source>
        <translation>Erreur de recherche</translation>
    </message>
    <message>
        <source>No recent searches</source>
        <translation>Aucune recherche récente</translation>
    </message>
    <message>
        <source>Clear Recent Searches</source>
        <translation>Effacer les recherches récentes</translation>
    </message>
</context>
<context>
    <name>Folio::Server</name>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>L&apos;option %1 nécessite une valeur.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Option inconnue %1.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Mot de passe pour %1&#xa0;: </translation>
    </message>
    <message>
        <source>Could not read the password from standard input.</source>
        <translation>Impossible de lire le mot de passe depuis l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Could not read the password file %1: %2</source>
        <translation>Impossible de lire le fichier de mot de passe %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>No password was given on standard input (or use --password-file F).</source>
        <translation>Aucun mot de passe n&apos;a été fourni sur l&apos;entrée standard (ou utilisez --password-file F).</translation>
    </message>
    <message>
        <source>The password file %1 is empty.</source>
        <translation>Le fichier de mot de passe %1 est vide.</translation>
    </message>
</context>
<context>
    <name>Folio::Server::AdminCommands</name>
    <message>
        <source>The server&apos;s data directory (default $FOLIOD_DATA).</source>
        <translation>Le répertoire de données du serveur (par défaut $FOLIOD_DATA).</translation>
    </message>
    <message>
        <source>foliod %1: unexpected argument &quot;%2&quot;.</source>
        <translation>foliod %1&#xa0;: argument inattendu «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>foliod %1: no data directory: pass --data DIR or set FOLIOD_DATA.</source>
        <translation>foliod %1&#xa0;: aucun répertoire de données&#xa0;: passez --data DIR ou définissez FOLIOD_DATA.</translation>
    </message>
    <message>
        <source>Checks a data directory: the database (integrity, foreign keys, schema, the audit hash chain), every blob&apos;s content against its name, blobs owners refer to, stray and partial files. Read only: it may run while foliod serves. Exits 0 when all is sound, 1 with the problems otherwise.</source>
        <translation>Vérifie un répertoire de données&#xa0;: la base de données (intégrité, clés étrangères, schéma, chaîne de hachage d&apos;audit), le contenu de chaque blob par rapport à son nom, les blobs auxquels font référence les propriétaires, les fichiers parasites et partiels. Lecture seule&#xa0;: peut s&apos;exécuter pendant que foliod sert. Se termine avec 0 si tout est sain, sinon avec 1 et les problèmes.</translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation>Afficher le rapport en JSON.</translation>
    </message>
    <message>
        <source>%1 user(s), %2 audit event(s), %3 blob(s) of %4 bytes, %5 owner marker(s), %6 upload session(s) checked: %7.</source>
        <translation>%1 utilisateur(s), %2 événement(s) d&apos;audit, %3 blob(s) de %4 octets, %5 marqueur(s) de propriétaire, %6 session(s) de téléversement vérifiés&#xa0;: %7.</translation>
    </message>
    <message>
        <source>no problems</source>
        <translation>aucun problème</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problème</numerusform>
            <numerusform>%n problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>Copies a data directory, while foliod serves it, into DEST (a new or empty folder): the database as of one moment, the audit head, the token key, every blob (verified while copied) and the logs. foliod serve --data DEST starts from the copy.</source>
        <translation>Copie un répertoire de données, pendant que foliod le sert, dans DEST (un dossier nouveau ou vide)&#xa0;: la base de données à un instant donné, la tête d&apos;audit, la clé de jeton, chaque blob (vérifié pendant la copie) et les journaux. foliod serve --data DEST démarre à partir de la copie.</translation>
    </message>
    <message>
        <source>Where the backup goes.</source>
        <translation>Où va la sauvegarde.</translation>
    </message>
    <message>
        <source>foliod backup: say where the backup goes: foliod backup DEST.</source>
        <translation>foliod backup&#xa0;: indiquez où va la sauvegarde&#xa0;: foliod backup DEST.</translation>
    </message>
    <message>
        <source>foliod backup: left out the damaged blob %1</source>
        <translation>foliod backup&#xa0;: le blob endommagé %1 a été omis</translation>
    </message>
    <message>
        <source>Backed up %1 into %2: %3 audit event(s), %4 blob(s) of %5 bytes, %6 owner marker(s)%7.</source>
        <translation>%1 sauvegardé dans %2&#xa0;: %3 événement(s) d&apos;audit, %4 blob(s) de %5 octets, %6 marqueur(s) de propriétaire%7.</translation>
    </message>
    <message numerus="yes">
        <source>; %n damaged blob(s) left out</source>
        <translation>
            <numerusform>; %n blob endommagé omis</numerusform>
            <numerusform>; %n blobs endommagés omis</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Folio::Server::AuthService</name>
    <message>
        <source>foliod: could not audit %1: %2</source>
        <translation>foliod&#xa0;: impossible d&apos;auditer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The access token&apos;s session does not exist: sign in again.</source>
        <translation>La session du jeton d&apos;accès n&apos;existe pas&#xa0;: reconnectez-vous.</translation>
    </message>
    <message>
        <source>foliod: could not audit auth.revoked-token: %1</source>
        <translation>foliod&#xa0;: impossible d&apos;auditer auth.revoked-token&#xa0;: %1</translation>
    </message>
    <message>
        <source>The session %1 was revoked: sign in again.</source>
        <translation>La session %1 a été révoquée&#xa0;: reconnectez-vous.</translation>
    </message>
    <message>
        <source>The session %1 expired: sign in again.</source>
        <translation>La session %1 a expiré&#xa0;: reconnectez-vous.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is disabled.</source>
        <translation>Le compte «&#xa0;%1&#xa0;» est désactivé.</translation>
    </message>
</context>
<context>
    <name>Folio::Server::DataDirectoryBackup</name>
    <message>
        <source>A backup needs a data directory and a destination.</source>
        <translation>Une sauvegarde nécessite un répertoire de données et une destination.</translation>
    </message>
    <message>
        <source>%1 is not a foliod data directory: it holds no foliod.db.</source>
        <translation>%1 n&apos;est pas un répertoire de données foliod&#xa0;: il ne contient pas de foliod.db.</translation>
    </message>
    <message>
        <source>Refusing to back up %1 into %2, which is inside it.</source>
        <translation>Refus de sauvegarder %1 dans %2, qui se trouve à l&apos;intérieur.</translation>
    </message>
    <message>
        <source>The backup destination %1 exists and is not an empty folder: choose a new one.</source>
        <translation>La destination de sauvegarde %1 existe et n&apos;est pas un dossier vide&#xa0;: choisissez-en une nouvelle.</translation>
    </message>
    <message>
        <source>Could not make %1 private to its owner: %2</source>
        <translation>Impossible de rendre %1 privé pour son propriétaire&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not create the backup folder %1: %2</source>
        <translation>Impossible de créer le dossier de sauvegarde %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Folio::Server::DataDirectoryCheck</name>
    <message>
        <source>No data directory: pass --data DIR or set FOLIOD_DATA.</source>
        <translation>Aucun répertoire de données&#xa0;: passez --data DIR ou définissez FOLIOD_DATA.</translation>
    </message>
    <message>
        <source>The data directory %1 does not exist.</source>
        <translation>Le répertoire de données %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 is not a foliod data directory: it holds no foliod.db.</source>
        <translation>%1 n&apos;est pas un répertoire de données foliod&#xa0;: il ne contient pas de foliod.db.</translation>
    </message>
</context>
<context>
    <name>Folio::Server::DataDirectoryLock</name>
    <message>
        <source>No data directory: pass --data DIR or set FOLIOD_DATA.</source>
        <translation>Aucun répertoire de données&#xa0;: passez --data DIR ou définissez FOLIOD_DATA.</translation>
    </message>
    <message>
        <source>Could not create the data directory %1: %2</source>
        <translation>Impossible de créer le répertoire de données %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not open the lock file %1: %2</source>
        <translation>Impossible d&apos;ouvrir le fichier de verrou %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Another foliod is using %1: stop it first.</source>
        <translation>Un autre foliod utilise %1&#xa0;: arrêtez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>Another foliod is using %1 (process %2): stop it first.</source>
        <translation>Un autre foliod utilise %1 (processus %2)&#xa0;: arrêtez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>Could not lock %1: %2</source>
        <translation>Impossible de verrouiller %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not write the lock file %1: %2</source>
        <translation>Impossible d&apos;écrire le fichier de verrou %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Folio::Server::Http::AccessLog</name>
    <message>
        <source>Could not create the log folder %1: %2</source>
        <translation>Impossible de créer le dossier de journaux %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not open the access log %1: %2</source>
        <translation>Impossible d&apos;ouvrir le journal d&apos;accès %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>only %1 of %2 bytes written</source>
        <translation>seulement %1 octets sur %2 écrits</translation>
    </message>
    <message>
        <source>could not rotate %1: %2</source>
        <translation>impossible d&apos;effectuer la rotation de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>could not rotate: %1</source>
        <translation>rotation impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>could not open a new log: %1</source>
        <translation>impossible d&apos;ouvrir un nouveau journal&#xa0;: %1</translation>
    </message>
    <message>
        <source>foliod: the access log %1 is not being written: %2</source>
        <translation>foliod&#xa0;: le journal d&apos;accès %1 n&apos;est pas écrit&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Folio::Server::Http::AuthRoutes</name>
    <message>
        <source>Sign-in is not available on this server.</source>
        <translation>La connexion n&apos;est pas disponible sur ce serveur.</translation>
    </message>
    <message>
        <source>The server failed to answer this request; the log tells why.</source>
        <translation>Le serveur n&apos;a pas pu répondre à cette requête&#xa0;; le journal en indique la raison.</translation>
    </message>
    <message>
        <source>foliod: sign-in failed: %1</source>
        <translation>foliod&#xa0;: échec de la connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>This account needs the code from its authenticator app (&quot;totp&quot;).</source>
        <translation>Ce compte nécessite le code de son application d&apos;authentification («&#xa0;totp&#xa0;»).</translation>
    </message>
    <message>
        <source>The authenticator code is wrong or was used already.</source>
        <translation>Le code d&apos;authentification est incorrect ou a déjà été utilisé.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins: try again in %n second(s).</source>
        <translation>
            <numerusform>Trop d&apos;échecs de connexion&#xa0;: réessayez dans %n seconde.</numerusform>
            <numerusform>Trop d&apos;échecs de connexion&#xa0;: réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation>Le nom d&apos;utilisateur ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>foliod: refresh failed: %1</source>
        <translation>foliod&#xa0;: échec de l&apos;actualisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sign in first: send &quot;Authorization: Bearer&quot; with an access token.</source>
        <translation>Connectez-vous d&apos;abord&#xa0;: envoyez &quot;Authorization: Bearer&quot; avec un jeton d&apos;accès.</translation>
    </message>
    <message>
        <source>foliod: authentication failed: %1</source>
        <translation>foliod&#xa0;: échec de l&apos;authentification&#xa0;: %1</translation>
    </message>
    <message>
        <source>foliod: sign-out failed: %1</source>
        <translation>foliod&#xa0;: échec de la déconnexion&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Folio::Server::Http::BlobRoutes</name>
    <message>
        <source>Blob storage is not available on this server.</source>
        <translation>Le stockage de blobs n&apos;est pas disponible sur ce serveur.</translation>
    </message>
    <message>
        <source>There is no such blob or upload.</source>
        <translation>Aucun blob ou téléversement de ce type n&apos;existe.</translation>
    </message>
    <message>
        <source>The server could not store or read the blob.</source>
        <translation>Le serveur n&apos;a pas pu stocker ou lire le blob.</translation>
    </message>
    <message>
        <source>The range &quot;%1&quot; is not within the blob&apos;s %2 bytes.</source>
        <translation>La plage «&#xa0;%1&#xa0;» n&apos;est pas comprise dans les %2 octets du blob.</translation>
    </message>
    <message>
        <source>The upload has %1 bytes in all, not %2.</source>
        <translation>Le téléversement fait %1 octets au total, pas %2.</translation>
    </message>
</context>
<context>
    <name>Folio::Server::Http::FileSliceBody</name>
    <message>
        <source>Cannot read %1 bytes at %2 of %3.</source>
        <translation>Impossible de lire %1 octets à la position %2 de %3.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Impossible de lire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Cannot read %1 bytes at %2 of %3: the file has %4 bytes.</source>
        <translation>Impossible de lire %1 octets à la position %2 de %3&#xa0;: le fichier fait %4 octets.</translation>
    </message>
    <message>
        <source>Cannot read %1: it ends at %2, before the %3 bytes it had.</source>
        <translation>Impossible de lire %1&#xa0;: il se termine à %2, avant les %3 octets qu&apos;il contenait.</translation>
    </message>
</context>
<context>
    <name>Folio::Server::Http::HttpConnection</name>
    <message>
        <source>The request header did not arrive in time.</source>
        <translation>L&apos;en-tête de la requête n&apos;est pas arrivé à temps.</translation>
    </message>
    <message>
        <source>The request header is larger than %1 bytes.</source>
        <translation>L&apos;en-tête de la requête dépasse %1 octets.</translation>
    </message>
    <message>
        <source>The request is not valid HTTP/1.1.</source>
        <translation>La requête n&apos;est pas du HTTP/1.1 valide.</translation>
    </message>
    <message>
        <source>The request body is larger than %1 bytes.</source>
        <translation>Le corps de la requête dépasse %1 octets.</translation>
    </message>
    <message>
        <source>The request body did not arrive in time.</source>
        <translation>Le corps de la requête n&apos;est pas arrivé à temps.</translation>
    </message>
    <message>
        <source>The request body is not valid HTTP/1.1.</source>
        <translation>Le corps de la requête n&apos;est pas du HTTP/1.1 valide.</translation>
    </message>
    <message>
        <source>%1 does not answer %2.</source>
        <translation>%1 ne répond pas à %2.</translation>
    </message>
    <message>
        <source>There is no route %1.</source>
        <translation>Il n&apos;existe aucune route %1.</translation>
    </message>
</context>
<context>
    <name>Folio::Server::Http::HttpServer</name>
    <message>
        <source>%1 is not an address to listen on.</source>
        <translation>%1 n&apos;est pas une adresse d&apos;écoute.</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3.</source>
        <translation>Impossible d&apos;écouter sur %1 port %2&#xa0;: %3.</translation>
    </message>
</context>
<context>
    <name>Folio::Server::Http::Router</name>
    <message>
        <source>This server accepts no sign-in for this route.</source>
        <translation>Ce serveur n&apos;accepte aucune connexion pour cette route.</translation>
    </message>
</context>
<context>
    <name>Folio::Server::Http::TlsContext</name>
    <message>
        <source>TLS file %1 does not exist.</source>
        <translation>Le fichier TLS %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>This OpenSSL cannot require TLS 1.2 or later.</source>
        <translation>Cet OpenSSL ne peut pas exiger TLS 1.2 ou plus récent.</translation>
    </message>
    <message>
        <source>TLS certificate %1 could not be loaded: is it a PEM certificate chain?</source>
        <translation>Le certificat TLS %1 n&apos;a pas pu être chargé&#xa0;: est-ce une chaîne de certificats PEM&#xa0;?</translation>
    </message>
    <message>
        <source>TLS key %1 could not be loaded, or does not belong to certificate %2.</source>
        <translation>La clé TLS %1 n&apos;a pas pu être chargée, ou n&apos;appartient pas au certificat %2.</translation>
    </message>
    <message>
        <source>TLS could not be set up.</source>
        <translation>TLS n&apos;a pas pu être configuré.</translation>
    </message>
    <message>
        <source>TLS key %1 does not belong to certificate %2.</source>
        <translation>La clé TLS %1 n&apos;appartient pas au certificat %2.</translation>
    </message>
</context>
<context>
    <name>Folio::Server::ListenAddress</name>
    <message>
        <source>Listen address &quot;%1&quot;: an IPv6 address is written [address]:port.</source>
        <translation>Adresse d&apos;écoute «&#xa0;%1&#xa0;»&#xa0;: une adresse IPv6 s&apos;écrit [adresse]:port.</translation>
    </message>
    <message>
        <source>Listen address &quot;%1&quot;: expected host:port.</source>
        <translation>Adresse d&apos;écoute «&#xa0;%1&#xa0;»&#xa0;: host:port attendu.</translation>
    </message>
    <message>
        <source>Listen address &quot;%1&quot;: &quot;%2&quot; is not an IP address.</source>
        <translation>Adresse d&apos;écoute «&#xa0;%1&#xa0;»&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas une adresse IP.</translation>
    </message>
    <message>
        <source>Listen address &quot;%1&quot;: the port must be a number from 1 to 65535.</source>
        <translation>Adresse d&apos;écoute «&#xa0;%1&#xa0;»&#xa0;: le port doit être un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <source>Refusing to listen on %1 without TLS: other machines could read passwords and files. Give --tls-cert and --tls-key, or --insecure-http if a proxy in front terminates TLS.</source>
        <translation>Refus d&apos;écouter sur %1 sans TLS&#xa0;: d&apos;autres machines pourraient lire les mots de passe et les fichiers. Indiquez --tls-cert et --tls-key, ou --insecure-http si un proxy placé devant termine TLS.</translation>
    </message>
</context>
<context>
    <name>Folio::Server::PasswordHasher</name>
    <message>
        <source>Could not initialise libsodium: no source of randomness is available.</source>
        <translation>Impossible d&apos;initialiser libsodium&#xa0;: aucune source d&apos;aléa n&apos;est disponible.</translation>
    </message>
    <message>
        <source>Could not hash the password: it is empty.</source>
        <translation>Impossible de hacher le mot de passe&#xa0;: il est vide.</translation>
    </message>
    <message>
        <source>Could not hash the password: Argon2id could not get %1 MiB of memory.</source>
        <translation>Impossible de hacher le mot de passe&#xa0;: Argon2id n&apos;a pas pu obtenir %1 Mio de mémoire.</translation>
    </message>
    <message>
        <source>Could not check the password: the stored hash is not an Argon2id hash.</source>
        <translation>Impossible de vérifier le mot de passe&#xa0;: le hachage stocké n&apos;est pas un hachage Argon2id.</translation>
    </message>
</context>
<context>
    <name>Folio::Server::Runner</name>
    <message>
        <source>Usage:
  foliod user add NAME --role ROLE [--password-file F]   (else the password is read from standard input)
  foliod user passwd NAME [--password-file F]
  foliod user disable NAME
  foliod user list [--json]
  foliod user totp NAME        prints an otpauth:// URI to enrol an authenticator app
  foliod sessions [USER] [--json]
  foliod revoke SESSION | --user USER
  foliod migrate
Each takes --data DIR (default $FOLIOD_DATA); run them while foliod serve is stopped.
</source>
        <translation>Utilisation&#xa0;:
  foliod user add NAME --role ROLE [--password-file F]   (sinon le mot de passe est lu sur l&apos;entrée standard)
  foliod user passwd NAME [--password-file F]
  foliod user disable NAME
  foliod user list [--json]
  foliod user totp NAME        affiche une URI otpauth:// pour enregistrer une application d&apos;authentification
  foliod sessions [USER] [--json]
  foliod revoke SESSION | --user USER
  foliod migrate
Chacune accepte --data DIR (par défaut $FOLIOD_DATA)&#xa0;; exécutez-les pendant que foliod serve est arrêté.
</translation>
    </message>
    <message>
        <source>No data directory: pass --data DIR or set FOLIOD_DATA.</source>
        <translation>Aucun répertoire de données&#xa0;: passez --data DIR ou définissez FOLIOD_DATA.</translation>
    </message>
    <message>
        <source>%1 is at schema version %2 (was %3).</source>
        <translation>%1 est à la version de schéma %2 (auparavant %3).</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Commande inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Usage: foliod user add|passwd|disable|totp NAME, or foliod user list.</source>
        <translation>Utilisation&#xa0;: foliod user add|passwd|disable|totp NAME, ou foliod user list.</translation>
    </message>
    <message>
        <source>foliod user add needs --role ROLE (one of %1).</source>
        <translation>foliod user add nécessite --role ROLE (parmi %1).</translation>
    </message>
    <message>
        <source>Added the user %1 (%2), id %3.</source>
        <translation>Utilisateur %1 (%2) ajouté, identifiant %3.</translation>
    </message>
    <message>
        <source>Changed the password of %1.</source>
        <translation>Mot de passe de %1 modifié.</translation>
    </message>
    <message>
        <source>Disabled %1 and revoked their sessions.</source>
        <translation>%1 désactivé et ses sessions révoquées.</translation>
    </message>
    <message>
        <source>Unknown user command &quot;%1&quot;; see foliod user --help.</source>
        <translation>Commande utilisateur inconnue «&#xa0;%1&#xa0;»&#xa0;; voir foliod user --help.</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>no-totp</source>
        <translation>no-totp</translation>
    </message>
    <message>
        <source>totp</source>
        <translation>totp</translation>
    </message>
    <message>
        <source>Usage: foliod sessions [USER] [--json].</source>
        <translation>Utilisation&#xa0;: foliod sessions [USER] [--json].</translation>
    </message>
    <message>
        <source>Usage: foliod revoke SESSION, or foliod revoke --user USER.</source>
        <translation>Utilisation&#xa0;: foliod revoke SESSION, ou foliod revoke --user USER.</translation>
    </message>
    <message>
        <source>Revoked %1 session(s) of %2.</source>
        <translation>%1 session(s) de %2 révoquée(s).</translation>
    </message>
    <message>
        <source>Usage: foliod revoke SESSION (a number from foliod sessions), or foliod revoke --user USER.</source>
        <translation>Utilisation&#xa0;: foliod revoke SESSION (un numéro issu de foliod sessions), ou foliod revoke --user USER.</translation>
    </message>
    <message>
        <source>Revoked session %1.</source>
        <translation>Session %1 révoquée.</translation>
    </message>
    <message>
        <source>Session %1 was revoked already.</source>
        <translation>La session %1 était déjà révoquée.</translation>
    </message>
</context>
<context>
    <name>Folio::Server::ServeCommand</name>
    <message>
        <source>--%1 takes a number of seconds from 0 to 3600, not &quot;%2&quot;.</source>
        <translation>--%1 attend un nombre de secondes de 0 à 3600, pas «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Serves Folio&apos;s HTTP API.</source>
        <translation>Sert l&apos;API HTTP de Folio.</translation>
    </message>
    <message>
        <source>The server&apos;s data directory (default $FOLIOD_DATA).</source>
        <translation>Le répertoire de données du serveur (par défaut $FOLIOD_DATA).</translation>
    </message>
    <message>
        <source>Address and port; port 0 takes a free one.</source>
        <translation>Adresse et port&#xa0;; le port 0 en prend un libre.</translation>
    </message>
    <message>
        <source>PEM certificate chain for TLS.</source>
        <translation>Chaîne de certificats PEM pour TLS.</translation>
    </message>
    <message>
        <source>PEM private key for TLS.</source>
        <translation>Clé privée PEM pour TLS.</translation>
    </message>
    <message>
        <source>Allow plain HTTP on a non-loopback address (TLS ends at a proxy in front).</source>
        <translation>Autoriser le HTTP en clair sur une adresse autre que la boucle locale (TLS se termine à un proxy placé devant).</translation>
    </message>
    <message>
        <source>Server threads (default: the number of cores, at least 2).</source>
        <translation>Threads du serveur (par défaut&#xa0;: le nombre de cœurs, au moins 2).</translation>
    </message>
    <message>
        <source>Seconds a client may take to send a request header (default 10).</source>
        <translation>Secondes dont dispose un client pour envoyer un en-tête de requête (par défaut 10).</translation>
    </message>
    <message>
        <source>Seconds a client may take to send a body or read an answer (default 30).</source>
        <translation>Secondes dont dispose un client pour envoyer un corps ou lire une réponse (par défaut 30).</translation>
    </message>
    <message>
        <source>foliod serve: unexpected argument &quot;%1&quot;.</source>
        <translation>foliod serve&#xa0;: argument inattendu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>foliod serve: --data DIR (or $FOLIOD_DATA) and --listen HOST:PORT are required.</source>
        <translation>foliod serve&#xa0;: --data DIR (ou $FOLIOD_DATA) et --listen HOST:PORT sont requis.</translation>
    </message>
    <message>
        <source>foliod serve: --tls-cert and --tls-key go together.</source>
        <translation>foliod serve&#xa0;: --tls-cert et --tls-key vont ensemble.</translation>
    </message>
    <message>
        <source>foliod serve: --threads takes a number from 1 to 256.</source>
        <translation>foliod serve&#xa0;: --threads attend un nombre de 1 à 256.</translation>
    </message>
    <message>
        <source>foliod: stopped.</source>
        <translation>foliod&#xa0;: arrêté.</translation>
    </message>
</context>
<context>
    <name>Folio::Server::ServerBlobStore</name>
    <message>
        <source>There is no blob %1.</source>
        <translation>Il n&apos;existe aucun blob %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2: %3.</source>
        <translation>Impossible de renommer %1 en %2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>There is no upload %1.</source>
        <translation>Il n&apos;existe aucun téléversement %1.</translation>
    </message>
    <message>
        <source>The upload %1 is damaged.</source>
        <translation>Le téléversement %1 est endommagé.</translation>
    </message>
    <message>
        <source>An upload needs a SHA-256 and a size of at least 0.</source>
        <translation>Un téléversement nécessite un SHA-256 et une taille d&apos;au moins 0.</translation>
    </message>
    <message>
        <source>Cannot create the upload folder %1.</source>
        <translation>Impossible de créer le dossier de téléversement %1.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2.</source>
        <translation>Impossible de créer %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The upload %1 has %2 bytes; a chunk must start there, not at %3.</source>
        <translation>Le téléversement %1 fait %2 octets&#xa0;; un bloc doit commencer là, pas à %3.</translation>
    </message>
    <message>
        <source>The chunk ends at %1, past the upload&apos;s size %2.</source>
        <translation>Le bloc se termine à %1, au-delà de la taille du téléversement %2.</translation>
    </message>
    <message>
        <source>The upload %1 has %2 of its %3 bytes.</source>
        <translation>Le téléversement %1 a reçu %2 de ses %3 octets.</translation>
    </message>
    <message>
        <source>Cannot truncate %1.</source>
        <translation>Impossible de tronquer %1.</translation>
    </message>
    <message>
        <source>The uploaded bytes hash to %1, not %2; the upload was discarded.</source>
        <translation>Les octets téléversés donnent le hachage %1, pas %2&#xa0;; le téléversement a été abandonné.</translation>
    </message>
    <message>
        <source>Cannot remove the upload folder %1.</source>
        <translation>Impossible de supprimer le dossier de téléversement %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SHA-256.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un SHA-256.</translation>
    </message>
    <message>
        <source>The bytes hash to %1, not %2.</source>
        <translation>Les octets donnent le hachage %1, pas %2.</translation>
    </message>
    <message>
        <source>Cannot hash %1: %2.</source>
        <translation>Impossible de calculer le hachage de %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a user.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un utilisateur.</translation>
    </message>
</context>
<context>
    <name>Folio::Server::ServerStore</name>
    <message>
        <source>Could not make the server database %1 private to its owner: %2</source>
        <translation>Impossible de rendre la base de données du serveur %1 privée à son propriétaire&#xa0;: %2</translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; is not allowed: it must have 1 to 64 characters.</source>
        <translation>Le nom d&apos;utilisateur «&#xa0;%1&#xa0;» n&apos;est pas autorisé&#xa0;: il doit comporter de 1 à 64 caractères.</translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; is not allowed: it must not start or end with a space.</source>
        <translation>Le nom d&apos;utilisateur «&#xa0;%1&#xa0;» n&apos;est pas autorisé&#xa0;: il ne doit pas commencer ni finir par une espace.</translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; is not allowed: it contains a control character (U+%2).</source>
        <translation>Le nom d&apos;utilisateur «&#xa0;%1&#xa0;» n&apos;est pas autorisé&#xa0;: il contient un caractère de contrôle (U+%2).</translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; is not allowed: it contains &apos;/&apos;.</source>
        <translation>Le nom d&apos;utilisateur «&#xa0;%1&#xa0;» n&apos;est pas autorisé&#xa0;: il contient «&#xa0;/&#xa0;».</translation>
    </message>
    <message>
        <source>The role &quot;%1&quot; does not exist: use one of %2.</source>
        <translation>Le rôle «&#xa0;%1&#xa0;» n&apos;existe pas&#xa0;: utilisez l&apos;un de %2.</translation>
    </message>
    <message>
        <source>Could not add the user &quot;%1&quot;: the password hash is not an Argon2id hash.</source>
        <translation>Impossible d&apos;ajouter l&apos;utilisateur «&#xa0;%1&#xa0;»&#xa0;: le hachage du mot de passe n&apos;est pas un hachage Argon2id.</translation>
    </message>
    <message>
        <source>Could not add the user &quot;%1&quot;: that name is taken.</source>
        <translation>Impossible d&apos;ajouter l&apos;utilisateur «&#xa0;%1&#xa0;»&#xa0;: ce nom est déjà pris.</translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot;.</source>
        <translation>Il n&apos;existe aucun utilisateur «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>There is no user with the id %1.</source>
        <translation>Il n&apos;existe aucun utilisateur avec l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>Could not change the password of &quot;%1&quot;: the hash is not an Argon2id hash.</source>
        <translation>Impossible de modifier le mot de passe de «&#xa0;%1&#xa0;»&#xa0;: le hachage n&apos;est pas un hachage Argon2id.</translation>
    </message>
    <message>
        <source>Could not record the session: the refresh token is too short.</source>
        <translation>Impossible d&apos;enregistrer la session&#xa0;: le jeton d&apos;actualisation est trop court.</translation>
    </message>
    <message>
        <source>Could not sign in &quot;%1&quot;: the account is disabled.</source>
        <translation>Impossible de connecter «&#xa0;%1&#xa0;»&#xa0;: le compte est désactivé.</translation>
    </message>
    <message>
        <source>The refresh token is not known: sign in again.</source>
        <translation>Le jeton d&apos;actualisation est inconnu&#xa0;: reconnectez-vous.</translation>
    </message>
    <message>
        <source>The session %1 was revoked: sign in again.</source>
        <translation>La session %1 a été révoquée&#xa0;: reconnectez-vous.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is disabled.</source>
        <translation>Le compte «&#xa0;%1&#xa0;» est désactivé.</translation>
    </message>
    <message>
        <source>The session %1 expired: sign in again.</source>
        <translation>La session %1 a expiré&#xa0;: reconnectez-vous.</translation>
    </message>
    <message>
        <source>There is no session %1.</source>
        <translation>Il n&apos;existe aucune session %1.</translation>
    </message>
    <message>
        <source>Could not rotate the session: the refresh token is too short.</source>
        <translation>Impossible de renouveler la session&#xa0;: le jeton d&apos;actualisation est trop court.</translation>
    </message>
    <message>
        <source>The refresh token was used already: sign in again.</source>
        <translation>Le jeton d&apos;actualisation a déjà été utilisé&#xa0;: reconnectez-vous.</translation>
    </message>
</context>
<context>
    <name>Folio::Server::Tokens</name>
    <message>
        <source>Could not write the token key %1: %2</source>
        <translation>Impossible d&apos;écrire la clé de jeton %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not create the token key %1: %2</source>
        <translation>Impossible de créer la clé de jeton %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not read the token key %1: %2</source>
        <translation>Impossible de lire la clé de jeton %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Refusing the token key %1: other users may read it (mode %2); run chmod 600 on it.</source>
        <translation>Clé de jeton %1 refusée&#xa0;: d&apos;autres utilisateurs peuvent la lire (mode %2)&#xa0;; exécutez chmod 600 dessus.</translation>
    </message>
    <message>
        <source>The token key %1 is damaged: it holds %2 bytes instead of %3.</source>
        <translation>La clé de jeton %1 est endommagée&#xa0;: elle contient %2 octets au lieu de %3.</translation>
    </message>
    <message>
        <source>The access token is malformed.</source>
        <translation>Le jeton d&apos;accès est malformé.</translation>
    </message>
    <message>
        <source>The access token&apos;s signature does not hold.</source>
        <translation>La signature du jeton d&apos;accès n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The access token has expired; refresh it.</source>
        <translation>Le jeton d&apos;accès a expiré&#xa0;; actualisez-le.</translation>
    </message>
</context>
<context>
    <name>Folio::Server::Totp</name>
    <message>
        <source>The TOTP secret is not base32: &quot;%1&quot; is not one of A–Z and 2–7.</source>
        <translation>Le secret TOTP n&apos;est pas en base32&#xa0;: «&#xa0;%1&#xa0;» ne fait pas partie de A–Z et 2–7.</translation>
    </message>
</context>
<context>
    <name>Folio::SettingsDialog</name>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Use Default</source>
        <translation>Utiliser la valeur par défaut</translation>
    </message>
    <message>
        <source>Open Now</source>
        <translation>Ouvrir maintenant</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>&amp;Library:</source>
        <translation>&amp;Bibliothèque&#xa0;:</translation>
    </message>
    <message>
        <source>Folio opens this library at its next start (unless --library or FOLIO_LIBRARY names another).</source>
        <translation>Folio ouvre cette bibliothèque au prochain démarrage (sauf si --library ou FOLIO_LIBRARY en désigne une autre).</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Thumbnail size</source>
        <translation>Taille des vignettes</translation>
    </message>
    <message>
        <source>&amp;Thumbnail size:</source>
        <translation>&amp;Taille des vignettes&#xa0;:</translation>
    </message>
    <message>
        <source>Ingest parallelism</source>
        <translation>Parallélisme de l&apos;importation</translation>
    </message>
    <message>
        <source>How many files are extracted at once when adding files</source>
        <translation>Nombre de fichiers extraits simultanément lors de l&apos;ajout de fichiers</translation>
    </message>
    <message>
        <source>&amp;Ingest workers:</source>
        <translation>Processus d&apos;&amp;importation&#xa0;:</translation>
    </message>
    <message>
        <source>OCR languages</source>
        <translation>Langues OCR</translation>
    </message>
    <message>
        <source>The languages text is recognised in (none checked: the library&apos;s setting)</source>
        <translation>Les langues dans lesquelles le texte est reconnu (aucune cochée&#xa0;: le réglage de la bibliothèque)</translation>
    </message>
    <message>
        <source>&amp;OCR languages:</source>
        <translation>Langues &amp;OCR&#xa0;:</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>T&amp;hème&#xa0;:</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>L&amp;angue&#xa0;:</translation>
    </message>
    <message>
        <source>The language changes the next time Folio starts.</source>
        <translation>La langue change au prochain démarrage de Folio.</translation>
    </message>
    <message>
        <source>Library location</source>
        <translation>Emplacement de la bibliothèque</translation>
    </message>
    <message>
        <source>Choose the library folder</source>
        <translation>Choisir le dossier de la bibliothèque</translation>
    </message>
    <message>
        <source>Use the default library</source>
        <translation>Utiliser la bibliothèque par défaut</translation>
    </message>
    <message>
        <source>Open this library now</source>
        <translation>Ouvrir cette bibliothèque maintenant</translation>
    </message>
    <message>
        <source>Open the chosen library in place of this one</source>
        <translation>Ouvrir la bibliothèque choisie à la place de celle-ci</translation>
    </message>
    <message>
        <source>Library Location</source>
        <translation>Emplacement de la bibliothèque</translation>
    </message>
    <message>
        <source>Looking for installed languages…</source>
        <translation>Recherche des langues installées…</translation>
    </message>
    <message>
        <source>None checked: the library&apos;s own setting.</source>
        <translation>Aucune cochée&#xa0;: le réglage propre à la bibliothèque.</translation>
    </message>
    <message>
        <source>No Tesseract languages are installed (tesseract-ocr-eng, tesseract-ocr-deu…).</source>
        <translation>Aucune langue Tesseract n&apos;est installée (tesseract-ocr-eng, tesseract-ocr-deu…).</translation>
    </message>
</context>
<context>
    <name>Folio::SidebarModel</name>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Collections</translation>
    </message>
    <message>
        <source>Smart collections</source>
        <translation>Collections dynamiques</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>Tous les éléments</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Médias</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Doublons</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>A folder name cannot contain “/”: “%1”.</source>
        <translation>Un nom de dossier ne peut pas contenir «&#xa0;/&#xa0;»&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be moved into itself or into one of its sub-folders.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» ne peut pas être déplacé dans lui-même ni dans l&apos;un de ses sous-dossiers.</translation>
    </message>
    <message>
        <source>“%1” is not a folder name: it must not be empty or contain “/”.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de dossier&#xa0;: il ne doit pas être vide ni contenir «&#xa0;/&#xa0;».</translation>
    </message>
    <message>
        <source>A folder can only be made inside another folder.</source>
        <translation>Un dossier ne peut être créé qu&apos;à l&apos;intérieur d&apos;un autre dossier.</translation>
    </message>
    <message>
        <source>The folder %1 is in the Trash.</source>
        <translation>Le dossier %1 est dans la corbeille.</translation>
    </message>
</context>
<context>
    <name>Folio::SidebarView</name>
    <message>
        <source>Library sidebar</source>
        <translation>Barre latérale de la bibliothèque</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>Folder name:</source>
        <translation>Nom du dossier&#xa0;:</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>Nouvelle collection</translation>
    </message>
    <message>
        <source>Collection name:</source>
        <translation>Nom de la collection&#xa0;:</translation>
    </message>
    <message>
        <source>Move folder to Trash</source>
        <translation>Placer le dossier dans la corbeille</translation>
    </message>
    <message>
        <source>Move the folder “%1” and everything in it to the Trash?</source>
        <translation>Placer le dossier «&#xa0;%1&#xa0;» et tout son contenu dans la corbeille&#xa0;?</translation>
    </message>
    <message>
        <source>New folder…</source>
        <translation>Nouveau dossier…</translation>
    </message>
    <message>
        <source>New collection…</source>
        <translation>Nouvelle collection…</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>Placer dans la corbeille</translation>
    </message>
</context>
<context>
    <name>Folio::SimilarImages</name>
    <message>
        <source>Item %1 has no image hash (not an image, or not extracted yet).</source>
        <translation>L&apos;élément %1 n&apos;a pas de hachage d&apos;image (ce n&apos;est pas une image, ou elle n&apos;est pas encore extraite).</translation>
    </message>
</context>
<context>
    <name>Folio::SingleInstance</name>
    <message>
        <source>Another folio is already running on this library.</source>
        <translation>Une autre instance de Folio est déjà ouverte sur cette bibliothèque.</translation>
    </message>
    <message>
        <source>Cannot make the socket %1: %2</source>
        <translation>Impossible de créer le socket %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Folio::TaskPanel</name>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Clear Finished</source>
        <translation>Effacer les tâches terminées</translation>
    </message>
    <message>
        <source>Ingest jobs</source>
        <translation>Tâches d&apos;importation</translation>
    </message>
    <message>
        <source>Files you add or drop on the window are stored here, one job after another.</source>
        <translation>Les fichiers que vous ajoutez ou déposez sur la fenêtre sont stockés ici, une tâche après l&apos;autre.</translation>
    </message>
    <message>
        <source>Clear finished tasks</source>
        <translation>Effacer les tâches terminées</translation>
    </message>
</context>
<context>
    <name>Folio::TextExtractor</name>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 n&apos;a pas pu être ouvert&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 n&apos;est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 n&apos;a pas pu être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>Code page %1 is unknown; Windows-1252 was used.</source>
        <translation>La page de codes %1 est inconnue&#xa0;; Windows-1252 a été utilisée.</translation>
    </message>
    <message>
        <source>The text is longer than %1 characters; the rest was left out.</source>
        <translation>Le texte dépasse %1 caractères&#xa0;; la suite a été omise.</translation>
    </message>
    <message>
        <source>Groups nested deeper than %1 levels were left out.</source>
        <translation>Les groupes imbriqués sur plus de %1 niveaux ont été omis.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB; only its beginning was read.</source>
        <translation>%1 dépasse %2 Mio&#xa0;; seul son début a été lu.</translation>
    </message>
    <message>
        <source>%1 does not start like an RTF document; it was read as plain text.</source>
        <translation>%1 ne commence pas comme un document RTF&#xa0;; il a été lu comme du texte brut.</translation>
    </message>
    <message>
        <source>The text of %1 is longer than %2 characters; the rest was left out.</source>
        <translation>Le texte de %1 dépasse %2 caractères&#xa0;; la suite a été omise.</translation>
    </message>
</context>
<context>
    <name>Folio::ThumbnailCache</name>
    <message>
        <source>Cannot read the image size of %1: %2</source>
        <translation>Impossible de lire la taille de l&apos;image %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The image %1 is %2×%3 pixels, more than a thumbnail may decode.</source>
        <translation>L&apos;image %1 fait %2×%3 pixels, plus qu&apos;une vignette ne peut décoder.</translation>
    </message>
    <message>
        <source>Cannot decode the image %1: %2</source>
        <translation>Impossible de décoder l&apos;image %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>No file holds the image %1.</source>
        <translation>Aucun fichier ne contient l&apos;image %1.</translation>
    </message>
    <message>
        <source>The image %1 at %2×%3 does not fit in the thumbnail cache.</source>
        <translation>L&apos;image %1 en %2×%3 ne tient pas dans le cache des vignettes.</translation>
    </message>
</context>
<context>
    <name>Folio::TypeDetector</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1&#xa0;: fichier introuvable</translation>
    </message>
    <message>
        <source>%1 cannot be read: permission denied</source>
        <translation>%1 ne peut pas être lu&#xa0;: permission refusée</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file</source>
        <translation>%1 est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device, socket or pipe)</source>
        <translation>%1 n&apos;est pas un fichier ordinaire (un périphérique, un socket ou un tube)</translation>
    </message>
    <message>
        <source>%1 is an empty file.</source>
        <translation>%1 est un fichier vide.</translation>
    </message>
    <message>
        <source>%1 looks damaged: its zip directory is missing or unreadable, so it may have been cut short.</source>
        <translation>%1 semble endommagé&#xa0;: son répertoire zip est manquant ou illisible, il a donc peut-être été tronqué.</translation>
    </message>
    <message>
        <source>%1 has a zip directory too large to inspect; it is treated as a plain zip archive.</source>
        <translation>%1 a un répertoire zip trop grand pour être examiné&#xa0;; il est traité comme une simple archive zip.</translation>
    </message>
    <message>
        <source>The content of %1 is not a format Folio recognises, although its name says %2.</source>
        <translation>Le contenu de %1 n&apos;est pas un format que Folio reconnaît, bien que son nom indique %2.</translation>
    </message>
    <message>
        <source>The content of %1 is not a format Folio recognises.</source>
        <translation>Le contenu de %1 n&apos;est pas un format que Folio reconnaît.</translation>
    </message>
    <message>
        <source>The name of %1 says %2, but its content is %3.</source>
        <translation>Le nom de %1 indique %2, mais son contenu est %3.</translation>
    </message>
</context>
<context>
    <name>Folio::UnpackJob</name>
    <message>
        <source>Could not empty the folder %1.</source>
        <translation>Impossible de vider le dossier %1.</translation>
    </message>
    <message>
        <source>Could not make the folder %1: %2</source>
        <translation>Impossible de créer le dossier %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Folio::VersionRepository</name>
    <message>
        <source>The item has no version %1.</source>
        <translation>L&apos;élément n&apos;a pas de version %1.</translation>
    </message>
    <message>
        <source>There is no version with id %1.</source>
        <translation>Il n&apos;existe aucune version avec l&apos;identifiant %1.</translation>
    </message>
</context>
<context>
    <name>Folio::WelcomeView</name>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>This library is empty</source>
        <translation>Cette bibliothèque est vide</translation>
    </message>
    <message>
        <source>Bring in photos, video, audio, design files and documents. Folio keeps every original, reads its metadata and text, and makes previews.</source>
        <translation>Importez photos, vidéos, fichiers audio, fichiers de conception et documents. Folio conserve chaque original, lit ses métadonnées et son texte, et crée des aperçus.</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Ajouter des fichiers…</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Ajouter un dossier…</translation>
    </message>
    <message>
        <source>Open library…</source>
        <translation>Ouvrir une bibliothèque…</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Ajouter des fichiers</translation>
    </message>
    <message>
        <source>Add folder</source>
        <translation>Ajouter un dossier</translation>
    </message>
    <message>
        <source>Open library</source>
        <translation>Ouvrir une bibliothèque</translation>
    </message>
    <message>
        <source>Drop zone</source>
        <translation>Zone de dépôt</translation>
    </message>
    <message>
        <source>Drop files, folders or archives here</source>
        <translation>Déposez ici des fichiers, des dossiers ou des archives</translation>
    </message>
</context>
<context>
    <name>HttpConnectionText</name>
    <message>
        <source>The server failed to answer this request; the log tells why.</source>
        <translation>Le serveur n&apos;a pas pu répondre à cette requête&#xa0;; le journal en indique la raison.</translation>
    </message>
</context>
<context>
    <name>folio</name>
    <message>
        <source>Folio: digital assets and controlled documents in one local-first library.</source>
        <translation>Folio&#xa0;: ressources numériques et documents maîtrisés dans une seule bibliothèque locale.</translation>
    </message>
    <message>
        <source>The library folder to open (default: $FOLIO_LIBRARY, else the platform&apos;s data location).</source>
        <translation>Le dossier de bibliothèque à ouvrir (par défaut&#xa0;: $FOLIO_LIBRARY, sinon l&apos;emplacement de données de la plateforme).</translation>
    </message>
    <message>
        <source>Cannot open the library</source>
        <translation>Impossible d&apos;ouvrir la bibliothèque</translation>
    </message>
    <message>
        <source>folio://item/&lt;id&gt; links to show, files and folders to add.</source>
        <translation>Liens folio://item/&lt;id&gt; à afficher, fichiers et dossiers à ajouter.</translation>
    </message>
</context>
<context>
    <name>folioctl</name>
    <message>
        <source>folioctl: unknown command &quot;%1&quot;; see folioctl --help.</source>
        <translation>folioctl&#xa0;: commande inconnue «&#xa0;%1&#xa0;»&#xa0;; voir folioctl --help.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>The library folder (default: $FOLIO_LIBRARY, else the platform&apos;s data location).</source>
        <translation>Le dossier de la bibliothèque (par défaut&#xa0;: $FOLIO_LIBRARY, sinon l&apos;emplacement de données de la plateforme).</translation>
    </message>
    <message>
        <source>Print versioned JSON instead of text.</source>
        <translation>Afficher du JSON versionné au lieu de texte.</translation>
    </message>
    <message>
        <source>folioctl %1 takes %2; see folioctl %1 --help.</source>
        <translation>folioctl %1 attend %2&#xa0;; voir folioctl %1 --help.</translation>
    </message>
    <message>
        <source>Make a folder (and its parents).</source>
        <translation>Créer un dossier (et ses parents).</translation>
    </message>
    <message>
        <source>Move an item or a folder into the folder DEST.</source>
        <translation>Déplacer un élément ou un dossier dans le dossier DEST.</translation>
    </message>
    <message>
        <source>Moved %1 to %2</source>
        <translation>%1 déplacé vers %2</translation>
    </message>
    <message>
        <source>Rename an item (its title) or a folder.</source>
        <translation>Renommer un élément (son titre) ou un dossier.</translation>
    </message>
    <message>
        <source>Renamed %1 to %2</source>
        <translation>%1 renommé en %2</translation>
    </message>
    <message>
        <source>Move an item to the Trash.</source>
        <translation>Placer un élément dans la corbeille.</translation>
    </message>
    <message>
        <source>Moved %1 to the Trash</source>
        <translation>%1 placé dans la corbeille</translation>
    </message>
    <message>
        <source>restore ID: take an item out of the Trash. restore SRC DIR: restore a backup into DIR.</source>
        <translation>restore ID&#xa0;: sortir un élément de la corbeille. restore SRC DIR&#xa0;: restaurer une sauvegarde dans DIR.</translation>
    </message>
    <message>
        <source>Restored %1 from the Trash</source>
        <translation>%1 restauré depuis la corbeille</translation>
    </message>
    <message>
        <source>Remove an item for good: its files, versions and recorded values.</source>
        <translation>Supprimer définitivement un élément&#xa0;: ses fichiers, ses versions et ses valeurs enregistrées.</translation>
    </message>
    <message>
        <source>Purged %1</source>
        <translation>%1 supprimé définitivement</translation>
    </message>
    <message>
        <source>What changed.</source>
        <translation>Ce qui a changé.</translation>
    </message>
    <message>
        <source>Store FILE as a new version of an item.</source>
        <translation>Stocker FILE comme nouvelle version d&apos;un élément.</translation>
    </message>
    <message>
        <source>%1 is now at version %2</source>
        <translation>%1 est maintenant à la version %2</translation>
    </message>
    <message>
        <source>Make a new version equal to an old one.</source>
        <translation>Créer une nouvelle version identique à une ancienne.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a version number.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un numéro de version.</translation>
    </message>
    <message>
        <source>%1 is now at version %2 (equal to version %3)</source>
        <translation>%1 est maintenant à la version %2 (identique à la version %3)</translation>
    </message>
    <message>
        <source>Set metadata fields (keys or aliases): FIELD=VALUE; multi-valued fields take a comma list; an empty value clears a field.</source>
        <translation>Définir des champs de métadonnées (clés ou alias)&#xa0;: FIELD=VALUE&#xa0;; les champs multivalués acceptent une liste séparée par des virgules&#xa0;; une valeur vide efface un champ.</translation>
    </message>
    <message>
        <source>Nothing changed</source>
        <translation>Rien n&apos;a changé</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>%1 défini</translation>
    </message>
    <message>
        <source>make a folder</source>
        <translation>créer un dossier</translation>
    </message>
    <message>
        <source>move an item or folder</source>
        <translation>déplacer un élément ou un dossier</translation>
    </message>
    <message>
        <source>rename an item or folder</source>
        <translation>renommer un élément ou un dossier</translation>
    </message>
    <message>
        <source>move an item to the Trash</source>
        <translation>placer un élément dans la corbeille</translation>
    </message>
    <message>
        <source>restore from the Trash, or a backup</source>
        <translation>restaurer depuis la corbeille, ou une sauvegarde</translation>
    </message>
    <message>
        <source>remove an item for good</source>
        <translation>supprimer définitivement un élément</translation>
    </message>
    <message>
        <source>store a new version of an item</source>
        <translation>stocker une nouvelle version d&apos;un élément</translation>
    </message>
    <message>
        <source>new version equal to an old one</source>
        <translation>nouvelle version identique à une ancienne</translation>
    </message>
    <message>
        <source>set metadata fields</source>
        <translation>définir des champs de métadonnées</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>duplicate: %1 (%2)</source>
        <translation>doublon&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 stored, %2 new versions, %3 duplicates skipped, %4 failed; %5 extracted, %6 stored without extraction%7</source>
        <translation>%1 stockés, %2 nouvelles versions, %3 doublons ignorés, %4 en échec&#xa0;; %5 extraits, %6 stockés sans extraction%7</translation>
    </message>
    <message>
        <source> (cancelled: run folioctl reprocess to finish)</source>
        <translation> (annulé&#xa0;: exécutez folioctl reprocess pour terminer)</translation>
    </message>
    <message>
        <source>The folder to store into (made when missing).</source>
        <translation>Le dossier dans lequel stocker (créé s&apos;il manque).</translation>
    </message>
    <message>
        <source>skip (default): same bytes are not stored twice; keep: store them anyway; version: the same name in the folder gets a new version.</source>
        <translation>skip (par défaut)&#xa0;: les mêmes octets ne sont pas stockés deux fois&#xa0;; keep&#xa0;: les stocker quand même&#xa0;; version&#xa0;: le même nom dans le dossier reçoit une nouvelle version.</translation>
    </message>
    <message>
        <source>Extraction processes (default: the cores).</source>
        <translation>Processus d&apos;extraction (par défaut&#xa0;: les cœurs).</translation>
    </message>
    <message>
        <source>--on-duplicate takes skip, keep or version, not &quot;%1&quot;.</source>
        <translation>--on-duplicate attend skip, keep ou version, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--jobs takes a number from 1 to 64.</source>
        <translation>--jobs attend un nombre de 1 à 64.</translation>
    </message>
    <message>
        <source>Every item.</source>
        <translation>Chaque élément.</translation>
    </message>
    <message>
        <source>Extract items again (after an upgrade, or for a file that failed); without ids, finish the extraction queued by an earlier run.</source>
        <translation>Extraire à nouveau des éléments (après une mise à niveau, ou pour un fichier en échec)&#xa0;; sans identifiants, terminer l&apos;extraction mise en file par une exécution précédente.</translation>
    </message>
    <message>
        <source>Copy an item&apos;s rendition (thumb, preview) to DEST.</source>
        <translation>Copier un rendu d&apos;un élément (thumb, preview) vers DEST.</translation>
    </message>
    <message>
        <source>Item %1 has no %2 rendition (yet: see folioctl show).</source>
        <translation>L&apos;élément %1 n&apos;a pas (encore) de rendu %2 (voir folioctl show).</translation>
    </message>
    <message>
        <source>Bits two images&apos; hashes may differ by (default 10; 0 = exact).</source>
        <translation>Bits dont les hachages de deux images peuvent différer (par défaut 10&#xa0;; 0 = exact).</translation>
    </message>
    <message>
        <source>List groups of duplicate and near-duplicate images.</source>
        <translation>Lister les groupes d&apos;images en double et quasi identiques.</translation>
    </message>
    <message>
        <source>same content:</source>
        <translation>même contenu&#xa0;:</translation>
    </message>
    <message>
        <source>look alike (within %1 bits):</source>
        <translation>similaires (à %1 bits près)&#xa0;:</translation>
    </message>
    <message>
        <source>No duplicates.</source>
        <translation>Aucun doublon.</translation>
    </message>
    <message>
        <source>Bits the hashes may differ by (default 12).</source>
        <translation>Bits dont les hachages peuvent différer (par défaut 12).</translation>
    </message>
    <message>
        <source>List images that look like an item&apos;s, nearest first.</source>
        <translation>Lister les images qui ressemblent à celle d&apos;un élément, les plus proches d&apos;abord.</translation>
    </message>
    <message>
        <source>No similar images.</source>
        <translation>Aucune image similaire.</translation>
    </message>
    <message>
        <source>Seconds a file must stay unchanged before it is ingested (default 2).</source>
        <translation>Secondes pendant lesquelles un fichier doit rester inchangé avant d&apos;être importé (par défaut 2).</translation>
    </message>
    <message>
        <source>Ingest what is there and settled, then stop.</source>
        <translation>Importer ce qui est présent et stable, puis s&apos;arrêter.</translation>
    </message>
    <message>
        <source>Ingest what appears in DIR, once each file has stopped growing; Ctrl-C stops.</source>
        <translation>Importer ce qui apparaît dans DIR, dès que chaque fichier a cessé de grossir&#xa0;; Ctrl-C arrête.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <source>Watching %1 (Ctrl-C stops)</source>
        <translation>Surveillance de %1 (Ctrl-C arrête)</translation>
    </message>
    <message>
        <source>store files and extract metadata and renditions</source>
        <translation>stocker des fichiers et extraire métadonnées et rendus</translation>
    </message>
    <message>
        <source>extract items again</source>
        <translation>extraire à nouveau des éléments</translation>
    </message>
    <message>
        <source>copy a thumb or preview out</source>
        <translation>copier une vignette ou un aperçu</translation>
    </message>
    <message>
        <source>exact and near-duplicate groups</source>
        <translation>groupes de doublons exacts et quasi identiques</translation>
    </message>
    <message>
        <source>images that look like an item&apos;s</source>
        <translation>images qui ressemblent à celle d&apos;un élément</translation>
    </message>
    <message>
        <source>ingest what appears in a folder</source>
        <translation>importer ce qui apparaît dans un dossier</translation>
    </message>
    <message>
        <source>The folder to list (default: the root).</source>
        <translation>Le dossier à lister (par défaut&#xa0;: la racine).</translation>
    </message>
    <message>
        <source>List the Trash instead.</source>
        <translation>Lister la corbeille à la place.</translation>
    </message>
    <message>
        <source>List the folders and items of a folder, or the Trash.</source>
        <translation>Lister les dossiers et éléments d&apos;un dossier, ou la corbeille.</translation>
    </message>
    <message>
        <source>Show an item&apos;s versions and audit events.</source>
        <translation>Afficher les versions et les événements d&apos;audit d&apos;un élément.</translation>
    </message>
    <message>
        <source>versions:</source>
        <translation>versions:</translation>
    </message>
    <message>
        <source>events:</source>
        <translation>événements:</translation>
    </message>
    <message>
        <source>The version to export (default: current).</source>
        <translation>La version à exporter (par défaut&#xa0;: l&apos;actuelle).</translation>
    </message>
    <message>
        <source>Copy an item&apos;s original, byte-identical, to DEST.</source>
        <translation>Copier l&apos;original d&apos;un élément, octet pour octet, vers DEST.</translation>
    </message>
    <message>
        <source>--version takes a version number.</source>
        <translation>--version attend un numéro de version.</translation>
    </message>
    <message>
        <source>store files and folders as items (alias of ingest)</source>
        <translation>stocker des fichiers et dossiers comme éléments (alias de ingest)</translation>
    </message>
    <message>
        <source>list a folder or the Trash</source>
        <translation>lister un dossier ou la corbeille</translation>
    </message>
    <message>
        <source>show an item</source>
        <translation>afficher un élément</translation>
    </message>
    <message>
        <source>an item&apos;s versions and audit events</source>
        <translation>les versions et événements d&apos;audit d&apos;un élément</translation>
    </message>
    <message>
        <source>copy an original out, byte-identical</source>
        <translation>copier un original, octet pour octet</translation>
    </message>
    <message>
        <source>Create a library in DIR (a missing or empty folder).</source>
        <translation>Créer une bibliothèque dans DIR (un dossier absent ou vide).</translation>
    </message>
    <message>
        <source>Created the library %1</source>
        <translation>Bibliothèque %1 créée</translation>
    </message>
    <message>
        <source>Print the actor recorded on every change.</source>
        <translation>Afficher l&apos;acteur enregistré pour chaque modification.</translation>
    </message>
    <message>
        <source>Re-hash every blob and walk the audit chain; exit 1 when anything is wrong.</source>
        <translation>Recalculer le hachage de chaque blob et parcourir la chaîne d&apos;audit&#xa0;; code de sortie 1 en cas de problème.</translation>
    </message>
    <message>
        <source>The library is sound: %1 blobs re-hashed, %2 audit events verified.</source>
        <translation>La bibliothèque est saine&#xa0;: %1 blobs rehachés, %2 événements d&apos;audit vérifiés.</translation>
    </message>
    <message>
        <source>Copy the library, consistently, while others may be writing to it.</source>
        <translation>Copier la bibliothèque, de façon cohérente, pendant que d&apos;autres peuvent y écrire.</translation>
    </message>
    <message>
        <source>Backed up to %1: %2 blobs.</source>
        <translation>Sauvegardé dans %1&#xa0;: %2 blobs.</translation>
    </message>
    <message>
        <source>Print the library&apos;s logical state as deterministic text.</source>
        <translation>Afficher l&apos;état logique de la bibliothèque sous forme de texte déterministe.</translation>
    </message>
    <message>
        <source>The canonical form (the only one, for now).</source>
        <translation>La forme canonique (la seule, pour l&apos;instant).</translation>
    </message>
    <message>
        <source>Restored %1 into %2 and verified it.</source>
        <translation>%1 restauré dans %2 et vérifié.</translation>
    </message>
    <message>
        <source>create a library</source>
        <translation>créer une bibliothèque</translation>
    </message>
    <message>
        <source>the actor recorded on every change</source>
        <translation>l&apos;acteur enregistré pour chaque modification</translation>
    </message>
    <message>
        <source>re-hash blobs and walk the audit chain</source>
        <translation>rehacher les blobs et parcourir la chaîne d&apos;audit</translation>
    </message>
    <message>
        <source>consistent online copy of the library</source>
        <translation>copie cohérente à chaud de la bibliothèque</translation>
    </message>
    <message>
        <source>deterministic dump of the logical state</source>
        <translation>vidage déterministe de l&apos;état logique</translation>
    </message>
    <message>
        <source>Usage: folioctl [--library DIR] COMMAND [options] [arguments]
Folio&apos;s command-line client: manage a library from a terminal.

Commands:
</source>
        <translation>Utilisation&#xa0;: folioctl [--library DIR] COMMAND [options] [arguments]
Le client en ligne de commande de Folio&#xa0;: gérer une bibliothèque depuis un terminal.

Commandes&#xa0;:
</translation>
    </message>
    <message>
        <source>
Options of every command: --library DIR, --json, --help.
folioctl --version prints the version.
</source>
        <translation>
Options de toutes les commandes&#xa0;: --library DIR, --json, --help.
folioctl --version affiche la version.
</translation>
    </message>
    <message>
        <source>schema show: the fields and vocabularies. schema import FILE: add or update them from JSON.</source>
        <translation>schema show&#xa0;: les champs et vocabulaires. schema import FILE&#xa0;: les ajouter ou les mettre à jour depuis du JSON.</translation>
    </message>
    <message>
        <source>schema import takes the JSON file to import.</source>
        <translation>schema import attend le fichier JSON à importer.</translation>
    </message>
    <message>
        <source>Imported %1 fields and vocabularies.</source>
        <translation>%1 champs et vocabulaires importés.</translation>
    </message>
    <message>
        <source>schema takes show, or import FILE.</source>
        <translation>schema attend show, ou import FILE.</translation>
    </message>
    <message>
        <source>fields:</source>
        <translation>champs&#xa0;:</translation>
    </message>
    <message>
        <source>required </source>
        <translation>obligatoire </translation>
    </message>
    <message>
        <source>vocabulary %1 </source>
        <translation>vocabulaire %1 </translation>
    </message>
    <message>
        <source>aliases %1</source>
        <translation>alias %1</translation>
    </message>
    <message>
        <source>vocabularies:</source>
        <translation>vocabulaires&#xa0;:</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fermé</translation>
    </message>
    <message>
        <source>show or import the metadata schema</source>
        <translation>afficher ou importer le schéma de métadonnées</translation>
    </message>
    <message>
        <source>id</source>
        <translation>identifiant</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>nature</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>classification</source>
        <translation>classification</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>created</source>
        <translation>créé</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>modified</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>in the Trash</source>
        <translation>dans la corbeille</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>not extracted</source>
        <translation>non extrait</translation>
    </message>
    <message>
        <source>extraction</source>
        <translation>extraction</translation>
    </message>
    <message>
        <source>pending (folioctl reprocess)</source>
        <translation>en attente (folioctl reprocess)</translation>
    </message>
    <message>
        <source>metadata:</source>
        <translation>métadonnées:</translation>
    </message>
    <message>
        <source>renditions:</source>
        <translation>rendus:</translation>
    </message>
    <message>
        <source>near duplicates:</source>
        <translation>quasi-doublons:</translation>
    </message>
    <message>
        <source>tags:</source>
        <translation>mots-clés:</translation>
    </message>
    <message>
        <source>How many items to generate.</source>
        <translation>Nombre d&apos;éléments à générer.</translation>
    </message>
    <message>
        <source>The seed: the same seed, count and --now give the same items (default 1).</source>
        <translation>La graine&#xa0;: la même graine, le même nombre et la même valeur de --now donnent les mêmes éléments (par défaut 1).</translation>
    </message>
    <message>
        <source>The end of the ten years of dates, as an ISO date or date-time in UTC (default: the current time).</source>
        <translation>La fin des dix années de dates, sous forme de date ou date-heure ISO en UTC (par défaut&#xa0;: l&apos;heure actuelle).</translation>
    </message>
    <message>
        <source>Also write each item&apos;s text (title, description, keywords, body) as DIR/&lt;uuid&gt;.txt, to compare with other search engines.</source>
        <translation>Écrire aussi le texte de chaque élément (titre, description, mots-clés, corps) dans DIR/&lt;uuid&gt;.txt, pour comparer avec d&apos;autres moteurs de recherche.</translation>
    </message>
    <message>
        <source>How many distinct stored files the items share (default: one per 100 items, at most 16384).</source>
        <translation>Nombre de fichiers stockés distincts que partagent les éléments (par défaut&#xa0;: un pour 100 éléments, au plus 16384).</translation>
    </message>
    <message>
        <source>dev generate --items N: fill the library (made when missing) with N synthetic items — 60% assets, 40% documents with realistic metadata, dates over ten years and text — for benchmarks and tests of search.
Each batch of 5,000 items is one transaction with the library&apos;s usual durability, so an interrupted run (Ctrl-C stops after the current batch) leaves a consistent library that passes `folioctl verify`. File contents are not generated: versions carry synthetic sizes and share a pool of small placeholder files, so exporting an original gives its placeholder and items sharing one count as duplicates.</source>
        <translation>dev generate --items N&#xa0;: remplit la bibliothèque (créée si elle manque) de N éléments synthétiques — 60&#xa0;% de ressources, 40&#xa0;% de documents avec des métadonnées réalistes, des dates sur dix ans et du texte — pour les bancs d&apos;essai et les tests de recherche.
Chaque lot de 5 000 éléments est une transaction avec la durabilité habituelle de la bibliothèque, si bien qu&apos;une exécution interrompue (Ctrl-C arrête après le lot en cours) laisse une bibliothèque cohérente qui passe `folioctl verify`. Le contenu des fichiers n&apos;est pas généré&#xa0;: les versions portent des tailles synthétiques et partagent une réserve de petits fichiers de substitution, de sorte qu&apos;exporter un original donne son fichier de substitution et que les éléments qui en partagent un comptent comme doublons.</translation>
    </message>
    <message>
        <source>dev takes generate; see folioctl dev --help.</source>
        <translation>dev attend generate&#xa0;; voir folioctl dev --help.</translation>
    </message>
    <message>
        <source>--items takes how many items to generate (0 or more).</source>
        <translation>--items attend le nombre d&apos;éléments à générer (0 ou plus).</translation>
    </message>
    <message>
        <source>--seed takes a whole number, not &quot;%1&quot;.</source>
        <translation>--seed attend un nombre entier, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--now takes an ISO date like 2026-06-01, not &quot;%1&quot;.</source>
        <translation>--now attend une date ISO comme 2026-06-01, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--blob-pool takes a number of files, 1 or more.</source>
        <translation>--blob-pool attend un nombre de fichiers, 1 ou plus.</translation>
    </message>
    <message>
        <source>generated %1 of %2 items (%3 items/s, about %4 left)</source>
        <translation>%1 éléments générés sur %2 (%3 éléments/s, environ %4 restant)</translation>
    </message>
    <message>
        <source>Generated %1 items (%2 assets, %3 documents) in %4 (%5 items/s) into %6%7</source>
        <translation>%1 éléments (%2 ressources, %3 documents) générés en %4 (%5 éléments/s) dans %6%7</translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation> (annulé)</translation>
    </message>
    <message>
        <source>Wrote %1 text files into %2</source>
        <translation>%1 fichiers texte écrits dans %2</translation>
    </message>
    <message>
        <source>developer tools: dev generate --items N makes a synthetic library</source>
        <translation>outils de développement&#xa0;: dev generate --items N crée une bibliothèque synthétique</translation>
    </message>
    <message>
        <source>OCR languages for this run, Tesseract&apos;s names joined by + (deu+eng); default: the library&apos;s setting %1, else %2.</source>
        <translation>Langues OCR pour cette exécution, noms Tesseract joints par + (deu+eng)&#xa0;; par défaut&#xa0;: le réglage %1 de la bibliothèque, sinon %2.</translation>
    </message>
    <message>
        <source>Store files and folders (recursively) and extract their metadata and renditions. Then, in the background, OCR reads the scans (grayscale or black-and-white images of a page at 150 dpi or more) and the PDF pages without a text layer; folioctl ocr reads an item that was missed, or reads one again in other languages.</source>
        <translation>Stocker des fichiers et des dossiers (récursivement) et extraire leurs métadonnées et leurs rendus. Ensuite, en arrière-plan, l&apos;OCR lit les numérisations (images en niveaux de gris ou en noir et blanc d&apos;une page à 150 ppp ou plus) et les pages PDF sans couche de texte&#xa0;; folioctl ocr lit un élément manqué, ou en relit un dans d&apos;autres langues.</translation>
    </message>
    <message>
        <source>members not unpacked: %1: %2
</source>
        <translation>membres non décompressés&#xa0;: %1&#xa0;: %2
</translation>
    </message>
    <message>
        <source>not read by OCR: %1: %2
</source>
        <translation>non lu par OCR&#xa0;: %1&#xa0;: %2
</translation>
    </message>
    <message>
        <source>stored without extraction: %1: %2
</source>
        <translation>stocké sans extraction&#xa0;: %1&#xa0;: %2
</translation>
    </message>
    <message>
        <source>%1: its members need a password (folioctl unlock %2)
</source>
        <translation>%1&#xa0;: ses membres nécessitent un mot de passe (folioctl unlock %2)
</translation>
    </message>
    <message>
        <source>unpacked %1: %2 stored, %3 refused (folioctl show %4)
</source>
        <translation>%1 décompressé&#xa0;: %2 stockés, %3 refusés (folioctl show %4)
</translation>
    </message>
    <message>
        <source>OCR: %1 read, %2 failed
</source>
        <translation>OCR&#xa0;: %1 lus, %2 en échec
</translation>
    </message>
    <message>
        <source>Cannot read the password file %1: %2</source>
        <translation>Impossible de lire le fichier de mot de passe %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Mot de passe&#xa0;: </translation>
    </message>
    <message>
        <source>Read the password from this file (default: standard input).</source>
        <translation>Lire le mot de passe dans ce fichier (par défaut&#xa0;: l&apos;entrée standard).</translation>
    </message>
    <message>
        <source>Open an encrypted document or archive with its password: extract its text and renditions, or unpack its members. The password is used once and never stored.</source>
        <translation>Ouvrir un document ou une archive chiffrés avec leur mot de passe&#xa0;: extraire le texte et les rendus, ou décompresser les membres. Le mot de passe est utilisé une fois et n&apos;est jamais conservé.</translation>
    </message>
    <message>
        <source>still locked: %1</source>
        <translation>toujours verrouillé&#xa0;: %1</translation>
    </message>
    <message>
        <source>the document is still locked</source>
        <translation>le document est toujours verrouillé</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Unlocked %1: %n member(s) stored.
</source>
        <translation>
            <numerusform>%1 déverrouillé&#xa0;: %n membre stocké.
</numerusform>
            <numerusform>%1 déverrouillé&#xa0;: %n membres stockés.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unlocked %1: %n page(s) of text extracted.
</source>
        <translation>
            <numerusform>%1 déverrouillé&#xa0;: texte de %n page extrait.
</numerusform>
            <numerusform>%1 déverrouillé&#xa0;: texte de %n pages extrait.
</numerusform>
        </translation>
    </message>
    <message>
        <source>Tesseract&apos;s languages, joined by + (deu+eng); default: the library&apos;s setting %1, else %2.</source>
        <translation>Les langues de Tesseract, jointes par + (deu+eng)&#xa0;; par défaut&#xa0;: le réglage %1 de la bibliothèque, sinon %2.</translation>
    </message>
    <message>
        <source>An encrypted PDF&apos;s password, from this file.</source>
        <translation>Le mot de passe d&apos;un PDF chiffré, lu dans ce fichier.</translation>
    </message>
    <message>
        <source>Read an item as a scan: OCR reads every page of its PDF or image, and what it reads becomes the text of those pages (replacing a PDF&apos;s own text layer). Also reads an item again in other languages.</source>
        <translation>Lire un élément comme une numérisation&#xa0;: l&apos;OCR lit chaque page de son PDF ou de son image, et ce qu&apos;elle lit devient le texte de ces pages (en remplaçant la couche de texte propre au PDF). Relit aussi un élément dans d&apos;autres langues.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Read %n page(s) of %1 by OCR (%2, confidence %3%).
</source>
        <translation>
            <numerusform>%n page de %1 lue par OCR (%2, confiance %3&#xa0;%).
</numerusform>
            <numerusform>%n pages de %1 lues par OCR (%2, confiance %3&#xa0;%).
</numerusform>
        </translation>
    </message>
    <message>
        <source>open an encrypted document with its password</source>
        <translation>ouvrir un document chiffré avec son mot de passe</translation>
    </message>
    <message>
        <source>read an item&apos;s text by OCR, as a scan</source>
        <translation>lire le texte d&apos;un élément par OCR, comme une numérisation</translation>
    </message>
    <message>
        <source>relevance (default), modified, created, title or size.</source>
        <translation>relevance (par défaut), modified, created, title ou size.</translation>
    </message>
    <message>
        <source>Ascending order (default for title and size).</source>
        <translation>Ordre croissant (par défaut pour title et size).</translation>
    </message>
    <message>
        <source>Descending order (default for relevance and dates).</source>
        <translation>Ordre décroissant (par défaut pour relevance et les dates).</translation>
    </message>
    <message>
        <source>Hits per page (default 50).</source>
        <translation>Résultats par page (par défaut 50).</translation>
    </message>
    <message>
        <source>Continue after this cursor (printed with each page).</source>
        <translation>Continuer après ce curseur (affiché avec chaque page).</translation>
    </message>
    <message>
        <source>Count facets over all matches.</source>
        <translation>Compter les facettes sur l&apos;ensemble des correspondances.</translation>
    </message>
    <message>
        <source>Print the query as understood first.</source>
        <translation>Afficher d&apos;abord la requête telle qu&apos;elle a été comprise.</translation>
    </message>
    <message>
        <source>--sort takes relevance, modified, created, title or size, not “%1”.</source>
        <translation>--sort attend relevance, modified, created, title ou size, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--limit takes a number from 1 to 10000.</source>
        <translation>--limit attend un nombre de 1 à 10000.</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n correspondance</numerusform>
            <numerusform>%n correspondances</numerusform>
        </translation>
    </message>
    <message>
        <source>more: --after %1</source>
        <translation>suite&#xa0;: --after %1</translation>
    </message>
    <message>
        <source>Rebuild the search index from the library.</source>
        <translation>Reconstruire l&apos;index de recherche à partir de la bibliothèque.</translation>
    </message>
    <message>
        <source>Report that the item ID was opened from the last results (analytics).</source>
        <translation>Signaler que l&apos;élément ID a été ouvert depuis les derniers résultats (statistiques).</translation>
    </message>
    <message>
        <source>Search the library with the query language of docs/SEARCH.md.</source>
        <translation>Rechercher dans la bibliothèque avec le langage de requête de docs/SEARCH.md.</translation>
    </message>
    <message>
        <source>Indexed %1 items in %2 s.</source>
        <translation>%1 éléments indexés en %2 s.</translation>
    </message>
    <message>
        <source>saved add: change the query of an existing name.</source>
        <translation>saved add&#xa0;: modifier la requête d&apos;un nom existant.</translation>
    </message>
    <message>
        <source>Saved searches (smart collections): saved add NAME QUERY, saved list, saved run NAME, saved rm NAME.</source>
        <translation>Recherches enregistrées (collections dynamiques)&#xa0;: saved add NAME QUERY, saved list, saved run NAME, saved rm NAME.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>«&#xa0;%1&#xa0;» enregistrée.</translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation>«&#xa0;%1&#xa0;» supprimée.</translation>
    </message>
    <message>
        <source>saved takes: add NAME QUERY, list, run NAME, or rm NAME.</source>
        <translation>saved attend&#xa0;: add NAME QUERY, list, run NAME, ou rm NAME.</translation>
    </message>
    <message>
        <source>How many days back (default 30).</source>
        <translation>Nombre de jours en arrière (par défaut 30).</translation>
    </message>
    <message>
        <source>report search: top and zero-result queries and the search success rate.</source>
        <translation>report search&#xa0;: requêtes les plus fréquentes, requêtes sans résultat et taux de réussite de la recherche.</translation>
    </message>
    <message>
        <source>report takes: search.</source>
        <translation>report attend&#xa0;: search.</translation>
    </message>
    <message>
        <source>--days takes a positive number.</source>
        <translation>--days attend un nombre positif.</translation>
    </message>
    <message>
        <source>Searches in the last %1 days: %2; followed by opening a result within 2 minutes: %3 (%4%)</source>
        <translation>Recherches des %1 derniers jours&#xa0;: %2&#xa0;; suivies de l&apos;ouverture d&apos;un résultat dans les 2 minutes&#xa0;: %3 (%4&#xa0;%)</translation>
    </message>
    <message>
        <source>Top queries:</source>
        <translation>Requêtes les plus fréquentes&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message>
        <source>Queries without results:</source>
        <translation>Requêtes sans résultat&#xa0;:</translation>
    </message>
    <message>
        <source>search the library (query language: docs/SEARCH.md)</source>
        <translation>rechercher dans la bibliothèque (langage de requête&#xa0;: docs/SEARCH.md)</translation>
    </message>
    <message>
        <source>saved searches: add, list, run, rm</source>
        <translation>recherches enregistrées&#xa0;: add, list, run, rm</translation>
    </message>
    <message>
        <source>reports: search analytics</source>
        <translation>rapports&#xa0;: statistiques de recherche</translation>
    </message>
    <message>
        <source>Also print the whole text, page by page.</source>
        <translation>Afficher aussi le texte entier, page par page.</translation>
    </message>
    <message>
        <source>Show an item: properties, metadata, versions, extraction, text, renditions, near duplicates.</source>
        <translation>Afficher un élément&#xa0;: propriétés, métadonnées, versions, extraction, texte, rendus, quasi-doublons.</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>verrouillé</translation>
    </message>
    <message>
        <source>needs a password (folioctl unlock %1)</source>
        <translation>nécessite un mot de passe (folioctl unlock %1)</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (folioctl show --json)</source>
        <translation>
            <numerusform>… et %n autre (folioctl show --json)</numerusform>
            <numerusform>… et %n autres (folioctl show --json)</numerusform>
        </translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s): %1</source>
        <translation>
            <numerusform>%n page&#xa0;: %1</numerusform>
            <numerusform>%n pages&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>read by OCR</source>
        <translation>lu par OCR</translation>
    </message>
    <message numerus="yes">
        <source>page(s) %1</source>
        <translation>
            <numerusform>page %1</numerusform>
            <numerusform>pages %1</numerusform>
        </translation>
    </message>
    <message>
        <source>extracted from</source>
        <translation>extrait de</translation>
    </message>
    <message numerus="yes">
        <source>members: %n item(s)</source>
        <translation>
            <numerusform>membres&#xa0;: %n élément</numerusform>
            <numerusform>membres&#xa0;: %n éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more</source>
        <translation>
            <numerusform>  … et %n autre</numerusform>
            <numerusform>  … et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>--- page %1 (read by OCR) ---
</source>
        <translation>--- page %1 (lue par OCR) ---
</translation>
    </message>
    <message>
        <source>--- page %1 ---
</source>
        <translation>--- page %1 ---
</translation>
    </message>
    <message>
        <source>Hits without snippets (faster).</source>
        <translation>Résultats sans extraits (plus rapide).</translation>
    </message>
    <message>
        <source>OCR languages when a run names none (deu+eng)</source>
        <translation>Langues OCR quand une exécution n&apos;en indique aucune (deu+eng)</translation>
    </message>
    <message>
        <source>The library&apos;s settings: settings (all), settings get KEY, settings set KEY VALUE.</source>
        <translation>Les réglages de la bibliothèque&#xa0;: settings (tous), settings get KEY, settings set KEY VALUE.</translation>
    </message>
    <message>
        <source>settings takes nothing, get KEY, or set KEY VALUE.</source>
        <translation>settings n&apos;attend rien, ou get KEY, ou set KEY VALUE.</translation>
    </message>
    <message>
        <source>Unknown setting “%1”; known: %2.</source>
        <translation>Réglage inconnu «&#xa0;%1&#xa0;»&#xa0;; connus&#xa0;: %2.</translation>
    </message>
    <message>
        <source>  (default)</source>
        <translation>  (par défaut)</translation>
    </message>
    <message>
        <source>show or change the library&apos;s settings</source>
        <translation>afficher ou modifier les réglages de la bibliothèque</translation>
    </message>
</context>
<context>
    <name>foliod</name>
    <message>
        <source>foliod: unknown command &quot;%1&quot;; see foliod --help.</source>
        <translation>foliod&#xa0;: commande inconnue «&#xa0;%1&#xa0;»&#xa0;; voir foliod --help.</translation>
    </message>
    <message>
        <source>foliod: Folio&apos;s shared server store: accounts, sync, blobs and sharing.

Commands:
  serve --listen HOST:PORT [--tls-cert FILE --tls-key FILE] [--insecure-http] [--threads N]
        [--header-timeout SECONDS] [--read-timeout SECONDS]
  user add NAME --role ROLE [--password-file F] | passwd NAME [--password-file F] | disable NAME
       | list [--json] | totp NAME
  sessions [USER] [--json]
  revoke SESSION | revoke --user USER
  migrate
  check [--json]            database, audit chain and blob integrity; runs beside serve
  backup DEST               a consistent copy that serve --data DEST starts from; runs beside serve

Every command takes --data DIR (default $FOLIOD_DATA). foliod COMMAND --help tells more.
Options: --help, --version.
</source>
        <translation>foliod&#xa0;: le magasin serveur partagé de Folio&#xa0;: comptes, synchronisation, blobs et partage.

Commandes&#xa0;:
  serve --listen HOST:PORT [--tls-cert FILE --tls-key FILE] [--insecure-http] [--threads N]
        [--header-timeout SECONDS] [--read-timeout SECONDS]
  user add NAME --role ROLE [--password-file F] | passwd NAME [--password-file F] | disable NAME
       | list [--json] | totp NAME
  sessions [USER] [--json]
  revoke SESSION | revoke --user USER
  migrate
  check [--json]            base de données, chaîne d&apos;audit et intégrité des blobs&#xa0;; s&apos;exécute à côté de serve
  backup DEST               une copie cohérente à partir de laquelle serve --data DEST démarre&#xa0;; s&apos;exécute à côté de serve

Chaque commande accepte --data DIR (par défaut $FOLIOD_DATA). foliod COMMAND --help en dit plus.
Options&#xa0;: --help, --version.
</translation>
    </message>
</context>
</TS>
